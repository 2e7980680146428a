package vn.danvan.recognition;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;

/**
 * What every step of a case shares: finding the case and the set it is judged by, the checks in order (version, then
 * the state by the table of RecognitionAction: a wrong one is a 409 naming it), and the record of the step — its line
 * on the timeline (recognition_case_event) and its audit event, in the step's transaction.
 */
@ApplicationScoped
class RecognitionSteps {

    static final String AUDIT_TYPE = "RecognitionCase";

    @Inject
    RecognitionCaseRepository cases;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    RecognitionCase require(long id) {
        return cases.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ công nhận (recognition case)", id));
    }

    CriteriaSetDto setOf(RecognitionCase c) {
        return criteria.set(c.criteriaSetId).orElseThrow();
    }

    /** The case's version as read, then the state the action starts from. */
    static void check(RecognitionCase c, RecognitionAction action, long version) {
        if (version != c.version) {
            throw ProblemException.staleVersion(version, c.version);
        }
        requireState(c, action);
    }

    static void requireState(RecognitionCase c, RecognitionAction action) {
        if (!action.allowedFrom(c.state)) {
            throw new ProblemException(ProblemType.CONFLICT, "Hồ sơ đang ở trạng thái " + c.state + ": không thể "
                    + action + " (the case is " + c.state + "; " + action + " is refused)");
        }
    }

    /** The step on the timeline and in the audit log; the case has been changed (and is flushed here). */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(RecognitionCase c, String path, RecognitionAction action, RecognitionCaseState from, String comment,
            Map<String, ?> details) {
        cases.flush();
        RecognitionCaseEvent event = new RecognitionCaseEvent();
        event.caseId = c.id;
        event.action = action.name();
        event.fromState = from == null ? null : from.name();
        event.toState = c.state.name();
        event.actor = caller.current().username();
        event.at = OffsetDateTime.now();
        event.comment = comment;
        cases.record(event);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("action", action.name());
        snapshot.put("state", c.state.name());
        snapshot.putAll(details);
        audit.record(AUDIT_TYPE, c.id, action == RecognitionAction.REGISTER || action == RecognitionAction.RECORD
                ? AuditAction.CREATE : AuditAction.UPDATE, path, snapshot);
    }

    /** The details of a step for its audit event, leaving out what is not there. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
