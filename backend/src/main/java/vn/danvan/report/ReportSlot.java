package vn.danvan.report;

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

/** The report of one assignment for one period. */
@Entity
@Table(name = "report_slot")
public class ReportSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id", nullable = false)
    public Long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    public PeriodKind periodKind;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_index", nullable = false)
    public int periodIndex;

    @Column(name = "figures_from", nullable = false)
    public LocalDate figuresFrom;

    @Column(name = "figures_to", nullable = false)
    public LocalDate figuresTo;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    public String text;

    /** JSON array of ReportFigure. */
    public String figures;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "review_comment")
    public String reviewComment;

    @Version
    @Column(nullable = false)
    public long version;

    public ReportingPeriod period() {
        return new ReportingPeriod(periodKind, periodYear, periodIndex);
    }
}
