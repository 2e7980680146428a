package vn.danvan.mobilization;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a model's timeline: a transition of the model or of one of its round records. */
@Entity
@Table(name = "model_transition")
public class ModelTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "model_id", nullable = false)
    public Long modelId;

    @Column(name = "model_round_id")
    public Long modelRoundId;

    @Column(nullable = false)
    public String action;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String comment;

    @Column(name = "after_the_fact", nullable = false)
    public boolean afterTheFact;
}
