package vn.danvan.directive;

import java.util.Arrays;
import java.util.List;

/**
 * What a register search asks for; null fields do not filter. {@code unitPath} keeps directives issued by or sent to
 * organizations of that unit and below; {@code period} keeps those whose period covers that year; {@code publishedOnly}
 * (integration clients) keeps public, non-confidential directives only.
 */
record DirectiveQuery(String text, DirectiveType type, Long issuerId, String unitPath, Integer year, Integer period,
        DirectiveStatus status, boolean byRelevance, String scopePath, boolean publishedOnly) {

    /** The same search as the caller may make it. */
    DirectiveQuery forCaller(String callerScopePath, boolean onlyPublished) {
        return new DirectiveQuery(text, type, issuerId, unitPath, year, period, status, byRelevance, callerScopePath,
                onlyPublished);
    }

    /** LIKE patterns, one per word; the database folds diacritics and case on both sides. */
    List<String> words() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).limit(8)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }
}
