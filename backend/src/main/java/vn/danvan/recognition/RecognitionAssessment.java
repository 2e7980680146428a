package vn.danvan.recognition;

import java.math.BigDecimal;
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

/**
 * One criterion of a case: its self-assessment, then the commune's review. A row made for evidence alone is not yet
 * assessed ({@code assessedAt} is null).
 */
@Entity
@Table(name = "recognition_assessment")
public class RecognitionAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    @Column(name = "self_passed")
    public Boolean selfPassed;

    @Column(name = "self_score")
    public BigDecimal selfScore;

    @Column(name = "self_value")
    public BigDecimal selfValue;

    @Column(name = "self_note")
    public String selfNote;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;

    @Enumerated(EnumType.STRING)
    public ReviewVerdict review;

    @Column(name = "reviewed_passed")
    public Boolean reviewedPassed;

    @Column(name = "reviewed_score")
    public BigDecimal reviewedScore;

    @Column(name = "reviewed_value")
    public BigDecimal reviewedValue;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Version
    @Column(nullable = false)
    public long version;

    boolean assessed() {
        return assessedAt != null;
    }

    boolean reviewed() {
        return review != null;
    }
}
