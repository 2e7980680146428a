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

/** A commendation (khen thưởng) of a model's round record: form, issuing authority, decision. */
@Entity
@Table(name = "model_commendation")
public class ModelCommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "model_round_id", nullable = false)
    public Long modelRoundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommendationForm form;

    @Column(nullable = false)
    public String authority;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public ModelOwnerKind recipientKind;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
