package vn.danvan.recognition;

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

/**
 * A recognition case (hồ sơ đề nghị công nhận): one residential area, one title, one year, judged by one set version.
 */
@Entity
@Table(name = "recognition_case")
public class RecognitionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "title_id", nullable = false)
    public Long titleId;

    /** The set version in force at registration: the case keeps it. */
    @Column(name = "criteria_set_id", nullable = false)
    public Long criteriaSetId;

    @Column(name = "subject_kind", nullable = false)
    public String subjectKind;

    @Column(name = "residential_area_id")
    public Long residentialAreaId;

    /** The commune: the area's unit (scope through unit_scope). */
    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecognitionCaseKind kind;

    @Column(name = "reassesses_decision_id")
    public Long reassessesDecisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecognitionCaseState state;

    @Column(name = "self_score")
    public BigDecimal selfScore;

    @Column(name = "reviewed_score")
    public BigDecimal reviewedScore;

    @Column(name = "posted_from")
    public LocalDate postedFrom;

    @Column(name = "posted_to")
    public LocalDate postedTo;

    @Column(name = "posting_place")
    public String postingPlace;

    @Column(name = "council_met_on")
    public LocalDate councilMetOn;

    @Column(name = "council_members")
    public Integer councilMembers;

    @Column(name = "council_present")
    public Integer councilPresent;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    @Column(name = "council_member_names")
    public String councilMemberNames;

    @Column(name = "council_passed")
    public Boolean councilPassed;

    @Column(name = "appraised_on")
    public LocalDate appraisedOn;

    @Column(name = "appraised_by")
    public String appraisedBy;

    @Column(name = "appraisal_passed")
    public Boolean appraisalPassed;

    @Column(name = "appraisal_opinion")
    public String appraisalOpinion;

    @Column(name = "refusal_reasons")
    public String refusalReasons;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
