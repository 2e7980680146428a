package vn.danvan.directive.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document's text as an officer pasted it, made readable: Unicode NFC (Word and macOS give decomposed diacritics),
 * one kind of line break, non-breaking and zero-width spaces and soft hyphens made plain, a pasted table's two columns
 * put one under the other ({@link HeaderColumns}), runs of spaces and tabs made one space. Each line has a twin without
 * diacritics, of the same length, for matching; every read through {@link #foldedLine(int)} is counted by the
 * {@link WorkMeter}.
 */
final class PastedText {

    private final List<String> lines;
    private final List<String> folded;
    private final List<String> foldedLower;
    private final WorkMeter meter;
    private String text;
    private String foldedText;

    private PastedText(List<String> lines, WorkMeter meter) {
        this.lines = lines;
        this.meter = meter;
        this.folded = new ArrayList<>(lines.size());
        this.foldedLower = new ArrayList<>(lines.size());
        for (String line : lines) {
            meter.step(line.length() + 1);
            String f = VietnameseText.fold(line);
            folded.add(f);
            foldedLower.add(f.toLowerCase(Locale.ROOT));
        }
    }

    static PastedText of(String raw, WorkMeter meter) {
        meter.step(raw.length());
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace("\u200B", "").replace("\u00AD", "")
                .replace("\uFEFF", "").replace("*", "");
        List<String> unfolded = HeaderColumns.unfold(Arrays.asList(text.split("\n", -1)), meter);
        List<String> lines = new ArrayList<>(unfolded.size());
        for (String line : unfolded) {
            lines.add(oneSpaced(line));
        }
        return new PastedText(lines, meter);
    }

    /** Tabs and runs of spaces as one space, ends stripped; linear. */
    private static String oneSpaced(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    List<String> lines() {
        return lines;
    }

    /** The line without diacritics, seen through the meter: match patterns written without diacritics against it. */
    CharSequence foldedLine(int i) {
        return meter.over(folded.get(i));
    }

    /** The line without diacritics, in lower case, for prefix tests ("noi nhan", "kinh gui"); not metered. */
    String foldedLower(int i) {
        return foldedLower.get(i);
    }

    /** The whole text, lines joined by '\n'. */
    String text() {
        if (text == null) {
            text = String.join("\n", lines);
        }
        return text;
    }

    /** The whole text without diacritics (same indices as {@link #text()}), seen through the meter. */
    CharSequence foldedText() {
        if (foldedText == null) {
            foldedText = String.join("\n", folded);
        }
        return meter.over(foldedText);
    }

    WorkMeter meter() {
        return meter;
    }
}
