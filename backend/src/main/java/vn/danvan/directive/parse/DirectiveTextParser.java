package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import vn.danvan.directive.parse.DirectiveDraft.Citation;
import vn.danvan.directive.parse.DirectiveDraft.ProposedTask;

/**
 * Reads a draft directive from the plain text of a document: a directive as issued (header with issuer, number, place
 * and date, subject, "Kính gửi", numbered items, "Nơi nhận", signature) or a news article that describes one ("Tỉnh ủy
 * Kiên Giang ban hành Công văn số 632-CV/TU ngày 23/11/2022 về việc ..."). What it cannot find stays empty and is
 * listed as missing. Text is read as pasted from Word or a web page: decomposed diacritics, tabs, a table's columns
 * side by side, capitals, no diacritics at all ({@link PastedText}). The work is linear in the text and bounded by a
 * {@link ParseBudget}.
 */
@ApplicationScoped
public class DirectiveTextParser {

    private static final Locale VI = VietnameseText.VI;
    private static final int FLAGS = DirectiveReferences.FLAGS;
    private static final String NUMBER = DirectiveReferences.NUMBER;

    private static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*:?\\s*(" + NUMBER + ")(?=\\s|$)", FLAGS);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "([\\p{L} .'-]{2,40}),\\s*ngay\\s+(\\d{1,2})\\s+thang\\s+" + "(\\d{1,2})\\s+nam\\s+(\\d{4})", FLAGS);
    private static final Pattern PERIOD = Pattern.compile("(?:giai\\s+doan|nhiem\\s+ky)\\s*(?:tu\\s+(?:nam\\s+)?)?"
            + "((?:19|20)\\d{2})\\s*(?:-|–|den\\s+(?:nam\\s+)?)\\s*((?:19|20)\\d{2})", FLAGS);
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^([IVX]{1,4})\\.\\s+(\\S.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=~.]{1,}$");
    private static final Pattern UNIT_LINE = Pattern
            .compile("^(TINH|HUYEN|XA|PHUONG|THANH PHO|DAC KHU|THI XA|THI TRAN|QUAN)\\s+(?!UY\\b|DOAN\\b)(\\S.*)$");
    private static final Pattern HAS_UNIT = Pattern
            .compile("\\b(?:tinh|huyen|xa|phuong|thanh pho|dac khu|thi xa|thi tran|trung uong)\\b");
    private static final Pattern PARTY_ORGANIZATION = Pattern
            .compile("^DANG BO (TINH|THANH PHO|HUYEN|XA|PHUONG|DAC KHU) (.+)$");
    private static final Pattern PURPOSE = Pattern.compile(
            "\\((?:\\s*(?:để|de))?\\s*(?:b/c|báo cáo|bao cao|biết|biet|"
                    + "thực hiện|thuc hien|t/h|p/h|phối hợp|phoi hop|chỉ đạo|chi dao|theo dõi|theo doi)\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ITEMS_END = Pattern.compile("^(?:noi nhan|ban dang doc|(?:chi thi|cong van|ke hoach|"
            + "nghi quyet|chuong trinh|quyet dinh|huong dan|thong bao|thong tri|ket luan) nay)");
    private static final Pattern CHU_TRI = Pattern.compile("(?<!\\p{L})chu tri(?!\\p{L})", FLAGS);
    private static final Pattern LEAD_LABEL = Pattern.compile("(?:co quan|don vi)\\s+chu tri\\s*:\\s*", FLAGS);
    private static final Pattern COORDINATING_LABEL = Pattern.compile("(?:co quan|don vi)\\s+phoi hop\\s*:\\s*", FLAGS);
    private static final Pattern PHOI_HOP_VOI = Pattern.compile("(?<!\\p{L})phoi hop (?:voi|cung)\\s+", FLAGS);
    private static final Pattern AFTER_LEAD = Pattern.compile("^[\\s,]*(?:phoi hop voi|phoi hop|cung voi|cung)\\s+",
            FLAGS);
    /** How far into an item its lead is looked for: "... chủ trì" further in describes, it does not assign. */
    private static final int LEAD_WITHIN = 200;
    private static final List<String> ADDRESSEE_ENDS = List.of(" tập trung", " tiếp tục", " lãnh đạo", " chỉ đạo",
            " thực hiện", " phối hợp", " chủ trì", ":", " tăng cường", " quan tâm", " có trách nhiệm", " đẩy mạnh",
            " hướng dẫn", " thành lập");
    /** How an addressee starts: an organization, or a group of them ("Các cấp ủy ..."). */
    private static final Pattern ADDRESSEE_START = Pattern.compile("^(?:Các |Ban |Ủy ban|Đảng đoàn|Đảng ủy|Hội |Sở |"
            + "Mặt trận|Liên đoàn|Đoàn |Văn phòng|Tỉnh ủy|Huyện ủy|Thành ủy|Cấp ủy|Thủ trưởng|Lãnh đạo các)");
    private static final Pattern ADDRESSEE_SPLIT = Pattern.compile(",|;|\\s+và\\s+");

    public DirectiveDraft parse(String raw) {
        return parse(raw, ParseBudget.forLength(raw == null ? 0 : raw.length()));
    }

    /**
     * As {@link #parse(String)}, within {@code budget}.
     *
     * @throws ParseAbortedException
     *             when the budget runs out or its cancel flag is raised
     */
    public DirectiveDraft parse(String raw, ParseBudget budget) {
        return parse(raw, new WorkMeter(budget));
    }

    /** As {@link #parse(String, ParseBudget)}, counting on {@code meter} (tests and the benchmark read its steps). */
    DirectiveDraft parse(String raw, WorkMeter meter) {
        PastedText text = PastedText.of(raw == null ? "" : raw, meter);
        int bodyStart = bodyStart(text);

        int numberLine = -1;
        DirectiveNumber number = null;
        for (int i = 0; i < bodyStart && number == null; i++) {
            Matcher m = NUMBER_LINE.matcher(text.foldedLine(i));
            if (m.lookingAt()) {
                number = DirectiveNumber.parse(text.line(i).substring(0, m.end(1)));
                numberLine = i;
            }
        }
        int headingLine = headingLine(text, bodyStart);
        DirectiveType type = headingLine < 0 ? null
                : DirectiveReferences.typeNamed(text.line(headingLine)).orElse(null);
        LocalDate issueDate = null;
        String place = null;
        int placeLine = -1;
        for (int i = 0; i < bodyStart && placeLine < 0; i++) {
            if (!text.foldedLower(i).contains("ngay")) {
                continue;
            }
            Matcher m = PLACE_DATE.matcher(text.foldedLine(i));
            if (m.find()) {
                place = place(text.line(i).substring(m.start(1), m.end(1)));
                issueDate = DirectiveReferences.date(m.group(2), m.group(3), m.group(4));
                placeLine = i;
            }
        }
        String issuer = headerIssuer(text, numberLine >= 0 ? numberLine : headingLine, headingLine, bodyStart);
        String subject = headerSubject(text, bodyStart, numberLine, placeLine, headingLine);

        if (number == null && placeLine < 0 && headingLine < 0) {
            // no header: a news article, which names the directive it reports on in a sentence
            Optional<ReportedDirective> reported = ReportedDirective.find(text);
            if (reported.isPresent()) {
                ReportedDirective r = reported.get();
                type = r.type();
                number = r.number();
                issuer = issuer == null ? r.issuer() : issuer;
                issueDate = r.issueDate();
                subject = subject == null ? r.subject() : subject;
            }
        }
        if (type == null && number != null) {
            type = DirectiveType.fromCode(number.typeCode()).orElse(null);
        }
        if (type == null && subject != null
                && VietnameseText.fold(subject).toLowerCase(Locale.ROOT).startsWith("v/v")) {
            type = DirectiveType.OFFICIAL_LETTER; // "V/v ..." is how a letter (công văn) states its subject
        }

        Integer periodFrom = null;
        Integer periodTo = null;
        // the period is read where the document states its own (subject or header), never from the body,
        // which names the periods of other programmes
        String periodSource = subject != null ? subject : String.join(" ", text.lines().subList(0, bodyStart));
        Matcher period = PERIOD.matcher(meter.over(VietnameseText.fold(periodSource)));
        if (period.find()) {
            periodFrom = Integer.valueOf(period.group(1));
            periodTo = Integer.valueOf(period.group(2));
        }

        List<String> recipients = block(text, "kinh gui");
        if (recipients.isEmpty()) {
            recipients = block(text, "noi nhan").stream().filter(r -> {
                String k = VietnameseText.fold(r).toLowerCase(Locale.ROOT);
                return !k.startsWith("luu") && !k.startsWith("nhu tren") && !k.startsWith("nhu dieu");
            }).toList();
        }
        SigningBlock.Signature signature = SigningBlock.read(text);
        List<Citation> citations = citations(text, number);
        List<ProposedTask> tasks = tasks(text, bodyStart);

        List<String> missing = new ArrayList<>();
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("type", type);
        found.put("number", number);
        found.put("issuer", issuer);
        found.put("issueDate", issueDate);
        found.put("place", place);
        found.put("subject", subject);
        found.put("signer", signature.signer());
        found.put("signingCapacity", signature.capacity());
        found.put("recipients", recipients.isEmpty() ? null : recipients);
        found.put("period", periodFrom);
        found.forEach((field, value) -> {
            if (value == null) {
                missing.add(field);
            }
        });
        return new DirectiveDraft(type, number, issuer, issueDate, place, subject, signature.signer(),
                signature.capacity(), recipients, periodFrom, periodTo, citations, tasks, List.copyOf(missing));
    }

    /** The header ends at the first paragraph, numbered item, section, "Căn cứ ..." or "Kính gửi". */
    private static int bodyStart(PastedText text) {
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
            String line = text.line(i).replaceAll("[:.]+$", "").strip();
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

    /** The items of a "Kính gửi:" or "Nơi nhận:" block: one per "-", continuation lines joined. */
    private static List<String> block(PastedText text, String label) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String key = text.foldedLower(i);
            int dash = key.startsWith("-") ? 1 : 0;
            if (!key.startsWith(label, dash) && !key.startsWith(label, dash + 1)) {
                continue;
            }
            String line = text.line(i);
            int at = key.indexOf(label) + label.length();
            String first = line.substring(Math.min(at, line.length())).replaceFirst("^\\s*:\\s*", "")
                    .replaceFirst("^-\\s*", "");
            List<StringBuilder> raw = new ArrayList<>();
            if (!first.isBlank()) {
                raw.add(new StringBuilder(first));
            }
            for (int j = i + 1; j < text.size(); j++) {
                String next = text.line(j);
                text.meter().step(next.length());
                if (next.isEmpty()) {
                    if (j + 1 < text.size() && text.line(j + 1).startsWith("-")) {
                        continue;
                    }
                    break;
                }
                if (next.startsWith("-") || next.startsWith("+") || next.startsWith("•")) {
                    raw.add(new StringBuilder(next.substring(1).strip()));
                } else if (!raw.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    raw.get(raw.size() - 1).append(' ').append(next);
                } else {
                    break;
                }
            }
            for (StringBuilder item : raw) {
                String clean = PURPOSE.matcher(item).replaceAll("").replaceAll("[\\s,;.]+$", "").strip();
                if (!clean.isEmpty()) {
                    items.add(clean);
                }
            }
            return items;
        }
        return items;
    }

    private static List<Citation> citations(PastedText text, DirectiveNumber own) {
        Map<String, Citation> byNumber = new LinkedHashMap<>();
        String original = text.text();
        Matcher m = DirectiveReferences.CITATION.matcher(text.foldedText());
        while (m.find()) {
            DirectiveNumber number = DirectiveNumber.parse(original.substring(m.start(2), m.end(2)));
            if (own != null && number.normalized().equals(own.normalized())) {
                continue;
            }
            DirectiveType type = DirectiveReferences.typeNamed(original.substring(m.start(1), m.end(1)))
                    .or(() -> DirectiveType.fromCode(number.typeCode())).orElse(null);
            LocalDate date = DirectiveReferences.date(m.group(3), m.group(4), m.group(5));
            Citation existing = byNumber.get(number.normalized());
            if (existing == null || (existing.issueDate() == null && date != null)) {
                byNumber.put(number.normalized(), new Citation(type, number, date));
            }
        }
        return List.copyOf(byNumber.values());
    }

    /**
     * Numbered items (only those under "TỔ CHỨC THỰC HIỆN" when the document has sections); in a text without numbers,
     * the paragraphs after "... yêu cầu:", or else each paragraph that gives a body the lead ("... chủ trì").
     */
    private static List<ProposedTask> tasks(PastedText text, int bodyStart) {
        int from = bodyStart;
        int to = text.size();
        for (int i = bodyStart; i < text.size(); i++) {
            Matcher section = SECTION.matcher(text.foldedLine(i));
            if (section.matches()) {
                if (from > bodyStart) {
                    to = i;
                    break;
                }
                if (text.foldedLower(i).contains("to chuc thuc hien")) {
                    from = i + 1;
                }
            }
        }
        boolean numbered = false;
        for (int i = from; i < to && !numbered; i++) {
            numbered = ITEM.matcher(text.foldedLine(i)).matches();
        }
        List<StringBuilder> paragraphs = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        boolean collecting = false;
        int ordinal = 0;
        for (int i = from; i < to; i++) {
            String line = text.line(i);
            if (isEndOfItems(text, i)) {
                break;
            }
            if (numbered) {
                Matcher item = ITEM.matcher(text.foldedLine(i));
                if (item.matches()) {
                    ordinals.add(Integer.valueOf(item.group(1)));
                    paragraphs.add(new StringBuilder(line.substring(item.start(2))));
                } else if (!paragraphs.isEmpty() && !line.isEmpty()) {
                    paragraphs.get(paragraphs.size() - 1).append(' ').append(line);
                }
            } else if (collecting) {
                if (line.length() > 60) {
                    ordinals.add(++ordinal);
                    paragraphs.add(new StringBuilder(line));
                }
            } else if (line.endsWith("yêu cầu:")) {
                collecting = true;
            } else if (line.length() > 60 && lead(line, text.meter()) != null) {
                ordinals.add(++ordinal);
                paragraphs.add(new StringBuilder(line));
            }
        }
        List<ProposedTask> tasks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String content = paragraphs.get(i).toString().strip();
            text.meter().step(content.length());
            String lead = lead(content, text.meter());
            List<String> coordinating = coordinating(content, lead != null, text.meter());
            List<String> addressees;
            if (lead != null) {
                addressees = List.of(lead);
            } else if (ADDRESSEE_START.matcher(content.replaceFirst("^(?i)giao\\s+", "")).find()) {
                addressees = splitOrganizations(addresseePhrase(content));
            } else if (!numbered && !tasks.isEmpty()) {
                addressees = tasks.get(tasks.size() - 1).addressees(); // a paragraph that goes on with the same body
            } else {
                addressees = List.of();
            }
            tasks.add(new ProposedTask(ordinals.get(i), content, addressees, lead, List.copyOf(coordinating)));
        }
        return tasks;
    }

    private static boolean isEndOfItems(PastedText text, int i) {
        return ITEMS_END.matcher(text.foldedLower(i)).lookingAt() || SigningBlock.isCapacityLine(text, i);
    }

    /**
     * The body an item gives the lead: "A chủ trì, ...", "Giao A chủ trì", "Đề nghị A chủ trì", "Do A chủ trì", "A được
     * giao chủ trì", "Cơ quan chủ trì: A". Not "... vai trò chủ trì", which describes a role.
     */
    static String lead(String content, WorkMeter meter) {
        String key = VietnameseText.fold(content).toLowerCase(Locale.ROOT);
        Matcher label = LEAD_LABEL.matcher(meter.over(key));
        if (label.find() && label.start() < LEAD_WITHIN) {
            return BodyNames.nameAtStart(clause(content, label.end()));
        }
        Matcher chuTri = CHU_TRI.matcher(meter.over(key));
        if (!chuTri.find() || chuTri.start() >= LEAD_WITHIN) {
            return null;
        }
        String phrase = content.substring(0, chuTri.start());
        String phraseKey = key.substring(0, chuTri.start());
        if (phraseKey.contains("vai tro") || phraseKey.contains("tren co so")) {
            return null;
        }
        // in running text the lead is in the sentence or clause that says "chủ trì"
        int sentence = Math.max(Math.max(phraseKey.lastIndexOf(". "), phraseKey.lastIndexOf(';')),
                phraseKey.lastIndexOf(':'));
        int start = sentence < 0 ? 0 : sentence + 1;
        int assigned = afterAssigningVerb(phrase, phraseKey);
        String tail = phraseKey.substring(start).strip();
        if (tail.endsWith("duoc giao")) {
            phrase = phrase.substring(0, phraseKey.lastIndexOf("duoc giao"));
        } else if (assigned > start) {
            start = assigned;
        }
        String name = phrase.substring(Math.min(start, phrase.length())).strip()
                .replaceFirst("(?iu)^(?:giao cho|giao|đề nghị|de nghi|do|yêu cầu|yeu cau)\\s+", "")
                .replaceAll("[\\s,]+$", "");
        if (name.isEmpty() || name.length() > 120) {
            return null;
        }
        return BodyNames.nameAtStart(name);
    }

    /**
     * Where the lead starts after the last verb that assigns ("giao", "giao cho", "yêu cầu", "đề nghị"), or -1; "Tuyên
     * giáo" is a name, and in a text without diacritics "Tuyen giao" is still read as one.
     */
    private static int afterAssigningVerb(String phrase, String phraseKey) {
        boolean diacritics = !VietnameseText.fold(phrase).equals(phrase);
        String lower = phrase.toLowerCase(VI);
        int giao = (diacritics ? lower : phraseKey).lastIndexOf(" giao ");
        while (giao >= 0 && !diacritics && phraseKey.substring(0, giao).endsWith("tuyen")) {
            giao = phraseKey.lastIndexOf(" giao ", giao - 1);
        }
        int start = giao < 0 ? -1 : giao + " giao ".length();
        if (start >= 0 && phraseKey.startsWith("cho ", start)) {
            start += "cho ".length();
        }
        // "... đồng chí Bí thư yêu cầu A chủ trì": the lead follows the last verb that assigns
        for (String verb : List.of(" yeu cau ", " de nghi ")) {
            int at = phraseKey.lastIndexOf(verb);
            if (at >= 0) {
                start = Math.max(start, at + verb.length());
            }
        }
        return start;
    }

    /**
     * The bodies that coordinate: "chủ trì, phối hợp với B, C", "chủ trì phối hợp B", "chủ trì, cùng B", "A chủ trì; B,
     * C phối hợp", "Cơ quan phối hợp: B, C", or, without a lead, "A phối hợp với B ...". Each list ends where the verb
     * phrase begins ({@link BodyNames}).
     */
    static List<String> coordinating(String content, boolean hasLead, WorkMeter meter) {
        String key = VietnameseText.fold(content).toLowerCase(Locale.ROOT);
        Matcher label = COORDINATING_LABEL.matcher(meter.over(key));
        if (label.find()) {
            return BodyNames.listAtStart(clause(content, label.end()));
        }
        if (hasLead) {
            Matcher chuTri = CHU_TRI.matcher(meter.over(key));
            if (chuTri.find()) {
                int after = chuTri.end();
                Matcher with = AFTER_LEAD.matcher(meter.over(key.substring(after)));
                if (with.lookingAt()) {
                    return BodyNames.listAtStart(clause(content, after + with.end()));
                }
                String rest = key.substring(after).stripLeading();
                if (rest.startsWith(";")) {
                    int from = key.indexOf(';', after) + 1;
                    int phoiHop = key.indexOf(" phoi hop", from);
                    if (phoiHop > from) {
                        return BodyNames.listAtStart(content.substring(from, phoiHop) + " phối hợp");
                    }
                }
                return List.of();
            }
        }
        Matcher with = PHOI_HOP_VOI.matcher(meter.over(key));
        if (with.find() && with.start() < LEAD_WITHIN) {
            return BodyNames.listAtStart(clause(content, with.end()));
        }
        return List.of();
    }

    /** The text from {@code from} to the end of its clause (a full stop, semicolon, colon or bracket). */
    private static String clause(String content, int from) {
        int end = from;
        while (end < content.length() && ";:(".indexOf(content.charAt(end)) < 0
                && !(content.charAt(end) == '.' && (end + 1 == content.length() || content.charAt(end + 1) == ' '))) {
            end++;
        }
        return content.substring(from, end);
    }

    private static String addresseePhrase(String content) {
        String head = content.replaceFirst("^(?i)giao\\s+", "");
        int end = head.length();
        for (String stop : ADDRESSEE_ENDS) {
            int at = head.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return end > 300 ? "" : head.substring(0, end);
    }

    private static List<String> splitOrganizations(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ADDRESSEE_SPLIT.split(phrase)).map(String::strip)
                .map(s -> s.replaceAll("^(?:và|cùng)\\s+", "").replaceAll("\\s+(?:và|cùng)$", ""))
                .map(s -> s.replaceAll("[.:]$", "")).filter(s -> !s.isEmpty()).toList();
    }
}
