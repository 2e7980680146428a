package vn.danvan.recognition;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The per-criterion assessments of cases. */
@ApplicationScoped
class RecognitionAssessmentRepository implements PanacheRepository<RecognitionAssessment> {

    List<RecognitionAssessment> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    Optional<RecognitionAssessment> of(long caseId, long criterionId) {
        return find("caseId = ?1 and criterionId = ?2", caseId, criterionId).firstResultOptional();
    }
}
