package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a directive as issued, read from the lines above its body: number ("Số 15-CT/HU", "Số: 123/KH-UBND"),
 * the heading that names the kind ("CHỈ THỊ"), place and date ("An Giang, ngày 12 tháng 3 năm 2026"), issuer and
 * subject. A field the header does not give is null; a news article has no header at all.
 */
final class DocumentHeader {

    private static final Locale VI = VietnameseText.VI;
    private static final int FLAGS = DirectiveReferences.FLAGS;
    private static final Pattern NUMBER_LINE = Pattern
            .compile("^so\\s*:?\\s*(" + DirectiveReferences.NUMBER + ")(?=\\s|$)", FLAGS);
    private static final Pattern PLACE_DATE = Pattern
            .compile("([\\p{L} .'-]{2,40}),\\s*ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})", FLAGS);
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^([IVX]{1,4})\\.\\s+(\\S.*)$");
    private static final Pattern HEADING_END = Pattern.compile("[:.]+$");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=~.]{1,}$");
    private static final Pattern UNIT_LINE = Pattern
            .compile("^(TINH|HUYEN|XA|PHUONG|THANH PHO|DAC KHU|THI XA|THI TRAN|QUAN)\\s+(?!UY\\b|DOAN\\b)(\\S.*)$");
    private static final Pattern HAS_UNIT = Pattern
            .compile("\\b(?:tinh|huyen|xa|phuong|thanh pho|dac khu|thi xa|thi tran|trung uong)\\b");
    private static final Pattern PARTY_ORGANIZATION = Pattern
            .compile("^DANG BO (TINH|THANH PHO|HUYEN|XA|PHUONG|DAC KHU) (.+)$");

    /** The first line of the body: everything above it is header. */
    final int bodyStart;
    final DirectiveNumber number;
    /** The line that names the kind, or -1. */
    final int headingLine;
    final DirectiveType type;
    /** The line with place and date, or -1. */
    final int placeLine;
    final String place;
    final LocalDate issueDate;
    final String issuer;
    final String subject;

    private DocumentHeader(PastedText text) {
        bodyStart = bodyStart(text);
        int numberLine = -1;
        DirectiveNumber foundNumber = null;
        for (int i = 0; i < bodyStart && foundNumber == null; i++) {
            Matcher m = NUMBER_LINE.matcher(text.foldedLine(i));
            if (m.lookingAt()) {
                foundNumber = DirectiveNumber.parse(text.line(i).substring(0, m.end(1)));
                numberLine = i;
            }
        }
        number = foundNumber;
        headingLine = headingLine(text, bodyStart);
        type = headingLine < 0 ? null : DirectiveReferences.typeNamed(text.line(headingLine)).orElse(null);
        int foundPlaceLine = -1;
        String foundPlace = null;
        LocalDate foundDate = null;
        for (int i = 0; i < bodyStart && foundPlaceLine < 0; i++) {
            if (!text.foldedLower(i).contains("ngay")) {
                continue;
            }
            Matcher m = PLACE_DATE.matcher(text.foldedLine(i));
            if (m.find()) {
                foundPlace = place(text.line(i).substring(m.start(1), m.end(1)));
                foundDate = DirectiveReferences.date(m.group(2), m.group(3), m.group(4));
                foundPlaceLine = i;
            }
        }
        placeLine = foundPlaceLine;
        place = foundPlace;
        issueDate = foundDate;
        issuer = headerIssuer(text, numberLine >= 0 ? numberLine : headingLine, headingLine, bodyStart);
        subject = headerSubject(text, bodyStart, numberLine, placeLine, headingLine);
    }

    static DocumentHeader read(PastedText text) {
        return new DocumentHeader(text);
    }

    /** True when the text has a header at all: a number, a heading or a place and date. */
    boolean present() {
        return number != null || headingLine >= 0 || placeLine >= 0;
    }

    /** The header ends at the first paragraph, numbered item, section, "Căn cứ ..." or "Kính gửi". */
    static int bodyStart(PastedText text) {
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            String key = text.foldedLower(i);
            if (line.length() > 160 || ITEM.matcher(text.foldedLine(i)).matches()
                    || SECTION.matcher(text.foldedLine(i)).matches() || key.startsWith("can cu")
                    || key.startsWith("- can cu") || key.startsWith("kinh gui") || key.startsWith("dieu 1")
                    || key.startsWith("noi nhan") || line.length() > 60 && line.endsWith(":")) {
                return i;
            }
        }
        return text.size();
    }

    /** The line that names the kind, in capitals: "CHỈ THỊ", "KẾ HOẠCH", "QUYẾT ĐỊNH:". */
    private static int headingLine(PastedText text, int bodyStart) {
        for (int i = 0; i < bodyStart; i++) {
            String line = text.line(i);
            if (line.length() > 32) {
                continue; // a heading is a word or two: "KẾ HOẠCH", "QUYẾT ĐỊNH:"
            }
            line = HEADING_END.matcher(line).replaceAll("").strip();
            if (line.length() <= 30 && VietnameseText.isAllCapitals(line)
                    && DirectiveReferences.typeNamed(line).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMotto(String foldedUpper) {
        return foldedUpper.startsWith("DANG CONG SAN") || foldedUpper.startsWith("CONG HOA")
                || foldedUpper.startsWith("DOC LAP");
    }

    /**
     * The issuer from the header lines above the number (or the heading): "TỈNH ỦY KIÊN GIANG"; "ỦY BAN NHÂN DÂN" over
     * "TỈNH AN GIANG"; a board under its parent ("TỈNH ỦY AN GIANG" over "BAN DÂN VẬN" → "Ban Dân vận Tỉnh ủy An
     * Giang"); or "CỦA BAN THƯỜNG VỤ HUYỆN ỦY" under a heading.
     */
    private static String headerIssuer(PastedText text, int above, int headingLine, int bodyStart) {
        List<String> organizations = new ArrayList<>();
        for (int i = 0; i < Math.max(0, above); i++) {
            String line = text.line(i);
            String key = text.foldedLower(i).toUpperCase(Locale.ROOT);
            if (line.isEmpty() || line.length() > 80 || !VietnameseText.isAllCapitals(line) || isMotto(key)
                    || SEPARATOR.matcher(line).matches()) {
                continue;
            }
            Matcher unit = UNIT_LINE.matcher(key);
            if (unit.matches() && !organizations.isEmpty()) {
                // "ỦY BAN NHÂN DÂN" / "TỈNH AN GIANG": the unit completes the name above
                String word = line.substring(0, unit.end(1)).toLowerCase(VI);
                String name = VietnameseText.titleCase(line.substring(unit.start(2)));
                organizations.set(organizations.size() - 1,
                        organizations.get(organizations.size() - 1) + " " + word + " " + name);
            } else {
                organizations.add(properName(line, key));
            }
        }
        if (!organizations.isEmpty()) {
            String issuer = organizations.get(organizations.size() - 1);
            if (organizations.size() >= 2 && !hasUnit(issuer)) {
                issuer = issuer + " " + parentName(issuer, organizations.get(organizations.size() - 2));
            }
            return issuer;
        }
        for (int i = Math.max(0, headingLine + 1); headingLine >= 0 && i < bodyStart; i++) {
            if (text.foldedLower(i).startsWith("cua ")) {
                return VietnameseText.properCase(text.line(i).substring(4));
            }
        }
        return null;
    }

    /** "ĐẢNG BỘ TỈNH AN GIANG" is the Party organization; its committee ("Tỉnh ủy An Giang") issues. */
    private static String properName(String line, String foldedUpper) {
        Matcher party = PARTY_ORGANIZATION.matcher(foldedUpper);
        if (!party.matches()) {
            return VietnameseText.properCase(line);
        }
        String name = VietnameseText.titleCase(line.substring(party.start(2)));
        return switch (party.group(1)) {
        case "TINH" -> "Tỉnh ủy " + name;
        case "THANH PHO" -> "Thành ủy " + name;
        case "HUYEN" -> "Huyện ủy " + name;
        default -> "Đảng ủy " + line.substring(party.start(1), party.end(1)).toLowerCase(VI) + " " + name;
        };
    }

    private static boolean hasUnit(String name) {
        return HAS_UNIT.matcher(VietnameseText.fold(name).toLowerCase(Locale.ROOT)).find();
    }

    /** What follows a board's name to say whose it is: a Sở takes its province, a Ban or Văn phòng the whole parent. */
    private static String parentName(String board, String parent) {
        String key = VietnameseText.fold(board).toLowerCase(Locale.ROOT);
        if (VietnameseText.fold(parent).toLowerCase(Locale.ROOT).equals("ban chap hanh trung uong")) {
            return "Trung ương"; // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN DÂN VẬN" is the Ban Dân vận Trung ương
        }
        if (key.startsWith("so ")) {
            Matcher unit = HAS_UNIT.matcher(VietnameseText.fold(parent).toLowerCase(Locale.ROOT));
            if (unit.find()) {
                return unitAndName(parent.substring(unit.start()));
            }
        }
        return parent;
    }

    /** "tỉnh An Giang" from "Ubnd Tỉnh An Giang" or "Tỉnh An Giang". */
    private static String unitAndName(String unitOnwards) {
        String[] words = unitOnwards.strip().split("\\s+", 2);
        return words[0].toLowerCase(VI) + (words.length > 1 ? " " + VietnameseText.titleCase(words[1]) : "");
    }

    /** "KH-UBND An Giang" (a number's tail on the same line) → "An Giang"; a place in capitals in title case. */
    private static String place(String raw) {
        String[] tokens = raw.strip().split("\\s+");
        int from = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() > 1 && tokens[i].matches(".*(?:[\\d/]|\\p{L}-\\p{L}).*")) {
                from = i + 1;
            }
        }
        String place = String.join(" ", Arrays.asList(tokens).subList(Math.min(from, tokens.length), tokens.length));
        if (place.isBlank()) {
            return null;
        }
        return VietnameseText.isAllCapitals(place) ? VietnameseText.titleCase(place) : place;
    }

    /**
     * The subject (trích yếu): a letter's "V/v ..." lines; a Party letter's lines under its number; the lines under the
     * heading ("CHỈ THỊ" / "về ...", "KẾ HOẠCH" / "Tổ chức ..."); or else a line that starts "Về ...".
     */
    private static String headerSubject(PastedText text, int bodyStart, int numberLine, int placeLine,
            int headingLine) {
        boolean capitals = VietnameseText.isAllCapitals(text.text());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bodyStart && parts.isEmpty(); i++) {
            if (text.foldedLower(i).startsWith("v/v")) {
                collect(text, i, bodyStart, placeLine, capitals, parts);
            }
        }
        if (parts.isEmpty() && numberLine >= 0) {
            int i = numberLine + 1;
            while (i < bodyStart && text.line(i).isEmpty()) {
                i++;
            }
            if (i < bodyStart && i != headingLine && !VietnameseText.isAllCapitals(text.line(i))) {
                collect(text, i, bodyStart, placeLine, capitals, parts);
            }
        }
        if (parts.isEmpty() && headingLine >= 0) {
            int i = headingLine + 1;
            while (i < bodyStart && (text.line(i).isEmpty() || text.foldedLower(i).startsWith("cua ")
                    || SEPARATOR.matcher(text.line(i)).matches())) {
                i++;
            }
            if (i < bodyStart && (capitals || !VietnameseText.isAllCapitals(text.line(i)))) {
                collect(text, i, bodyStart, placeLine, capitals, parts);
            }
        }
        for (int i = 0; i < bodyStart && parts.isEmpty(); i++) {
            if (text.foldedLower(i).startsWith("ve ")) {
                collect(text, i, bodyStart, placeLine, capitals, parts);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String subject = String.join(" ", parts).replaceAll("\\s+", " ").replaceAll("[.,;]$", "");
        return capitals ? VietnameseText.sentenceCase(subject) : VietnameseText.capitalize(subject);
    }

    /** Lines from {@code from} until an empty line, a separator, the motto, the place and date, or capitals. */
    private static void collect(PastedText text, int from, int bodyStart, int placeLine, boolean capitals,
            List<String> parts) {
        for (int i = from; i < bodyStart && i != placeLine; i++) {
            String line = text.line(i);
            String key = text.foldedLower(i);
            if (line.isEmpty() || SEPARATOR.matcher(line).matches() || isMotto(key.toUpperCase(Locale.ROOT))
                    || key.startsWith("kinh gui") || !parts.isEmpty() && !capitals && VietnameseText.isAllCapitals(line)
                    || !parts.isEmpty() && key.startsWith("v/v")) {
                break;
            }
            parts.add(line);
        }
    }

}
