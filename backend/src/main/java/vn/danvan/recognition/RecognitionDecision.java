package vn.danvan.recognition;

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

import vn.danvan.criteria.DecidingLevel;

/**
 * The decision recognizing an area (quyết định công nhận). It stays when the title is lost: revoked, lapsed (computed
 * on reading) or lost by a failed re-assessment.
 */
@Entity
@Table(name = "recognition_decision")
public class RecognitionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "title_id", nullable = false)
    public Long titleId;

    @Column(name = "residential_area_id")
    public Long residentialAreaId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public String number;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(nullable = false)
    public String signer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecidingLevel level;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_number")
    public String revocationNumber;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "lost_by_case_id")
    public Long lostByCaseId;

    @Column(name = "lost_on")
    public LocalDate lostOn;

    /** Entered afterwards from a paper decision (RecognitionCaseService.recordPaperDecision). */
    @Column(nullable = false)
    public boolean recorded;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
