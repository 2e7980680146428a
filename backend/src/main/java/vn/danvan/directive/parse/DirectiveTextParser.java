package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import vn.danvan.directive.parse.DirectiveDraft.Citation;
import vn.danvan.directive.parse.DirectiveDraft.ProposedTask;

/**
 * Reads a draft directive from the plain text of a document: a directive as issued (header with issuer, number, place
 * and date, subject, "Kính gửi", numbered items, "Nơi nhận", signature) or a news article that describes one ("Tỉnh ủy
 * Kiên Giang ban hành Công văn số 632-CV/TU ngày 23/11/2022 về việc ..."). What it cannot find stays empty and is
 * listed as missing.
 */
@ApplicationScoped
public class DirectiveTextParser {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String L = "\\p{L}";
    /** A Party or State document number, e.g. 632-CV/TU, 88/2016/NQLT/CP-ĐCTUBTWMTTQVN, 12/ĐA-MTTQ. */
    private static final String NUMBER = "\\d{1,6}\\s?-\\s?" + L + "{1,10}\\s?/\\s?[" + L + "\\d]+(?:-\\s?[" + L
            + "\\d]+)*" + "|\\d{1,6}/(?:(?:19|20)\\d{2}/)?" + L + "{1,10}(?:[-/][" + L + "\\d]+(?:-\\s?[" + L
            + "\\d]+)*)?";
    private static final String TYPE_NAMES = java.util.stream.Stream
            .concat(Arrays.stream(DirectiveType.values()).map(DirectiveType::vietnamese),
                    java.util.stream.Stream.of("Chương trình hành động"))
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
    private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})";

    private static final Pattern NUMBER_LINE = Pattern.compile("^s[ốo]\\s*:?\\s*(" + NUMBER + ")\\s*$", FLAGS);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^([" + L + " .'-]{2,40}),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", FLAGS);
    private static final Pattern CITATION = Pattern
            .compile("(" + TYPE_NAMES + ")\\s+(?:số\\s+)?(" + NUMBER + ")(?:\\s*,?\\s*ngày\\s+" + DATE + ")?", FLAGS);
    private static final Pattern ISSUED = Pattern
            // a match starts at the start of a word, and a word is never given back letter by letter: one long
            // word (a pasted text without spaces) costs its length once, not its length squared
            .compile("((?<![" + L + "])(?:[" + L + "]++\\s++){1,8}?)(?:đã\\s+)?(?:ban hành|đề ra)\\s+(" + TYPE_NAMES
                    + ")(?:\\s+số\\s+(" + NUMBER + "))?(?:\\s*,?\\s*ngày\\s+" + DATE + ")?\\s*([^.;]*)", FLAGS);
    private static final Pattern PERIOD = Pattern.compile("giai\\s+đoạn\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})", FLAGS);
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern LEAD = Pattern.compile("^(?:giao\\s+)?(.{3,120}?)\\s*,?\\s+chủ trì\\b", FLAGS);
    private static final Pattern COORDINATING = Pattern.compile("phối hợp với\\s+(.+?)(?=\\s+(?:giúp|tham mưu|theo dõi|"
            + "thống nhất|khảo sát|trong|để|nhằm|thực hiện|đẩy mạnh|đảm nhận|tuyên truyền|xây dựng|tổ chức(?!\\s+(?:thành viên|chính trị|đảng|cơ sở|xã hội|quần chúng)))\\b|[;.:]|$)",
            FLAGS);
    private static final Pattern CAPACITY = Pattern.compile("^(T/M|K/T|TM\\.|KT\\.|Q\\.|TL\\.)\\s*(.*)$", FLAGS);
    private static final Pattern PERSON = Pattern
            .compile("^(?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s+){1,4}\\p{Lu}[\\p{Ll}\\p{M}]*$");
    private static final List<String> ORGANIZATION_HEADS = List.of("Ban Thường vụ", "Ban Chấp hành", "Ban Bí thư",
            "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy", "Đảng ủy", "Ủy ban", "Ban", "Hội", "Mặt trận", "Sở",
            "Văn phòng", "Đảng đoàn", "Liên đoàn", "Đoàn");
    private static final List<String> ADDRESSEE_ENDS = List.of(" tập trung", " tiếp tục", " lãnh đạo", " chỉ đạo",
            " thực hiện", " phối hợp", " chủ trì", ":", " tăng cường", " quan tâm", " có trách nhiệm", " đẩy mạnh",
            " hướng dẫn", " thành lập");
    /** How an addressee starts: an organization, or a group of them ("Các cấp ủy ..."). */
    private static final Pattern ADDRESSEE_START = Pattern.compile("^(?:Các |Ban |Ủy ban|Đảng đoàn|Đảng ủy|Hội |Sở |"
            + "Mặt trận|Liên đoàn|Đoàn |Văn phòng|Tỉnh ủy|Huyện ủy|Thành ủy|Cấp ủy|Thủ trưởng|Lãnh đạo các)");

    public DirectiveDraft parse(String raw) {
        List<String> lines = lines(raw == null ? "" : raw);
        String text = String.join("\n", lines);
        int bodyStart = bodyStart(lines);
        List<String> header = lines.subList(0, bodyStart);

        DirectiveNumber number = null;
        int numberLine = -1;
        for (int i = 0; i < header.size(); i++) {
            Matcher m = NUMBER_LINE.matcher(header.get(i));
            if (m.matches()) {
                number = DirectiveNumber.parse(header.get(i));
                numberLine = i;
                break;
            }
        }
        DirectiveType type = headingType(header).orElse(null);
        String issuer = headerIssuer(header);
        LocalDate issueDate = null;
        String place = null;
        int placeLine = -1;
        for (int i = 0; i < header.size(); i++) {
            Matcher m = PLACE_DATE.matcher(header.get(i));
            if (m.find()) {
                place = m.group(1).strip();
                issueDate = date(m.group(2), m.group(3), m.group(4));
                placeLine = i;
                break;
            }
        }
        String subject = headerSubject(header, numberLine, placeLine);

        // A news article names the directive in a sentence: "<issuer> ban hành <type> số <number> ngày <date> về ..."
        Matcher issued = ISSUED.matcher(text);
        if (issued.find() && (number == null || issuer == null || subject == null)) {
            if (issuer == null) {
                issuer = organizationPhrase(issued.group(1));
            }
            if (type == null) {
                type = DirectiveType.fromName(issued.group(2)).orElse(null);
            }
            if (number == null && issued.group(3) != null) {
                number = DirectiveNumber.parse(issued.group(3));
            }
            if (issueDate == null && issued.group(4) != null) {
                issueDate = date(issued.group(4), issued.group(5), issued.group(6));
            }
            if (subject == null) {
                subject = articleSubject(issued.group(7));
            }
        }
        if (type == null && number != null) {
            type = DirectiveType.fromCode(number.typeCode()).orElse(null);
        }

        Integer periodFrom = null;
        Integer periodTo = null;
        // the period is read where the document states its own (subject or header), never from the body,
        // which names the periods of other programmes
        Matcher period = PERIOD.matcher(subject != null ? subject : String.join(" ", header));
        if (period.find()) {
            periodFrom = Integer.valueOf(period.group(1));
            periodTo = Integer.valueOf(period.group(2));
        }

        List<String> recipients = block(lines, "Kính gửi");
        if (recipients.isEmpty()) {
            recipients = block(lines, "Nơi nhận").stream()
                    .filter(r -> !r.toLowerCase(VI).startsWith("lưu") && !r.toLowerCase(VI).startsWith("như trên"))
                    .toList();
        }
        String[] signature = signature(lines);
        List<Citation> citations = citations(text, number);
        List<ProposedTask> tasks = tasks(lines, bodyStart);

        List<String> missing = new ArrayList<>();
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("type", type);
        found.put("number", number);
        found.put("issuer", issuer);
        found.put("issueDate", issueDate);
        found.put("place", place);
        found.put("subject", subject);
        found.put("signer", signature[0]);
        found.put("signingCapacity", signature[1]);
        found.put("recipients", recipients.isEmpty() ? null : recipients);
        found.put("period", periodFrom);
        found.forEach((field, value) -> {
            if (value == null) {
                missing.add(field);
            }
        });
        return new DirectiveDraft(type, number, issuer, issueDate, place, subject, signature[0], signature[1],
                recipients, periodFrom, periodTo, citations, tasks, List.copyOf(missing));
    }

    private static List<String> lines(String raw) {
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replace("\r\n", "\n")
                .replace('\r', '\n').replace('\t', ' ').replace('\u00A0', ' ').replace("*", "");
        return Arrays.stream(text.split("\n")).map(String::strip).toList();
    }

    /** The header ends at the first long paragraph or numbered item. */
    private static int bodyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > 160 || ITEM.matcher(line).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static Optional<DirectiveType> headingType(List<String> header) {
        for (String line : header) {
            if (!line.isEmpty() && line.equals(line.toUpperCase(VI))) {
                Optional<DirectiveType> type = DirectiveType.fromName(line);
                if (type.isPresent() && line.length() <= 30) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    /** "TỈNH ỦY KIÊN GIANG" above the number, or "CỦA BAN THƯỜNG VỤ HUYỆN ỦY" under the type. */
    private static String headerIssuer(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            if (line.isEmpty() || !line.equals(line.toUpperCase(VI)) || line.length() > 80) {
                continue;
            }
            String candidate = line.replaceFirst("^(?i)CỦA\\s+", "");
            if (candidate.startsWith("ĐẢNG CỘNG SẢN") || candidate.startsWith("CỘNG HÒA")
                    || DirectiveType.fromName(candidate).isPresent() || !candidate.matches(".*\\p{L}.*")) {
                continue;
            }
            String proper = properCase(candidate);
            if (ORGANIZATION_HEADS.stream().anyMatch(proper::startsWith)) {
                // "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "TỈNH AN GIANG": the unit is on the next line
                if (i + 1 < header.size() && header.get(i + 1).matches("^(TỈNH|HUYỆN|XÃ|PHƯỜNG|THÀNH PHỐ|ĐẶC KHU) .+")
                        && header.get(i + 1).equals(header.get(i + 1).toUpperCase(VI))) {
                    String unit = properCase(header.get(i + 1));
                    proper += " " + unit.substring(0, 1).toLowerCase(VI) + unit.substring(1);
                }
                return withParentCommittee(proper, i > 0 ? header.get(i - 1) : "");
            }
        }
        return null;
    }

    private static final Pattern PARTY_ORGANIZATION = Pattern
            .compile("^ĐẢNG BỘ (TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|ĐẶC KHU) (.+)$");

    /**
     * Under "ĐẢNG BỘ TỈNH AN GIANG" a board ("BAN TUYÊN GIÁO VÀ DÂN VẬN") is the Tỉnh ủy's: "Ban Tuyên giáo và Dân vận
     * Tỉnh ủy An Giang".
     */
    private static String withParentCommittee(String issuer, String lineAbove) {
        Matcher party = PARTY_ORGANIZATION.matcher(lineAbove.strip());
        if (!issuer.startsWith("Ban ") || issuer.startsWith("Ban Chấp hành") || !party.matches()) {
            return issuer;
        }
        String name = properCase(party.group(2));
        String committee = switch (party.group(1)) {
        case "TỈNH" -> "Tỉnh ủy " + name;
        case "THÀNH PHỐ" -> "Thành ủy " + name;
        case "HUYỆN" -> "Huyện ủy " + name;
        default -> "Đảng ủy " + party.group(1).toLowerCase(VI) + " " + name;
        };
        return issuer + " " + committee;
    }

    /** For a letter, the lines between the number and the motto or date; for a chỉ thị, the "Về ..." lines. */
    private static String headerSubject(List<String> header, int numberLine, int placeLine) {
        List<String> parts = new ArrayList<>();
        if (numberLine >= 0) {
            for (int i = numberLine + 1; i < header.size() && i != placeLine; i++) {
                String line = header.get(i);
                if (line.startsWith("ĐẢNG CỘNG SẢN") || line.startsWith("CỘNG HÒA") || line.startsWith("Độc lập")) {
                    break;
                }
                if (line.isEmpty() && !parts.isEmpty()) {
                    break;
                }
                if (!line.isEmpty()) {
                    parts.add(line);
                }
            }
        } else {
            boolean inSubject = false;
            for (String line : header) {
                if (!inSubject && line.toLowerCase(VI).startsWith("về ")) {
                    inSubject = true;
                }
                if (inSubject) {
                    if (line.isEmpty() || line.matches("^[-_=]{3,}$")) {
                        break;
                    }
                    parts.add(line);
                }
            }
        }
        if (parts.isEmpty()) {
            // a plan or programme: the subject is written under its heading ("KẾ HOẠCH" / "tổ chức Hội thi ...")
            for (int i = 0; i < header.size() && parts.isEmpty(); i++) {
                String line = header.get(i);
                if (line.isEmpty() || !line.equals(line.toUpperCase(VI)) || line.length() > 30
                        || DirectiveType.fromName(line).isEmpty()) {
                    continue;
                }
                for (int j = i + 1; j < header.size(); j++) {
                    String next = header.get(j);
                    if (next.isEmpty() || next.matches("^[-_=*]{1,}$")) {
                        if (parts.isEmpty()) {
                            continue;
                        }
                        break;
                    }
                    parts.add(next);
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return capitalize(String.join(" ", parts).replaceAll("\\s+", " ").replaceAll("[.,;]$", ""));
    }

    private static String articleSubject(String rest) {
        if (rest == null || rest.isBlank()) {
            return null;
        }
        String s = rest.strip();
        if (!s.toLowerCase(VI).startsWith("về")) {
            return null;
        }
        for (String stop : List.of(" với mục tiêu", " nhằm ")) {
            int at = s.indexOf(stop);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        return capitalize(s.replaceAll("\\s+", " ").replaceAll("[.,;]$", ""));
    }

    /** The organization at the end of a phrase, e.g. "..., Tỉnh ủy Kiên Giang" → "Tỉnh ủy Kiên Giang". */
    private static String organizationPhrase(String words) {
        String phrase = words.strip();
        int best = -1;
        for (String head : ORGANIZATION_HEADS) {
            int at = phrase.lastIndexOf(head);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best < 0 ? null : phrase.substring(best).strip();
    }

    /** The items of a "Kính gửi:" or "Nơi nhận:" block: one per "-", continuation lines joined. */
    private static List<String> block(List<String> lines, String label) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("^-\\s*", "");
            if (!line.toLowerCase(VI).startsWith(label.toLowerCase(VI))) {
                continue;
            }
            String first = line.substring(label.length()).replaceFirst("^\\s*:\\s*", "").replaceFirst("^-\\s*", "");
            List<String> raw = new ArrayList<>();
            if (!first.isBlank()) {
                raw.add(first);
            }
            for (int j = i + 1; j < lines.size(); j++) {
                String next = lines.get(j);
                if (next.isEmpty()) {
                    if (j + 1 < lines.size() && lines.get(j + 1).startsWith("-")) {
                        continue;
                    }
                    break;
                }
                if (next.startsWith("-")) {
                    raw.add(next.substring(1).strip());
                } else if (!raw.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    raw.set(raw.size() - 1, raw.get(raw.size() - 1) + " " + next);
                } else {
                    break;
                }
            }
            for (String item : raw) {
                String clean = item.replaceAll("\\(\\s*[Bb]/[Cc]\\s*\\)", "").replaceAll("[\\s,;.]+$", "").strip();
                if (!clean.isEmpty()) {
                    items.add(clean);
                }
            }
            return items;
        }
        return items;
    }

    /** Signer and capacity, read only where the text ends like a signed document (Nơi nhận, T/M, K/T). */
    private static String[] signature(List<String> lines) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(VI).startsWith("nơi nhận") || CAPACITY.matcher(lines.get(i)).matches()) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return new String[] { null, null };
        }
        String signer = null;
        List<String> capacity = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = CAPACITY.matcher(line);
            if (m.matches()) {
                capacity.add(m.group(1).toUpperCase(Locale.ROOT) + " " + properCase(m.group(2)));
                if (i + 1 < lines.size() && !lines.get(i + 1).isEmpty()
                        && lines.get(i + 1).equals(lines.get(i + 1).toUpperCase(VI))) {
                    capacity.add(capitalize(lines.get(i + 1).toLowerCase(VI)));
                }
            } else if (PERSON.matcher(line).matches()) {
                signer = line;
            }
        }
        return new String[] { signer, capacity.isEmpty() ? null : String.join(" — ", capacity) };
    }

    private static List<Citation> citations(String text, DirectiveNumber own) {
        Map<String, Citation> byNumber = new LinkedHashMap<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            DirectiveNumber number = DirectiveNumber.parse(m.group(2));
            if (own != null && number.normalized().equals(own.normalized())) {
                continue;
            }
            DirectiveType type = DirectiveType.fromName(m.group(1)).or(() -> DirectiveType.fromCode(number.typeCode()))
                    .orElse(null);
            LocalDate date = m.group(3) == null ? null : date(m.group(3), m.group(4), m.group(5));
            Citation existing = byNumber.get(number.normalized());
            if (existing == null || (existing.issueDate() == null && date != null)) {
                byNumber.put(number.normalized(), new Citation(type, number, date));
            }
        }
        return List.copyOf(byNumber.values());
    }

    /** Numbered items; in a text without numbers, the paragraphs after "... yêu cầu:". */
    private static List<ProposedTask> tasks(List<String> lines, int bodyStart) {
        List<String> paragraphs = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        boolean numbered = lines.stream().skip(bodyStart).anyMatch(l -> ITEM.matcher(l).matches());
        boolean collecting = false;
        int ordinal = 0;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isEndOfItems(line)) {
                break;
            }
            Matcher item = ITEM.matcher(line);
            if (numbered) {
                if (item.matches()) {
                    ordinals.add(Integer.valueOf(item.group(1)));
                    paragraphs.add(item.group(2));
                } else if (!paragraphs.isEmpty() && !line.isEmpty()) {
                    paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + line);
                }
            } else if (collecting) {
                if (line.length() > 60) {
                    ordinals.add(++ordinal);
                    paragraphs.add(line);
                }
            } else if (line.endsWith("yêu cầu:")) {
                collecting = true;
            }
        }
        List<ProposedTask> tasks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String content = paragraphs.get(i).replaceAll("\\s+", " ").strip();
            String lead = null;
            Matcher leadMatch = LEAD.matcher(content);
            if (leadMatch.find() && !leadMatch.group(1).contains("vai trò")) {
                lead = leadMatch.group(1).strip();
            }
            List<String> coordinating = new ArrayList<>();
            Matcher co = COORDINATING.matcher(content);
            if (co.find() && co.start() < 200) {
                coordinating.addAll(splitOrganizations(co.group(1)));
            }
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

    private static boolean isEndOfItems(String line) {
        String l = line.toLowerCase(VI);
        return l.startsWith("nơi nhận") || l.matches("^(chỉ thị|công văn|kế hoạch|nghị quyết|chương trình) này.*")
                || CAPACITY.matcher(line).matches() || l.startsWith("bạn đang đọc");
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
        return Arrays.stream(phrase.split(",|;|\\s+và\\s+")).map(String::strip)
                .map(s -> s.replaceAll("^(?:và|cùng)\\s+", "").replaceAll("\\s+(?:và|cùng)$", ""))
                .map(s -> s.replaceAll("[.:]$", "")).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** "BAN THƯỜNG VỤ HUYỆN ỦY" → "Ban Thường vụ Huyện ủy"; "TỈNH ỦY KIÊN GIANG" → "Tỉnh ủy Kiên Giang". */
    static String properCase(String caps) {
        String words = Arrays.stream(caps.strip().toLowerCase(VI).split("\\s+")).filter(w -> !w.isEmpty())
                .map(DirectiveTextParser::capitalize).collect(Collectors.joining(" "));
        return words.replace("Thường Vụ", "Thường vụ").replace(" Ủy", " ủy").replace("Ủy Ban", "Ủy ban")
                .replace("Ban Chấp Hành", "Ban Chấp hành").replace("Bí Thư", "Bí thư").replace("Nhân Dân", "nhân dân")
                .replace("Đảng Bộ", "Đảng bộ").replace("Mặt Trận", "Mặt trận").replace("Tổ Quốc", "Tổ quốc")
                .replace("Chủ Tịch", "Chủ tịch").replace("Tuyên Giáo", "Tuyên giáo").replace("Dân Vận", "Dân vận")
                .replace(" Và ", " và ").replace("Tổ Chức", "Tổ chức").replace("Kiểm Tra", "Kiểm tra")
                .replace("Nội Chính", "Nội chính").replace("Chính Sách Xã Hội", "Chính sách xã hội")
                .replace("Văn Phòng", "Văn phòng").replace("Phó Trưởng Ban", "Phó trưởng ban")
                .replace("Trưởng Ban", "Trưởng ban");
    }

    private static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
