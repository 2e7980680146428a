package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directive a news article reports on. Articles name it in a sentence: "Tỉnh ủy Kiên Giang ban hành Công văn số
 * 632-CV/TU ngày 23/11/2022 về việc ...", "Ngày 02/10/2025, Ban Thường vụ Tỉnh ủy An Giang ký ban hành Chỉ thị số
 * 04-CT/TU về ...", or "Thực hiện Chỉ thị số 15-CT/HU, ngày 05/6/2022 của Ban Thường vụ Huyện ủy Châu Thành về ..., đến
 * nay ...". The draft then describes that directive (type, number, date, issuer, subject), not the article.
 */
record ReportedDirective(DirectiveType type, DirectiveNumber number, String issuer, LocalDate issueDate,
        String subject) {

    private static final String L = "\\p{L}";
    /**
     * "<issuer> [vừa|đã|ký] ban hành|đề ra <type> [số <number>] [ngày <date>]", or "<issuer> vừa có <type> số ...".
     * Groups: 1 words, 2 type, 3 number, 4-6 date.
     */
    private static final Pattern ISSUED = Pattern.compile(
            "((?<![" + L + "])(?:[" + L + "]++\\s++){1,14}?)" + "(?:ban hanh|de ra|(?<=(?:vua|da|moi)\\s)co)\\s+("
                    + DirectiveReferences.TYPE_NAMES + ")(?:\\s+(?:hanh dong|phoi hop))?" + "(?:\\s+so\\s+("
                    + DirectiveReferences.NUMBER + "))?(?:\\s*,?\\s*ngay\\s+" + DirectiveReferences.DATE + ")?",
            DirectiveReferences.FLAGS);
    private static final Pattern DAY_BEFORE = Pattern.compile("ngay\\s+" + DirectiveReferences.DATE,
            DirectiveReferences.FLAGS);
    private static final Pattern BY = Pattern.compile("^\\s*,?\\s*cua\\s+", DirectiveReferences.FLAGS);
    /** Where an article's subject ends: the sentence goes on to say what happened since. */
    private static final List<String> SUBJECT_ENDS = List.of(", den nay", ", sau ", ", qua ", ", thoi gian", ", cac ",
            ", toan ", ", nhieu ", ", trong ", " voi muc tieu", " nham ", ", ngay ", ", theo ", ", tao ", ", gop phan",
            ", huyen ", ", tinh ", ", xa ", ", phuong ");
    /** Where an organization's name starts in the words before "ban hành". */
    private static final List<String> ORGANIZATION_HEADS = List.of("ban", "tinh uy", "huyen uy", "thanh uy", "thi uy",
            "dang uy", "uy ban", "ubnd", "hdnd", "hoi", "mat tran", "mttq", "so", "van phong", "dang doan", "lien doan",
            "doan", "tinh doan", "bo chinh tri", "chinh phu", "thu tuong", "chu tich", "bch", "dang bo");
    private static final int MAX_SUBJECT = 400;

    static Optional<ReportedDirective> find(PastedText text) {
        String original = text.text();
        CharSequence folded = text.foldedText();
        Matcher issued = ISSUED.matcher(folded);
        // a headline may name the kind alone ("Ban Bí thư ban hành Chỉ thị về ..."); the sentence with the number wins
        int withNumber = -1;
        int first = -1;
        while (issued.find()) {
            first = first < 0 ? issued.start() : first;
            if (issued.group(3) != null) {
                withNumber = issued.start();
                break;
            }
        }
        if (first >= 0) {
            issued.find(withNumber >= 0 ? withNumber : first);
            String issuer = organizationIn(original.substring(issued.start(1), issued.end(1)));
            LocalDate date = DirectiveReferences.date(issued.group(4), issued.group(5), issued.group(6));
            if (date == null) {
                date = dateEarlierInSentence(original, folded, issued.start());
            }
            DirectiveNumber number = issued.group(3) == null ? null
                    : DirectiveNumber.parse(original.substring(issued.start(3), issued.end(3)));
            return Optional.of(new ReportedDirective(
                    DirectiveReferences.typeNamed(original.substring(issued.start(2), issued.end(2))).orElse(null),
                    number, issuer, date, subjectAt(original, issued.end())));
        }
        // "Thực hiện Chỉ thị số 15-CT/HU, ngày 05/6/2022 của Ban Thường vụ Huyện ủy Châu Thành về ..."
        Matcher cited = DirectiveReferences.CITATION.matcher(folded);
        while (cited.find()) {
            int end = cited.end();
            Matcher by = BY.matcher(folded.subSequence(end, Math.min(folded.length(), end + 12)));
            if (!by.find()) {
                continue;
            }
            int issuerStart = end + by.end();
            int issuerEnd = issuerStart;
            while (issuerEnd < original.length() && issuerEnd - issuerStart < 200
                    && ",.;(\n".indexOf(original.charAt(issuerEnd)) < 0) {
                issuerEnd++;
            }
            text.meter().step(issuerEnd - issuerStart);
            String issuer = BodyNames.nameAtStart(original.substring(issuerStart, issuerEnd));
            int subjectFrom = issuerStart + (issuer == null ? 0 : issuer.length());
            return Optional
                    .of(new ReportedDirective(
                            DirectiveReferences.typeNamed(original.substring(cited.start(1), cited.end(1))).orElse(
                                    null),
                            DirectiveNumber.parse(original.substring(cited.start(2), cited.end(2))), issuer,
                            DirectiveReferences.date(cited.group(3), cited.group(4), cited.group(5)),
                            subjectAt(original, subjectFrom)));
        }
        return Optional.empty();
    }

    /** The organization at the start of the words before "ban hành": "Mới đây, Ban Thường vụ ... đã" → its name. */
    private static String organizationIn(String words) {
        String[] tokens = words.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (!VietnameseText.startsWithCapital(tokens[i]) || i > 0 && BodyNames.key(tokens[i - 1]).equals("chi")) {
                continue; // a head is written with a capital; "đồng chí Thường trực ..." is a person
            }
            String one = BodyNames.key(tokens[i]);
            String two = i + 1 < tokens.length ? one + " " + BodyNames.key(tokens[i + 1]) : one;
            String three = i + 2 < tokens.length ? two + " " + BodyNames.key(tokens[i + 2]) : two;
            if (ORGANIZATION_HEADS.contains(one) || ORGANIZATION_HEADS.contains(two)
                    || ORGANIZATION_HEADS.contains(three)) {
                return BodyNames.nameAtStart(String.join(" ", List.of(tokens).subList(i, tokens.length)));
            }
        }
        return null;
    }

    /** "Ngày 02/10/2025, Ban Thường vụ ... ký ban hành ...": the date opens the sentence. */
    private static LocalDate dateEarlierInSentence(String original, CharSequence folded, int at) {
        int start = at;
        while (start > 0 && at - start < 300 && ".;\n".indexOf(original.charAt(start - 1)) < 0) {
            start--;
        }
        Matcher day = DAY_BEFORE.matcher(folded.subSequence(start, at));
        return day.find() ? DirectiveReferences.date(day.group(1), day.group(2), day.group(3)) : null;
    }

    /** "về (việc) ..." from {@code from}, to the end of the clause that states it; null when no "về" follows. */
    private static String subjectAt(String original, int from) {
        int start = from;
        while (start < original.length() && (original.charAt(start) == ' ' || original.charAt(start) == ',')) {
            start++;
        }
        int limit = Math.min(original.length(), start + MAX_SUBJECT);
        String head = VietnameseText.fold(original.substring(start, limit)).toLowerCase(Locale.ROOT);
        if (head.startsWith("gui ")) {
            // "... Công văn số 2150-CV/TU ngày 02/01/2026 gửi các cấp ủy, tổ chức đảng về việc ..."
            int about = head.indexOf(" ve ");
            int stop = head.indexOf('.');
            if (about > 0 && about < 160 && (stop < 0 || about < stop)) {
                return subjectAt(original, start + about + 1);
            }
        }
        if (!head.startsWith("ve ")) {
            return null;
        }
        int end = head.length();
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                quoted = c == '“' || (c == '"' && !quoted);
            } else if (!quoted && (c == ';' || c == '\n'
                    || c == '.' && (i + 1 == head.length() || Character.isWhitespace(head.charAt(i + 1))))) {
                end = i;
                break;
            }
        }
        for (String stop : SUBJECT_ENDS) {
            int at = head.indexOf(stop);
            if (at > 0 && at < end && !insideQuotes(head, at)) {
                end = at;
            }
        }
        String subject = original.substring(start, start + end).replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "")
                .strip();
        return VietnameseText.capitalize(subject);
    }

    private static boolean insideQuotes(String s, int at) {
        int open = s.lastIndexOf('“', at);
        return open >= 0 && s.lastIndexOf('”', at) < open;
    }
}
