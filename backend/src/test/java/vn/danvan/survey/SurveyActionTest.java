package vn.danvan.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The table of steps of a survey, as README's "Satisfaction surveys" states it, and the one-time codes' shape. */
class SurveyActionTest {

    private static final Map<SurveyAction, Set<SatisfactionSurveyState>> FROM = Map.of(SurveyAction.CREATE,
            EnumSet.noneOf(SatisfactionSurveyState.class), SurveyAction.UPDATE,
            EnumSet.of(SatisfactionSurveyState.DRAFT), SurveyAction.OPEN, EnumSet.of(SatisfactionSurveyState.DRAFT),
            SurveyAction.CLOSE, EnumSet.of(SatisfactionSurveyState.OPEN), SurveyAction.PUBLISH,
            EnumSet.of(SatisfactionSurveyState.CLOSED), SurveyAction.GENERATE_CODES,
            EnumSet.of(SatisfactionSurveyState.DRAFT, SatisfactionSurveyState.OPEN), SurveyAction.ENTER_RESPONSE,
            EnumSet.of(SatisfactionSurveyState.OPEN));

    @Test
    void eachActionStartsFromTheStatesOfTheTableOnly() {
        for (SurveyAction action : SurveyAction.values()) {
            for (SatisfactionSurveyState state : SatisfactionSurveyState.values()) {
                assertEquals(FROM.get(action).contains(state), action.allowedFrom(state), action + " from " + state);
            }
        }
        assertEquals(SatisfactionSurveyState.OPEN, SurveyAction.OPEN.next(SatisfactionSurveyState.DRAFT));
        assertEquals(SatisfactionSurveyState.CLOSED, SurveyAction.CLOSE.next(SatisfactionSurveyState.OPEN));
        assertEquals(SatisfactionSurveyState.PUBLISHED, SurveyAction.PUBLISH.next(SatisfactionSurveyState.CLOSED));
        assertEquals(SatisfactionSurveyState.OPEN, SurveyAction.ENTER_RESPONSE.next(SatisfactionSurveyState.OPEN));
    }

    @Test
    void codesAreTwelveUnambiguousCharactersAndReadAsTyped() {
        for (int i = 0; i < 200; i++) {
            String code = SurveyCodes.generate();
            assertEquals(14, code.length(), code);
            String plain = SurveyCodes.normalize(code);
            assertEquals(12, plain.length());
            plain.chars().forEach(ch -> assertEquals(true, SurveyCodes.ALPHABET.indexOf(ch) >= 0, code));
            assertEquals(plain, SurveyCodes.normalize(" " + code.toLowerCase().replace("-", " ") + " "));
        }
        assertEquals(null, SurveyCodes.normalize("ABCD-EFGH-JKM0")); // 0 is not in the alphabet
        assertEquals(null, SurveyCodes.normalize("ABCD-EFGH-JK"));
        assertEquals(32, SurveyCodes.hash(new byte[32], "ABCDEFGHJKMN").length);
    }

    @Test
    void theSharesAreExactAtTheirBounds() {
        java.math.BigDecimal sixty = new java.math.BigDecimal("60.00");
        assertEquals(true, SurveyResultService.reaches(3, 5, sixty));
        assertEquals(false, SurveyResultService.reaches(2, 4, sixty));
        java.math.BigDecimal eighty = new java.math.BigDecimal("80.00");
        assertEquals(false, SurveyResultService.share(5, 4, eighty).passed()); // 80 % is not above 80 %
        assertEquals(true, SurveyResultService.share(6, 5, eighty).passed());
        assertEquals(false, SurveyResultService.share(0, 0, eighty).passed());
        assertEquals(66.7, SurveyResultService.percent(2, 3));
    }
}
