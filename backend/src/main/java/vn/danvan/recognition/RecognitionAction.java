package vn.danvan.recognition;

import static vn.danvan.recognition.RecognitionCaseState.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a case, as one table: the states each starts from (any other is a 409 naming the state) and the state it
 * leads to ({@code null}: the case stays where it is; COUNCIL and APPRAISE lead to REFUSED when the vote or the
 * appraisal fails). The names are those of the timeline (recognition_case_event.action).
 */
public enum RecognitionAction {
    REGISTER(EnumSet.noneOf(RecognitionCaseState.class), REGISTERED), SELF_ASSESS(EnumSet.of(REGISTERED), null),
    ADD_EVIDENCE(EnumSet.of(REGISTERED), null), SUBMIT(EnumSet.of(REGISTERED), SELF_ASSESSED),
    REVIEW(EnumSet.of(SELF_ASSESSED), null), COMPLETE_REVIEW(EnumSet.of(SELF_ASSESSED), REVIEWED),
    POST(EnumSet.of(REVIEWED), POSTED), POSTING_COMMENT(EnumSet.of(POSTED), null), COUNCIL(EnumSet.of(POSTED), VOTED),
    APPRAISE(EnumSet.of(VOTED), APPRAISED), DECIDE(EnumSet.of(APPRAISED), RECOGNIZED),
    REFUSE(EnumSet.of(APPRAISED), REFUSED),
    WITHDRAW(EnumSet.of(REGISTERED, SELF_ASSESSED, REVIEWED, POSTED), WITHDRAWN), REVOKE(EnumSet.of(RECOGNIZED), null),
    /** A past decision made on paper, entered afterwards by an admin: the case is born RECOGNIZED. */
    RECORD(EnumSet.noneOf(RecognitionCaseState.class), RECOGNIZED);

    private final Set<RecognitionCaseState> from;
    private final RecognitionCaseState to;

    RecognitionAction(Set<RecognitionCaseState> from, RecognitionCaseState to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(RecognitionCaseState state) {
        return from.contains(state);
    }

    /** The state a successful step leads to from {@code state} (the same state for a step that moves nothing). */
    public RecognitionCaseState next(RecognitionCaseState state) {
        return to == null ? state : to;
    }
}
