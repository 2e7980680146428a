package vn.danvan.directive.relation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.danvan.directive.Directive;

/** Relations between directives, and the links that wait for their target. */
@ApplicationScoped
public class DirectiveRelationRepository implements PanacheRepository<DirectiveRelation> {

    public List<DirectiveRelation> from(long sourceId) {
        return list("sourceId = ?1 order by id", sourceId);
    }

    public List<DirectiveRelation> to(long targetId) {
        return list("targetId = ?1 order by id", targetId);
    }

    public boolean exists(long sourceId, RelationKind kind, Long targetId, String targetNumberKey) {
        return targetId != null ? count("sourceId = ?1 and kind = ?2 and targetId = ?3", sourceId, kind, targetId) > 0
                : count("sourceId = ?1 and kind = ?2 and targetId is null and targetNumberKey = ?3", sourceId, kind,
                        targetNumberKey) > 0;
    }

    /** Links every waiting relation that names this directive by its number (and, when given, type and year). */
    public int linkWaiting(Directive directive) {
        if (directive.numberKey == null) {
            return 0;
        }
        Integer year = directive.issueDate == null ? null : directive.issueDate.getYear();
        return update(
                "targetId = ?1 where targetId is null and targetNumberKey = ?2 and sourceId <> ?1"
                        + " and (targetType is null or targetType = ?3)"
                        + " and (targetIssueDate is null or extract(year from targetIssueDate) = ?4)",
                directive.id, directive.numberKey, directive.type, year == null ? -1 : year);
    }

    /**
     * Before a directive is removed: relations that point at it wait again for a directive with its number (or go, when
     * it had none, or when the same waiting relation exists already).
     */
    public void unlinkTarget(Directive directive) {
        if (directive.numberKey != null) {
            delete("targetId = ?1 and exists (select 1 from DirectiveRelation w where w.sourceId = sourceId"
                    + " and w.kind = kind and w.targetId is null and w.targetNumberKey = ?2)", directive.id,
                    directive.numberKey);
            update("targetId = null, targetNumberText = ?2, targetNumberKey = ?3, targetType = ?4,"
                    + " targetIssueDate = ?5 where targetId = ?1", directive.id, directive.numberText,
                    directive.numberKey, directive.type, directive.issueDate);
        }
        delete("targetId = ?1", directive.id);
    }
}
