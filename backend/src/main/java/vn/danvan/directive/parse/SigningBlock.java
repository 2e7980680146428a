package vn.danvan.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature at the foot of a document: the signing capacity, one line per level of delegation ("TM. ỦY BAN NHÂN DÂN
 * / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → "TM. Ủy ban nhân dân — KT. Chủ tịch — Phó chủ tịch"), and the signer's name under
 * it. Each line of the block is read once, so a line is never repeated. Read only where the text ends like a signed
 * document (Nơi nhận, or a T/M, K/T, T/L, TM., KT., TL., TUQ. line); a news article's last line is its author.
 */
final class SigningBlock {

    /** Capacity prefixes of Party (T/M, K/T, T/L) and State (TM., KT., TL., TUQ., Q.) documents, without diacritics. */
    private static final Pattern CAPACITY = Pattern.compile("^(T/M|K/T|T/L|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.)\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern
            .compile("^(?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s+){1,4}\\p{Lu}[\\p{Ll}\\p{M}]*$");
    private static final Pattern PERSON_IN_CAPITALS = Pattern.compile("^(?:\\p{Lu}{1,7}\\s+){1,4}\\p{Lu}{1,7}$");
    private static final int MAX_BLOCK_LINES = 4;

    /** Signer and capacity; either may be null. */
    record Signature(String signer, String capacity) {
    }

    private SigningBlock() {
    }

    static boolean isCapacityLine(PastedText text, int i) {
        return CAPACITY.matcher(text.foldedLine(i)).matches();
    }

    static Signature read(PastedText text) {
        int receivers = -1;
        for (int i = 0; i < text.size(); i++) {
            if (text.foldedLower(i).startsWith("noi nhan")) {
                receivers = i;
                break;
            }
        }
        int first = firstCapacityLine(text, Math.max(0, receivers));
        if (first < 0 && receivers > 0) {
            first = firstCapacityLine(text, 0);
        }
        if (first < 0 && receivers < 0) {
            return new Signature(null, null);
        }
        List<String> capacity = new ArrayList<>();
        int next = first < 0 ? receivers + 1 : first;
        if (first >= 0) {
            for (int i = first; i < text.size() && capacity.size() < MAX_BLOCK_LINES; i++) {
                String line = text.line(i);
                if (line.isEmpty() || !VietnameseText.isAllCapitals(line) || line.startsWith("(")) {
                    break;
                }
                Matcher m = CAPACITY.matcher(text.foldedLine(i));
                if (m.matches()) {
                    capacity.add(line.substring(0, m.end(1)).toUpperCase(Locale.ROOT) + " "
                            + VietnameseText.properCase(line.substring(m.start(2))));
                } else if (!capacity.isEmpty()) {
                    capacity.add(VietnameseText.sentenceCase(line));
                }
                next = i + 1;
            }
        }
        String signer = null;
        for (int i = next; i < text.size() && signer == null; i++) {
            String line = text.line(i);
            text.meter().step(line.length());
            if (line.length() > 60) {
                continue;
            }
            if (PERSON.matcher(text.meter().over(line)).matches()) {
                signer = line;
            } else if (first >= 0 && PERSON_IN_CAPITALS.matcher(text.meter().over(line)).matches()) {
                signer = VietnameseText.titleCase(line);
            }
        }
        return new Signature(signer, capacity.isEmpty() ? null : String.join(" — ", capacity));
    }

    private static int firstCapacityLine(PastedText text, int from) {
        for (int i = from; i < text.size(); i++) {
            if (isCapacityLine(text, i)) {
                return i;
            }
        }
        return -1;
    }
}
