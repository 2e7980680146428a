package vn.danvan.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One version of a title's criteria (bộ tiêu chí) with its rule; frozen once published. */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "title_id", nullable = false)
    public Long titleId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(nullable = false)
    public String name;

    public String level;

    @Column(name = "directive_id")
    public Long directiveId;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriteriaSetStatus status;

    @Column(name = "copied_from_id")
    public Long copiedFromId;

    @Enumerated(EnumType.STRING)
    @Column(name = "pass_rule", nullable = false)
    public PassRule passRule;

    @Column(name = "passing_score")
    public BigDecimal passingScore;

    @Column(name = "posting_days")
    public Integer postingDays;

    @Column(name = "vote_threshold_percent")
    public BigDecimal voteThresholdPercent;

    @Column(name = "validity_years")
    public Integer validityYears;

    @Column(name = "reassessment_months")
    public Integer reassessmentMonths;

    @Column(name = "revoke_key_fail_percent")
    public BigDecimal revokeKeyFailPercent;

    @Column(name = "revoke_fail_percent")
    public BigDecimal revokeFailPercent;

    public String notes;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
