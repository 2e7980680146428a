package vn.danvan.mobilization;

import java.util.EnumSet;
import java.util.Set;

import static vn.danvan.mobilization.ModelRoundState.*;

/** The transitions of a round record: the states each one starts from (any other is a 409 naming the state). */
public enum ModelAction {
    START(EnumSet.of(REGISTERED)), REPORT_RESULTS(EnumSet.of(IN_PROGRESS, REPORTED, RETURNED)),
    SUBMIT(EnumSet.of(REPORTED)), APPRAISE(EnumSet.of(SUBMITTED, PROPOSED_UPWARD)),
    RETURN(EnumSet.of(SUBMITTED, PROPOSED_UPWARD)), RECOGNIZE(EnumSet.of(APPRAISED)),
    MARK_EXEMPLARY(EnumSet.of(RECOGNIZED)), PROPOSE_COMMENDATION(EnumSet.of(RECOGNIZED, EXEMPLARY)),
    COMMEND(EnumSet.of(PROPOSED_FOR_COMMENDATION)), PROPOSE_UPWARD(EnumSet.of(RECOGNIZED, EXEMPLARY));

    private final Set<ModelRoundState> from;

    ModelAction(Set<ModelRoundState> from) {
        this.from = from;
    }

    public boolean allowedFrom(ModelRoundState state) {
        return from.contains(state);
    }
}
