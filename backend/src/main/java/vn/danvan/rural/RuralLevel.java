package vn.danvan.rural;

/**
 * The level of an NTM criteria set (criteria_set.level), lowest first: đạt chuẩn NTM, NTM nâng cao, NTM kiểu mẫu, NTM
 * hiện đại (the 2026–2030 pilot). "Communes NTM" counts any level.
 */
public enum RuralLevel {
    STANDARD, ADVANCED, MODEL, MODERN;

    /** The level of a set's {@code level} column, or null for a set without one (not an NTM level). */
    static RuralLevel of(String level) {
        if (level == null) {
            return null;
        }
        try {
            return valueOf(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
