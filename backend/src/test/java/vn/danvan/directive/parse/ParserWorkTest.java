package vn.danvan.directive.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The parser's work grows with the text, not with its square. The property: for any text built by repeating a short
 * unit drawn from the pieces that make patterns work hard (long words, runs of digits, dots, slashes, dashes, "1."
 * lines, tabs and runs of spaces, "ngày", "ban hành", "chủ trì, phối hợp với", numbers, capitals, decomposed
 * diacritics), ten times the text costs at most fifteen times the steps the {@link WorkMeter} counts (every character a
 * pattern reads, every character a loop walks). Steps, not time, so the machine's speed and load do not matter; a
 * quadratic pattern costs a hundred times and fails (a long word cost 3 s at 40,000 characters before; repeated "1."
 * lines 1.4 s at 200,000). Time itself is measured by {@code backend/bench/parse-times.sh}, never by a test: a timed
 * test fails on a loaded machine, not on a slow parser.
 */
class ParserWorkTest {

    private static final int SMALL = 20_000;
    private static final int LARGE = 200_000;
    /** Ten times the text; linear work is 10x, and the bound leaves room for fixed costs, quadratic is 100x. */
    private static final long MAX_RATIO = 15;
    /** Steps per character no unit may exceed: an eighth of the default budget, so no text meets the budget. */
    private static final long MAX_STEPS_PER_CHARACTER = ParseBudget.DEFAULT_STEPS_PER_CHARACTER / 4;

    private static final List<String> PIECES = List.of("a", "x", "1", "0", ".", "/", "-", "–", ",", ";", ":", "\n", " ",
            "\t", "   ", "\u00A0", "1.", "1. ", "I. ", "a) ", "- ", "Số ", "Số: ", "ngày ", "tháng ", "năm 2025",
            "05/6/2022", "ban hành ", "Ban hành ", "đề ra ", "vừa có ", "Chỉ thị ", "Kế hoạch số ", "15-CT/HU",
            "123/KH-UBND", "của ", "về ", "V/v ", "chủ trì", ", phối hợp với ", "giao ", " và ", "Ủy ban ",
            "ỦY BAN NHÂN DÂN", "TỈNH ", "xã ", "Hội Nông dân ", "T/M ", "TM. ", "KT. CHỦ TỊCH", "Nơi nhận:",
            "Kính gửi:", "(b/c)", "“", "”", "CỘNG HÒA", "An Giang, ", "Nguyễn Văn An",
            Normalizer.normalize("Đảng ủy ", Normalizer.Form.NFD), "giai đoạn 2021 - ", "yêu cầu:");

    private final DirectiveTextParser parser = new DirectiveTextParser();

    private long steps(String text) {
        WorkMeter meter = new WorkMeter(ParseBudget.forLength(text.length()));
        parser.parse(text, meter);
        return meter.steps();
    }

    private static String repeated(String unit, int length) {
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        out.setLength(length);
        return out.toString();
    }

    private static Gen<String> units() {
        return lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get)).ofSizeBetween(1, 6)
                .map(pieces -> String.join("", pieces));
    }

    @Test
    void tenTimesAnyRepeatedTextCostsAtMostFifteenTimesTheSteps() {
        qt().withExamples(25).withShrinkCycles(20).forAll(units()).checkAssert(unit -> {
            long small = steps(repeated(unit, SMALL));
            long large = steps(repeated(unit, LARGE));
            String shown = unit.replace("\n", "\\n").replace("\t", "\\t");
            assertTrue(large <= MAX_RATIO * Math.max(small, SMALL),
                    "'" + shown + "': " + small + " steps at 20,000 characters, " + large + " at 200,000");
            assertTrue(large <= MAX_STEPS_PER_CHARACTER * LARGE,
                    "'" + shown + "': " + large + " steps at 200,000 characters");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "1", ".", "/", "-", "1.\n", "1. x\n", "ngày ", "a b ", "Ban hành ", "x\n",
            "chủ trì, phối hợp với A, " })
    void adversarialShapesCostTheirLengthInSteps(String unit) {
        long small = steps(repeated(unit, SMALL));
        long large = steps(repeated(unit, LARGE));
        assertTrue(large <= MAX_RATIO * small,
                "'" + unit + "': " + small + " steps at 20,000, " + large + " at 200,000");
    }
}
