package vn.danvan.rural;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.criteria.CriteriaSetDto;

/**
 * The programme's arithmetic, pure: a criterion's state in a year from its own row or its indicators', and the set's
 * revocation rule (data of the set: {@code revoke_key_fail_percent} — that share or more fails, one of them key — and
 * {@code revoke_fail_percent} — that share or more fails), counted in exact integers.
 */
final class RuralRules {

    private RuralRules() {
    }

    /** Whether a revocation is required, and the sentence that says why (or why not). */
    record Revocation(boolean required, String verdict) {
    }

    /**
     * The state of each criterion of a set (not its indicators) in a year: its own assessment when there is one;
     * otherwise not met when an indicator is assessed not met, met when every indicator is assessed met, and unassessed
     * (absent from the map) else.
     */
    static Map<Long, Boolean> criterionStates(CriteriaSetDto set, Map<Long, Boolean> metByCriterion) {
        Map<Long, List<Long>> indicators = new HashMap<>();
        for (CriteriaSetDto.CriterionView k : set.criteria()) {
            if (k.parentId() != null) {
                indicators.computeIfAbsent(k.parentId(), p -> new ArrayList<>()).add(k.id());
            }
        }
        Map<Long, Boolean> states = new HashMap<>();
        for (CriteriaSetDto.CriterionView k : set.criteria()) {
            if (k.parentId() != null) {
                continue;
            }
            Boolean own = metByCriterion.get(k.id());
            if (own != null) {
                states.put(k.id(), own);
                continue;
            }
            List<Long> parts = indicators.getOrDefault(k.id(), List.of());
            if (parts.stream().anyMatch(i -> Boolean.FALSE.equals(metByCriterion.get(i)))) {
                states.put(k.id(), false);
            } else if (!parts.isEmpty() && parts.stream().allMatch(i -> Boolean.TRUE.equals(metByCriterion.get(i)))) {
                states.put(k.id(), true);
            }
        }
        return states;
    }

    /**
     * The rule of the set over {@code criteria} criteria, of which {@code failed} fail ({@code failedKey} key ones).
     */
    static Revocation revocation(int criteria, List<String> failed, List<String> failedKey, BigDecimal keyPercent,
            BigDecimal allPercent) {
        String tally = failed.size() + "/" + criteria + " tiêu chí không đạt";
        String english = failed.size() + " of " + criteria + " criteria fail";
        if (criteria == 0) {
            return new Revocation(false, "Bộ tiêu chí chưa có tiêu chí (the set has no criteria)");
        }
        if (keyPercent == null && allPercent == null) {
            return new Revocation(false, "Bộ tiêu chí không quy định ngưỡng thu hồi: " + tally
                    + " (the set has no revocation rule; " + english + ")");
        }
        if (allPercent != null && reaches(failed.size(), criteria, allPercent)) {
            return new Revocation(true, "Phải thu hồi: " + tally + ", từ " + plain(allPercent) + "% trở lên"
                    + " (revocation required: " + english + ", " + plain(allPercent) + "% or more)");
        }
        if (keyPercent != null && !failedKey.isEmpty() && reaches(failed.size(), criteria, keyPercent)) {
            String keys = String.join(", ", failedKey);
            return new Revocation(true, "Phải thu hồi: " + tally + ", gồm tiêu chí then chốt " + keys
                    + " (revocation required: " + english + " incl. key criterion " + keys + ")");
        }
        return new Revocation(false, "Giữ vững: " + tally + " (kept: " + english + ")");
    }

    /** {@code part × 100 ≥ percent × whole}, exactly. */
    static boolean reaches(int part, int whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    private static String plain(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }
}
