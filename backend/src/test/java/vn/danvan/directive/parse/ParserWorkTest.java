package vn.danvan.directive.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser's work grows with the text, not with its square: for adversarial shapes (one long word, runs of digits,
 * dots, slashes, dashes, many short words, repeated verbs) ten times the text costs about ten times the time, never a
 * hundred. Compared within one run (the fastest of five), so the machine's speed does not matter; the bound is 30x to
 * leave room for noise on a busy machine while a quadratic pattern (100x) still fails. A long word cost 3 s at 40,000
 * characters before the pattern of "... ban hành ..." stopped giving letters back one by one.
 */
class ParserWorkTest {

    private final DirectiveTextParser parser = new DirectiveTextParser();

    private long fastest(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            parser.parse(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return Math.max(best, 1_000_000); // below a millisecond the ratio says nothing
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "1", ".", "/", "-", "ngày ", "a b ", "Ban hành ", "x\n" })
    void tenTimesTheTextCostsAboutTenTimesTheWork(String unit) {
        String small = unit.repeat(20_000 / unit.length());
        String large = unit.repeat(200_000 / unit.length());
        fastest(small); // warm-up
        long smallNanos = fastest(small);
        long largeNanos = fastest(large);
        assertTrue(largeNanos <= 30 * smallNanos, "'" + unit + "': 20,000 characters in " + smallNanos / 1_000_000
                + " ms, 200,000 in " + largeNanos / 1_000_000 + " ms");
    }
}
