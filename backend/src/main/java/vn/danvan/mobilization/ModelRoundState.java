package vn.danvan.mobilization;

/**
 * A model's record for one round: registered → in progress → results reported → submitted → appraised (or not passed,
 * or returned) → recognized → exemplary → proposed for commendation → commended; a recognized commune record may be
 * proposed upward, and the province appraises it again.
 */
public enum ModelRoundState {
    REGISTERED, IN_PROGRESS, REPORTED, SUBMITTED, RETURNED, NOT_PASSED, APPRAISED, RECOGNIZED, EXEMPLARY,
    PROPOSED_FOR_COMMENDATION, COMMENDED, PROPOSED_UPWARD;

    /** Recognized in this round (for the showcase and publishing). */
    public boolean recognized() {
        return this == RECOGNIZED || this == EXEMPLARY || this == PROPOSED_FOR_COMMENDATION || this == COMMENDED
                || this == PROPOSED_UPWARD;
    }

    /** Its results and evidence may still change. */
    public boolean open() {
        return this == REGISTERED || this == IN_PROGRESS || this == REPORTED || this == RETURNED;
    }
}
