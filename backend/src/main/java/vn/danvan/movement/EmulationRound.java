package vn.danvan.movement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A round of a period: a yearly review, the mid-term or the final review, with its registration window. */
@Entity
@Table(name = "emulation_round")
public class EmulationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "period_id", nullable = false)
    public Long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundKind kind;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String name;

    @Column(name = "registration_from", nullable = false)
    public LocalDate registrationFrom;

    @Column(name = "registration_to", nullable = false)
    public LocalDate registrationTo;

    @Column(name = "appraisal_deadline", nullable = false)
    public LocalDate appraisalDeadline;

    @Version
    @Column(nullable = false)
    public long version;
}
