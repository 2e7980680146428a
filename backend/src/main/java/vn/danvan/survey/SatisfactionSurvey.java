package vn.danvan.survey;

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
 * A satisfaction survey (lấy ý kiến sự hài lòng của người dân) of one commune for one title, run by its Front. Its
 * scale, questions and sample plan are rows of their own (SurveyRepository); its answers carry nothing but their area.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "title_id", nullable = false)
    public Long titleId;

    @Column(name = "criteria_set_id")
    public Long criteriaSetId;

    /** The commune (scope through unit_scope). */
    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    /** The commune's Front committee, when the register has one. */
    @Column(name = "organization_id")
    public Long organizationId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SatisfactionSurveyState state;

    @Column(name = "minimum_response_percent", nullable = false)
    public BigDecimal minimumResponsePercent;

    @Column(name = "threshold_percent", nullable = false)
    public BigDecimal thresholdPercent;

    /** The HMAC key of the survey's one-time codes; never leaves the server. */
    @Column(name = "code_secret", nullable = false)
    public byte[] codeSecret;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
