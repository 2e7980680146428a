package vn.danvan.recognition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.criteria.PassRule;

/**
 * The rules a case is judged by, as pure functions of the set's figures: the council's vote, the posting period, a
 * criterion's threshold, the set's pass rule, a decision's validity. Exact arithmetic only (no floating point): 9 of 10
 * at 90 % passes, 6 of 9 at 70 % does not.
 */
public final class RecognitionRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RecognitionRules() {
    }

    /**
     * Whether the council passes the case: votes for × 100 ≥ threshold % × members present. A set without a threshold
     * asks for more than half of those present (quá bán).
     */
    public static boolean councilPasses(int votesFor, int present, BigDecimal thresholdPercent) {
        if (present <= 0) {
            return false;
        }
        if (thresholdPercent == null) {
            return votesFor * 2L > present;
        }
        return BigDecimal.valueOf(votesFor).multiply(HUNDRED)
                .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(present))) >= 0;
    }

    /** The fewest votes for that pass the case with {@code present} members present (for messages). */
    public static int votesNeeded(int present, BigDecimal thresholdPercent) {
        if (thresholdPercent == null) {
            return present / 2 + 1;
        }
        return thresholdPercent.multiply(BigDecimal.valueOf(present)).divide(HUNDRED, 0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** The days a posting lasts, counting both ends (from 1 to 10 is ten days). */
    public static long postingLength(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Whether a posting from {@code from} to {@code to} lasts at least the set's posting days (and ends after it
     * starts).
     */
    public static boolean postingLongEnough(LocalDate from, LocalDate to, Integer postingDays) {
        if (to.isBefore(from)) {
            return false;
        }
        return postingDays == null || postingLength(from, to) >= postingDays;
    }

    /** Whether the posting is over on {@code today}: its last day is before today. */
    public static boolean postingEnded(LocalDate postedTo, LocalDate today) {
        return postedTo.isBefore(today);
    }

    /** A NUMERIC criterion's value against its threshold ({@code >=}, {@code <=} or {@code =}). */
    public static boolean numericPasses(BigDecimal value, String comparison, BigDecimal threshold) {
        if (value == null || threshold == null || comparison == null) {
            return false;
        }
        int c = value.compareTo(threshold);
        return switch (comparison) {
        case ">=" -> c >= 0;
        case "<=" -> c <= 0;
        case "=" -> c == 0;
        default -> false;
        };
    }

    /** The last day of a decision's validity: the signing day plus the set's years, or none. */
    public static LocalDate validUntil(LocalDate signedOn, Integer validityYears) {
        return validityYears == null ? null : signedOn.plusYears(validityYears);
    }

    /** A decision's status on {@code today}: revoked, lost by a re-assessment, lapsed, or in force. */
    public static RecognitionDecisionStatus decisionStatus(LocalDate revokedOn, LocalDate lostOn, LocalDate validUntil,
            LocalDate today) {
        if (revokedOn != null) {
            return RecognitionDecisionStatus.REVOKED;
        }
        if (lostOn != null) {
            return RecognitionDecisionStatus.LOST;
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            return RecognitionDecisionStatus.LAPSED;
        }
        return RecognitionDecisionStatus.IN_FORCE;
    }

    /** One criterion's result: whether it passes, and its score (SCORED criteria). */
    public record Outcome(Boolean passed, BigDecimal score) {
    }

    /** What the set's rule says of a case's results: whether it meets it, the total score, the criteria that fail. */
    public record Verdict(boolean meets, BigDecimal score, List<String> failing) {
    }

    /**
     * The set's rule over the results by criterion id: every required criterion passes (ALL_REQUIRED), or the scores
     * reach the passing score (SCORE). A criterion without a result fails.
     */
    public static Verdict judge(CriteriaSetDto set, Map<Long, Outcome> results) {
        BigDecimal total = null;
        List<String> failing = new ArrayList<>();
        boolean requiredPass = true;
        for (CriteriaSetDto.CriterionView c : set.criteria()) {
            Outcome o = results.get(c.id());
            boolean passed = o != null && Boolean.TRUE.equals(o.passed());
            if (o != null && o.score() != null) {
                total = total == null ? o.score() : total.add(o.score());
            }
            if (!passed && (c.required() || set.passRule() == PassRule.SCORE)) {
                failing.add(c.code());
            }
            if (!passed && c.required()) {
                requiredPass = false;
            }
        }
        boolean meets = set.passRule() == PassRule.SCORE ? set.passingScore() != null
                && (total == null ? BigDecimal.ZERO : total).compareTo(set.passingScore()) >= 0 : requiredPass;
        return new Verdict(meets, total, meets ? List.of() : failing);
    }
}
