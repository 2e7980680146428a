package vn.danvan.directive.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.danvan.directive.parse.DirectiveDraft.ProposedTask;

/**
 * The tasks a directive assigns, read from its numbered items (or, in running text, from the paragraphs that give a
 * body the lead), each with its lead body ("A chủ trì") and the bodies that coordinate ("phối hợp với B, C"), in the
 * many word orders documents use.
 */
final class TaskItems {

    private static final Locale VI = VietnameseText.VI;
    private static final int FLAGS = DirectiveReferences.FLAGS;
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^([IVX]{1,4})\\.\\s+(\\S.*)$");
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

    private TaskItems() {
    }

    /**
     * Numbered items (only those under "TỔ CHỨC THỰC HIỆN" when the document has sections); in a text without numbers,
     * the paragraphs after "... yêu cầu:", or else each paragraph that gives a body the lead ("... chủ trì").
     */
    static List<ProposedTask> read(PastedText text, int bodyStart) {
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
