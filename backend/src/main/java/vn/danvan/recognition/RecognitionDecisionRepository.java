package vn.danvan.recognition;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Recognition decisions. */
@ApplicationScoped
class RecognitionDecisionRepository implements PanacheRepository<RecognitionDecision> {

    Optional<RecognitionDecision> ofCase(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    java.util.Map<Long, Long> idsOfCases(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return list("caseId in ?1", caseIds).stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.caseId, d -> d.id));
    }
}
