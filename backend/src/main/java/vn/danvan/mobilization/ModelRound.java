package vn.danvan.mobilization;

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

/** A model's record for one round: its results, appraisal, recognition and the year's mark. */
@Entity
@Table(name = "model_round")
public class ModelRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "model_id", nullable = false)
    public Long modelId;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelRoundState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelRoundMark mark;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelLevel level;

    @Column(name = "results_text")
    public String resultsText;

    /** JSON array of ModelFigure. */
    @Column(nullable = false)
    public String figures;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "appraisal_result")
    public String appraisalResult;

    @Column(name = "appraisal_opinion")
    public String appraisalOpinion;

    @Column(name = "appraisal_reasons")
    public String appraisalReasons;

    @Column(name = "appraised_by")
    public String appraisedBy;

    @Column(name = "appraised_on")
    public LocalDate appraisedOn;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_signer")
    public String decisionSigner;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level")
    public ModelLevel decisionLevel;

    @Column(nullable = false)
    public boolean exemplary;

    @Column(name = "proposed_upward", nullable = false)
    public boolean proposedUpward;

    @Version
    @Column(nullable = false)
    public long version;
}
