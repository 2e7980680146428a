package vn.danvan.directive.relation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.danvan.directive.DirectiveType;

/** One directive implements, concretizes, continues, replaces or cites another (DirectiveRelation in DOMAIN.md). */
@Entity
@Table(name = "directive_relation")
public class DirectiveRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id", nullable = false)
    public Long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationKind kind;

    /** Null while the target is not in the register yet. */
    @Column(name = "target_id")
    public Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public DirectiveType targetType;

    @Column(name = "target_number_text")
    public String targetNumberText;

    @Column(name = "target_number_key")
    public String targetNumberKey;

    @Column(name = "target_issue_date")
    public LocalDate targetIssueDate;
}
