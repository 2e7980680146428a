package vn.danvan.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.danvan.directive.ReportingCadence;

/** A task (nhiệm vụ): one numbered item of a directive, led by one organization. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directive_id", nullable = false)
    public Long directiveId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String title;

    public String content;

    @Column(name = "lead_organization_id", nullable = false)
    public Long leadOrganizationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organization_id")
    public Set<Long> coordinatingOrganizationIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false)
    public DueKind dueKind;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ReportingCadence cadence;

    @Column(name = "mid_term_review_date")
    public LocalDate midTermReviewDate;

    @Column(name = "final_review_date")
    public LocalDate finalReviewDate;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
