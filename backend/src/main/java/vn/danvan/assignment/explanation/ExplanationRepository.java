package vn.danvan.assignment.explanation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Explanations asked of assignments. */
@ApplicationScoped
class ExplanationRepository implements PanacheRepository<Explanation> {

    public List<Explanation> ofAssignment(long assignmentId) {
        return list("assignmentId = ?1 order by id desc", assignmentId);
    }

    public boolean waiting(long assignmentId) {
        return count("assignmentId = ?1 and answer is null", assignmentId) > 0;
    }
}
