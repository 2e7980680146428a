package vn.danvan.rural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.criteria.CriteriaSetStatus;
import vn.danvan.criteria.CriterionKind;
import vn.danvan.criteria.DecidingLevel;
import vn.danvan.criteria.PassRule;
import vn.danvan.criteria.SubjectKind;

/** The programme's revocation rule and a criterion's state from its indicators, in exact arithmetic. */
class RuralRulesTest {

    private static final BigDecimal KEY = new BigDecimal("30");
    private static final BigDecimal ALL = new BigDecimal("50");

    private static List<String> codes(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    @Test
    void halfOrMoreFailingRevokesWithoutAKeyCriterion() {
        assertTrue(RuralRules.revocation(19, codes(10), List.of(), KEY, ALL).required()); // 52.6 %
        assertFalse(RuralRules.revocation(19, codes(9), List.of(), KEY, ALL).required()); // 47.4 %
        assertTrue(RuralRules.revocation(10, codes(5), List.of(), KEY, ALL).required()); // exactly 50 %
    }

    @Test
    void thirtyToFiftyPercentRevokesOnlyWithAKeyCriterion() {
        RuralRules.Revocation r = RuralRules.revocation(19, codes(8), List.of("17"), KEY, ALL); // 42.1 %
        assertTrue(r.required());
        assertEquals("Phải thu hồi: 8/19 tiêu chí không đạt, gồm tiêu chí then chốt 17 (revocation required: 8 of 19"
                + " criteria fail incl. key criterion 17)", r.verdict());
        assertFalse(RuralRules.revocation(19, codes(8), List.of(), KEY, ALL).required());
        assertFalse(RuralRules.revocation(19, codes(5), List.of("17"), KEY, ALL).required()); // 26.3 %
        assertTrue(RuralRules.revocation(10, codes(3), List.of("3"), KEY, ALL).required()); // exactly 30 %
        assertTrue(RuralRules.revocation(19, codes(6), List.of("17"), KEY, ALL).required()); // 31.6 %
    }

    @Test
    void aSetWithoutARuleRequiresNothing() {
        RuralRules.Revocation r = RuralRules.revocation(10, codes(9), List.of("3"), null, null);
        assertFalse(r.required());
        assertTrue(r.verdict().startsWith("Bộ tiêu chí không quy định ngưỡng thu hồi: 9/10"));
        assertFalse(RuralRules.revocation(0, List.of(), List.of(), KEY, ALL).required());
    }

    @Test
    void aCriterionWithoutItsOwnRowIsJudgedByItsIndicators() {
        CriteriaSetDto set = new CriteriaSetDto(1, 1, "XA-NTM", "Xã NTM", SubjectKind.COMMUNE, DecidingLevel.PROVINCE,
                1, 1, "Bộ", "STANDARD", CriteriaSetStatus.PUBLISHED, LocalDate.of(2026, 1, 1), null,
                PassRule.ALL_REQUIRED, null, null, null, null, null, KEY, ALL, List.of(view(1, null, "1"),
                        view(11, 1L, "1.1"), view(12, 1L, "1.2"), view(2, null, "2"), view(3, null, "3")));
        assertEquals(Map.of(), RuralRules.criterionStates(set, Map.of(11L, true)));
        assertEquals(Map.of(1L, true), RuralRules.criterionStates(set, Map.of(11L, true, 12L, true)));
        assertEquals(Map.of(1L, false), RuralRules.criterionStates(set, Map.of(11L, false)));
        assertEquals(Map.of(1L, true, 2L, false),
                RuralRules.criterionStates(set, Map.of(1L, true, 11L, false, 2L, false)));
    }

    private static CriteriaSetDto.CriterionView view(long id, Long parent, String code) {
        return new CriteriaSetDto.CriterionView(id, parent, null, code, "Tiêu chí " + code, CriterionKind.PASS_FAIL,
                null, null, null, null, true, false, null, 1);
    }
}
