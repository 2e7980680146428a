package vn.danvan.recognition;

import static vn.danvan.recognition.RecognitionSteps.details;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;

/**
 * A recognition decision as read (its status computed today: in force, lapsed, revoked, lost) and its revocation (thu
 * hồi) by the level that signed it. The decision and its case stay in the history.
 */
@ApplicationScoped
public class RecognitionDecisionService {

    @Inject
    RecognitionDecisionRepository decisions;

    @Inject
    RecognitionCaseService caseService;

    @Inject
    RecognitionAccess access;

    @Inject
    RecognitionSteps steps;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    @Transactional
    public RecognitionDtos.Decision get(long id) {
        RecognitionDecision d = require(id);
        RecognitionCase c = steps.require(d.caseId);
        access.requireReader(c);
        return caseService.decisionDto(d, steps.setOf(c).titleName());
    }

    @Transactional
    public RecognitionDtos.Decision revoke(long id, RecognitionDtos.Revocation dto) {
        RecognitionDecision d = require(id);
        RecognitionCase c = steps.require(d.caseId);
        access.requireDecidingBody(c, d.level, Role.EDITOR);
        if (dto.version() != d.version) {
            throw ProblemException.staleVersion(dto.version(), d.version);
        }
        if (d.revokedOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Quyết định đã bị thu hồi ngày " + d.revokedOn + " ("
                    + d.revocationNumber + ") (the decision is revoked already)");
        }
        RecognitionSteps.requireState(c, RecognitionAction.REVOKE);
        if (dto.revokedOn().isBefore(d.signedOn)) {
            throw ProblemException.invalid("revokedOn", "ngày thu hồi trước ngày ký (revoked before it was signed)");
        }
        if (dto.revokedOn().isAfter(clock.today())) {
            throw ProblemException.invalid("revokedOn", "ngày thu hồi ở tương lai (revoked in the future)");
        }
        d.revokedOn = dto.revokedOn();
        d.revocationNumber = dto.number().strip();
        d.revocationReason = dto.reason().strip();
        d.revokedBy = caller.current().username();
        decisions.flush();
        steps.record(c, access.pathOf(c), RecognitionAction.REVOKE, c.state,
                d.number + " thu hồi bởi " + d.revocationNumber + ": " + d.revocationReason,
                details("decisionId", d.id, "revocationNumber", d.revocationNumber, "revokedOn", d.revokedOn, "reason",
                        d.revocationReason));
        return caseService.decisionDto(d, steps.setOf(c).titleName());
    }

    /** A decision as another feature lists it (the rural programme's history of a commune). */
    public record Held(long id, long caseId, long titleId, long criteriaSetId, long unitId, String number,
            LocalDate signedOn, String signer, LocalDate validFrom, LocalDate validUntil, LocalDate endedOn,
            RecognitionDecisionStatus status, boolean recorded, long version) {
    }

    /**
     * The decisions of these ids, in the order given (unknown ids left out). It checks no scope: the calling feature
     * lists only decisions of units its caller reaches.
     */
    @Transactional
    public List<Held> held(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RecognitionDecision> found = decisions.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<Long, Long> setOfCase = new HashMap<>();
        LocalDate today = clock.today();
        return ids.stream().map(found::get).filter(Objects::nonNull).map(d -> {
            long set = setOfCase.computeIfAbsent(d.caseId, c -> steps.require(c).criteriaSetId);
            LocalDate ended = d.revokedOn == null ? d.lostOn
                    : d.lostOn == null || d.revokedOn.isBefore(d.lostOn) ? d.revokedOn : d.lostOn;
            return new Held(d.id, d.caseId, d.titleId, set, d.unitId, d.number, d.signedOn, d.signer, d.validFrom,
                    d.validUntil, ended, RecognitionRules.decisionStatus(d.revokedOn, d.lostOn, d.validUntil, today),
                    d.recorded, d.version);
        }).toList();
    }

    private RecognitionDecision require(long id) {
        return decisions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Quyết định công nhận (recognition decision)", id));
    }
}
