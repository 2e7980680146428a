package vn.danvan.directive;

import java.time.LocalDate;
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

/** A directive in the register (văn bản chỉ đạo): one document, issued by one organization. */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DirectiveType type;

    @Column(name = "number_text")
    public String numberText;

    @Column(name = "number_key")
    public String numberKey;

    @Column(name = "issuer_id", nullable = false)
    public Long issuerId;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    public String place;

    @Column(nullable = false)
    public String subject;

    public String signer;

    @Column(name = "signing_capacity")
    public String signingCapacity;

    @Column(name = "period_from")
    public Integer periodFrom;

    @Column(name = "period_to")
    public Integer periodTo;

    @Column(name = "full_text")
    public String fullText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DirectiveStatus status;

    @Column(nullable = false)
    public boolean confidential;

    @Column(name = "public_access", nullable = false)
    public boolean publicAccess;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directive_recipient", joinColumns = @JoinColumn(name = "directive_id"))
    @Column(name = "organization_id")
    public Set<Long> recipientIds = new LinkedHashSet<>();

    /** The body that monitors implementation and reviews the reports (cơ quan theo dõi). */
    @Column(name = "monitoring_organization_id")
    public Long monitoringOrganizationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directive_reporting_cadence", joinColumns = @JoinColumn(name = "directive_id"))
    @Column(name = "cadence")
    @Enumerated(EnumType.STRING)
    public Set<ReportingCadence> reportingCadences = new java.util.TreeSet<>();

    /** Sơ kết. */
    @Column(name = "mid_term_review_date")
    public LocalDate midTermReviewDate;

    /** Tổng kết. */
    @Column(name = "final_review_date")
    public LocalDate finalReviewDate;

    @Version
    @Column(nullable = false)
    public long version;

    /** Folded number, subject and text, maintained by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
