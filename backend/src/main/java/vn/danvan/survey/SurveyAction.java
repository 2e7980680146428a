package vn.danvan.survey;

import static vn.danvan.survey.SatisfactionSurveyState.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a survey, as one table: the states each action starts from (any other is a 409 naming the state)
 * and the state it leads to ({@code null}: the survey stays where it is).
 */
public enum SurveyAction {
    CREATE(EnumSet.noneOf(SatisfactionSurveyState.class), DRAFT), UPDATE(EnumSet.of(DRAFT), null),
    OPEN(EnumSet.of(DRAFT), SatisfactionSurveyState.OPEN), CLOSE(EnumSet.of(SatisfactionSurveyState.OPEN), CLOSED),
    PUBLISH(EnumSet.of(CLOSED), PUBLISHED), GENERATE_CODES(EnumSet.of(DRAFT, SatisfactionSurveyState.OPEN), null),
    ENTER_RESPONSE(EnumSet.of(SatisfactionSurveyState.OPEN), null);

    private final Set<SatisfactionSurveyState> from;
    private final SatisfactionSurveyState to;

    SurveyAction(Set<SatisfactionSurveyState> from, SatisfactionSurveyState to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(SatisfactionSurveyState state) {
        return from.contains(state);
    }

    /** The state a successful action leads to from {@code state}. */
    public SatisfactionSurveyState next(SatisfactionSurveyState state) {
        return to == null ? state : to;
    }
}
