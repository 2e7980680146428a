package vn.danvan.survey;

/** Where a survey is: being designed, taking answers, closed, its results public. */
public enum SatisfactionSurveyState {
    DRAFT, OPEN, CLOSED, PUBLISHED
}
