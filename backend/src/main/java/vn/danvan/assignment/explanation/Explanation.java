package vn.danvan.assignment.explanation;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An explanation (giải trình) a leader demands of an overdue assignment's organization, and its answer. */
@Entity
@Table(name = "explanation")
public class Explanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id", nullable = false)
    public Long assignmentId;

    @Column(nullable = false, length = 2000)
    public String question;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(length = 4000)
    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Version
    @Column(nullable = false)
    public long version;
}
