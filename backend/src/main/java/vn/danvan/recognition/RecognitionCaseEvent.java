package vn.danvan.recognition;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case's timeline: which action, from which state to which, who, when. */
@Entity
@Table(name = "recognition_case_event")
public class RecognitionCaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

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
}
