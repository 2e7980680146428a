package vn.danvan.survey;

import java.util.List;

import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;

/**
 * The reasons a survey cannot be published, by stable code (openapi SatisfactionBlocker): the same codes in the
 * results' {@code blockers} and in publishSatisfactionSurvey's 409, whose type is the first blocker's code and whose
 * {@code errors} name every blocker ({@code field} = its code, {@code [residentialAreaId]} for an area's).
 */
final class SurveyBlockers {

    static final String SURVEY_NOT_CLOSED = ProblemType.SURVEY_NOT_CLOSED.slug();
    static final String SAMPLE_NOT_REACHED = ProblemType.SAMPLE_NOT_REACHED.slug();

    private SurveyBlockers() {
    }

    /** The 409 refusing publication for these blockers (not empty). */
    static ProblemException refusal(List<SurveyDtos.Blocker> blockers) {
        SurveyDtos.Blocker first = blockers.get(0);
        ProblemType type = SURVEY_NOT_CLOSED.equals(first.code()) ? ProblemType.SURVEY_NOT_CLOSED
                : ProblemType.SAMPLE_NOT_REACHED;
        List<FieldError> errors = blockers.stream().map(b -> new FieldError(field(b), b.message())).toList();
        return new ProblemException(type,
                String.join("; ", blockers.stream().map(SurveyDtos.Blocker::message).toList()), errors);
    }

    /** The blocker as a problem's field: its code, with the area's id in brackets for an area's. */
    static String field(SurveyDtos.Blocker b) {
        return b.residentialAreaId() == null ? b.code() : b.code() + "[" + b.residentialAreaId() + "]";
    }
}
