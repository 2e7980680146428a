package vn.danvan.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.criteria.CriteriaSetStatus;
import vn.danvan.criteria.CriterionKind;
import vn.danvan.criteria.DecidingLevel;
import vn.danvan.criteria.PassRule;
import vn.danvan.criteria.SubjectKind;

/** The rules a case is judged by, as tables written from the issue (not read from the code). */
class RecognitionRulesTest {

    @ParameterizedTest(name = "{0} of {1} present at {2} % → {3}")
    @CsvSource(nullValues = "none", value = {
            // the example: 9 of 10 at 90 % passes, 8 of 10 does not
            "9, 10, 90, true", "8, 10, 90, false", "10, 10, 90, true", "0, 10, 90, false",
            // 70 %: 7 of 10 exactly; 6.3 of 9 needs 7; 4.9 of 7 needs 5; 2.1 of 3 needs 3
            "7, 10, 70, true", "6, 10, 70, false", "7, 9, 70, true", "6, 9, 70, false", "5, 7, 70, true",
            "4, 7, 70, false", "3, 3, 70, true", "2, 3, 70, false",
            // a fractional threshold is exact: 66.67 % of 3 is 2.0001, so 2 of 3 fails and 3 of 3 passes
            "2, 3, 66.67, false", "3, 3, 66.67, true", "2, 3, 66.66, true",
            // 50 %: half is enough
            "5, 10, 50, true", "4, 10, 50, false",
            // no threshold in the set: more than half (quá bán)
            "6, 10, none, true", "5, 10, none, false", "2, 3, none, true",
            // nobody present passes nothing
            "0, 0, 0, false" })
    void theCouncilPassesWhenVotesForReachTheThresholdOfThosePresent(int votesFor, int present, String percent,
            boolean passes) {
        BigDecimal threshold = percent == null ? null : new BigDecimal(percent);
        assertEquals(passes, RecognitionRules.councilPasses(votesFor, present, threshold));
        if (present > 0) {
            // the votes the message says are needed agree with the rule
            int needed = RecognitionRules.votesNeeded(present, threshold);
            assertEquals(true, RecognitionRules.councilPasses(needed, present, threshold));
            assertEquals(false, needed > 0 && RecognitionRules.councilPasses(needed - 1, present, threshold));
        }
    }

    @ParameterizedTest(name = "{0} – {1}, {2} days → {3}")
    @CsvSource(nullValues = "none", value = {
            // ten days counting both ends: 1 to 10
            "2026-03-01, 2026-03-10, 10, true", "2026-03-01, 2026-03-09, 10, false", "2026-03-01, 2026-03-31, 10, true",
            // across a month's and a year's end
            "2025-12-27, 2026-01-05, 10, true", "2026-02-20, 2026-03-01, 10, true", "2028-02-20, 2028-02-29, 10, true",
            // one day is a posting of one day; an end before the start is none
            "2026-03-01, 2026-03-01, 1, true", "2026-03-01, 2026-03-01, 0, true", "2026-03-02, 2026-03-01, 0, false",
            // no posting days in the set: any posting that ends after it starts
            "2026-03-01, 2026-03-01, none, true", "2026-03-05, 2026-03-01, none, false" })
    void thePostingLastsAtLeastTheSetsDaysCountingBothEnds(LocalDate from, LocalDate to, Integer days,
            boolean longEnough) {
        assertEquals(longEnough, RecognitionRules.postingLongEnough(from, to, days));
    }

    @ParameterizedTest(name = "posted to {0}, today {1} → ended {2}")
    @CsvSource({ "2026-03-10, 2026-03-11, true", "2026-03-10, 2026-03-10, false", "2026-03-10, 2026-03-09, false",
            "2025-12-31, 2026-01-01, true" })
    void theCaseMovesOnOnlyOnceThePostingsLastDayHasPassed(LocalDate postedTo, LocalDate today, boolean ended) {
        assertEquals(ended, RecognitionRules.postingEnded(postedTo, today));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({ "80, >=, 80, true", "79.9999, >=, 80, false", "5, <=, 5, true", "5.1, <=, 5, false", "3, =, 3.0, true",
            "3.1, =, 3, false" })
    void aMeasuredValuePassesByItsThreshold(BigDecimal value, String comparison, BigDecimal threshold, boolean passes) {
        assertEquals(passes, RecognitionRules.numericPasses(value, comparison, threshold));
    }

    @ParameterizedTest(name = "signed {0}, {1} years → valid until {2}")
    @CsvSource(nullValues = "none", value = { "2026-03-15, 3, 2029-03-15", "2028-02-29, 1, 2029-02-28",
            "2026-03-15, none, none" })
    void aDecisionIsValidForTheSetsYears(LocalDate signed, Integer years, LocalDate until) {
        assertEquals(until, RecognitionRules.validUntil(signed, years));
    }

    @Test
    void aDecisionWhoseValidityPassedReadsAsLapsedAndARevocationWinsOverAll() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertEquals(RecognitionDecisionStatus.IN_FORCE,
                RecognitionRules.decisionStatus(null, null, LocalDate.of(2026, 6, 1), today));
        assertEquals(RecognitionDecisionStatus.LAPSED,
                RecognitionRules.decisionStatus(null, null, LocalDate.of(2026, 5, 31), today));
        assertEquals(RecognitionDecisionStatus.IN_FORCE, RecognitionRules.decisionStatus(null, null, null, today));
        assertEquals(RecognitionDecisionStatus.LOST,
                RecognitionRules.decisionStatus(null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), today));
        assertEquals(RecognitionDecisionStatus.REVOKED, RecognitionRules.decisionStatus(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), today));
    }

    @Test
    void allRequiredPassesOnlyWhenEveryRequiredCriterionPasses() {
        CriteriaSetDto set = set(PassRule.ALL_REQUIRED, null);
        assertEquals(new RecognitionRules.Verdict(true, new BigDecimal("3"), List.of()),
                RecognitionRules.judge(set, Map.of(1L, pass(true, null), 2L, pass(false, "3"), 3L, pass(true, null))));
        RecognitionRules.Verdict failed = RecognitionRules.judge(set,
                Map.of(1L, pass(true, null), 2L, pass(true, "9")));
        assertEquals(false, failed.meets());
        assertEquals(List.of("C3"), failed.failing());
    }

    @Test
    void aScoreRulePassesAtThePassingScore() {
        CriteriaSetDto set = set(PassRule.SCORE, new BigDecimal("8"));
        assertEquals(true, RecognitionRules.judge(set, Map.of(2L, pass(true, "8"))).meets());
        RecognitionRules.Verdict short1 = RecognitionRules.judge(set, Map.of(2L, pass(true, "7.99")));
        assertEquals(false, short1.meets());
        assertEquals(new BigDecimal("7.99"), short1.score());
    }

    private static RecognitionRules.Outcome pass(boolean passed, String score) {
        return new RecognitionRules.Outcome(passed, score == null ? null : new BigDecimal(score));
    }

    private static CriteriaSetDto set(PassRule rule, BigDecimal passing) {
        return new CriteriaSetDto(1, 1, "KDC", "Khu dân cư kiểu mẫu", SubjectKind.RESIDENTIAL_AREA,
                DecidingLevel.COMMUNE, 1, 1, "v1", null, CriteriaSetStatus.PUBLISHED, LocalDate.of(2020, 1, 1), null,
                rule, passing, 10, new BigDecimal("90"), 3, null, null, null,
                List.of(criterion(1, "C1", CriterionKind.PASS_FAIL, true),
                        criterion(2, "C2", CriterionKind.SCORED, false),
                        criterion(3, "C3", CriterionKind.NUMERIC, true)));
    }

    private static CriteriaSetDto.CriterionView criterion(long id, String code, CriterionKind kind, boolean required) {
        return new CriteriaSetDto.CriterionView(id, null, "I", code, code, kind,
                kind == CriterionKind.SCORED ? BigDecimal.TEN : null, null, null, null, required, false, null,
                (int) id);
    }
}
