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
        return Arrays.stream(text.trim().split("\\s+")).limit(8)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }
}
