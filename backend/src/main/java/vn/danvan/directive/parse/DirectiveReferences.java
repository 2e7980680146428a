package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a text names a directive: "Chỉ thị số 10-CT/TW, ngày 15/12/2016", "Kế hoạch 03-KH/HU ngày 25/9/2020", "Quyết định
 * số 318/QĐ-UBND ngày 15 tháng 8 năm 2025". The patterns are written without diacritics and matched against
 * {@link VietnameseText#fold(String) folded} text, so they find the same reference typed with or without diacritics and
 * in capitals.
 */
final class DirectiveReferences {

    static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String L = "\\p{L}";
    /** A Party or State document number, e.g. 632-CV/TU, 88/2016/NQLT/CP-ĐCTUBTWMTTQVN, 12/ĐA-MTTQ. */
    static final String NUMBER = "\\d{1,6}\\s?-\\s?" + L + "{1,10}\\s?/\\s?[" + L + "\\d]+(?:-\\s?[" + L + "\\d]+)*"
            + "|\\d{1,6}\\s?/\\s?(?:(?:19|20)\\d{2}/)?" + L + "{1,10}(?:[-/][" + L + "\\d]+(?:-\\s?[" + L + "\\d]+)*)?";
    /** Three groups: day, month, year; "15/12/2016", "07-01-2019", "15 tháng 8 năm 2025". */
    static final String DATE = "(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+thang\\s+)(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+nam\\s+)(\\d{4})";
    /** The kinds' names without diacritics, longest first so that "nghi quyet lien tich" wins over "nghi quyet". */
    static final String TYPE_NAMES = Stream
            .concat(Arrays.stream(DirectiveType.values()).map(DirectiveType::vietnamese),
                    Stream.of("Chương trình hành động", "Chương trình phối hợp"))
            .map(n -> VietnameseText.fold(n).toLowerCase(Locale.ROOT))
            .sorted(Comparator.comparingInt(String::length).reversed()).distinct().collect(Collectors.joining("|"));
    /** A cited directive: type, number, and the date when given. Groups: 1 type, 2 number, 3-5 date. */
    static final Pattern CITATION = Pattern.compile("(?<![" + L + "])(" + TYPE_NAMES + ")\\s+(?:so\\s*:?\\s*)?("
            + NUMBER + ")(?:\\s*,?\\s*ngay\\s+" + DATE + ")?", FLAGS);

    private DirectiveReferences() {
    }

    /** The kind a name names ("Chỉ thị", "CHI THI", "Chương trình phối hợp"), compared without diacritics. */
    static Optional<DirectiveType> typeNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = VietnameseText.fold(name.strip()).toLowerCase(Locale.ROOT).replaceAll("[\\s:.]+$", "")
                .replaceAll("\\s+", " ");
        if (key.startsWith("chuong trinh")) {
            return Optional.of(DirectiveType.PROGRAMME);
        }
        DirectiveType best = null;
        for (DirectiveType t : DirectiveType.values()) {
            String v = VietnameseText.fold(t.vietnamese()).toLowerCase(Locale.ROOT);
            if ((key.equals(v) || key.startsWith(v + " "))
                    && (best == null || v.length() > best.vietnamese().length())) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    static LocalDate date(String day, String month, String year) {
        if (day == null || month == null || year == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
