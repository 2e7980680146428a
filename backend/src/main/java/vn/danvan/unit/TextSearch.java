package vn.danvan.unit;

import java.util.Arrays;
import java.util.List;

/**
 * Splits a search text into LIKE patterns, one per word. The database folds both sides with {@code dv_fold} (unaccent +
 * lower case), so "rach gia" and "Rạch Giá" meet.
 */
public final class TextSearch {

    private TextSearch() {
    }

    public static List<String> patterns(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).limit(8).map(w -> "%" + escape(w) + "%").toList();
    }

    /** The text as a whole, for ranking exact and prefix matches: trimmed, its spaces made single; null when blank. */
    public static String exact(String text) {
        return text == null || text.isBlank() ? null : text.trim().replaceAll("\\s+", " ");
    }

    /** A text to put inside a LIKE pattern, its wildcards and the escape character escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
