package vn.danvan.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the names of bodies end in a sentence. In "A chủ trì, phối hợp với B, C, D hướng dẫn các ấp nhân rộng ..." the
 * coordinating bodies are B, C and D: the list ends where the verb phrase begins ("hướng dẫn ..."), not at the full
 * stop. A name ends at a word that starts a verb phrase or an adverbial (written in lower case, or in a text written
 * all in capitals), or at a lower-case word that follows the unit that closes most names ("... xã", "... Tỉnh ủy", "...
 * cùng cấp"). Words are compared without diacritics so that a text typed without them reads the same.
 */
final class BodyNames {

    /** Words (without diacritics) that begin what a body does, or how, where, when: never part of its name. */
    private static final Set<String> VERB_STARTS = Set.of("huong dan", "bo tri", "ra soat", "theo doi", "tham muu",
            "giup", "trien khai", "thuc hien", "xay dung", "tuyen truyen", "van dong", "kiem tra", "giam sat",
            "don doc", "tong hop", "bao cao", "chi dao", "lanh dao", "khao sat", "thong nhat", "day manh", "dam nhan",
            "nhan rong", "phat dong", "ho tro", "huy dong", "bieu duong", "khen thuong", "danh gia", "lua chon",
            "chuan bi", "pho bien", "quan triet", "tap huan", "boi duong", "so ket", "tong ket", "tham dinh",
            "tiep nhan", "de xuat", "ban hanh", "trinh", "tiep tuc", "tap trung", "quan tam", "co trach nhiem",
            "chiu trach nhiem", "phoi hop", "chu tri", "dang ky", "gui", "lam", "bao dam", "dam bao", "tang cuong",
            "duy tri", "cap nhat", "nam tinh hinh", "nam bat", "giai quyet", "thi hanh", "mo", "dua", "thong bao", "cu",
            "phan cong", "ra quan", "tham", "tang", "trong", "de", "nham", "theo", "tai", "ve", "voi", "cua", "cho",
            "den", "khi", "neu", "ma", "da", "se", "duoc", "bi", "phai", "khong", "chua", "vua", "moi", "deu", "luon",
            "ky", "truoc", "sau", "hang", "dinh ky", "thuong xuyen", "kip thoi", "tich cuc", "chu dong", "nghien cuu",
            "dieu tra", "kien toan", "thanh lap", "phan anh", "phat huy", "nang cao", "doi moi", "tao", "bam sat",
            "hoan thanh", "tiep xuc", "doi thoai", "xu ly", "thu thap", "ke hoach", "tham gia", "dong gop", "ung ho",
            "lay", "gop", "dang tai", "thuc day");
    /**
     * "tổ chức" is a verb ("tổ chức Ngày hội") unless a kind of organization follows ("tổ chức chính trị - xã hội").
     */
    private static final Set<String> ORGANIZATION_AFTER_TO_CHUC = Set.of("thanh", "chinh", "dang", "co", "xa", "quan",
            "hoi", "doan", "ton");
    /** The units and levels that close a body's name; a lower-case word after one of them begins the predicate. */
    private static final Set<String> UNIT_ENDS = Set.of("tinh", "huyen", "xa", "phuong", "ap", "thon", "thi tran",
            "dac khu", "cung cap", "lien quan", "uy", "truc thuoc", "trung uong", "thanh pho", "khu pho", "dia phuong",
            "to dan pho");
    /** Lower-case words that go on a name even after its unit ("... các xã và thị trấn", "... huyện ủy viên"). */
    private static final Set<String> NAME_WORDS = Set.of("va", "cac", "-", "hoi", "nhan", "dan", "co", "dang", "vien",
            "thanh", "chinh", "tri", "doan", "the", "chung", "chuyen", "mon", "truc", "thuoc", "lien", "quan", "ban");
    /** Words that may follow a comma inside one name: "các xã, phường, đặc khu". */
    private static final Set<String> UNIT_WORDS = Set.of("xa", "phuong", "thi tran", "dac khu", "huyen", "thanh pho",
            "thi xa", "quan", "thanh uy", "thi uy", "huyen uy", "dang uy", "ap", "khu pho", "to dan pho");
    /** Words that begin a new body after "và": "A và các cơ quan liên quan", "A và Ban Thường vụ Huyện đoàn". */
    private static final Set<String> BODY_HEADS = Set.of("ban", "hoi", "uy", "ubnd", "so", "van", "dang", "doan",
            "lien", "mat", "mttq", "cong", "phong", "tram", "truong", "bao", "dai", "thanh", "cac", "chi", "tinh",
            "huyen", "thuong", "hdnd", "ubmttq", "ubmttqvn", "to", "trung", "cuc", "vien", "bo", "thu");

    private BodyNames() {
    }

    /** The body named at the start of {@code phrase}: the phrase up to where its predicate begins. */
    static String nameAtStart(String phrase) {
        List<String> names = namesAtStart(phrase, false);
        return names.isEmpty() ? null : names.get(0);
    }

    /** The bodies listed at the start of {@code phrase} ("B, C và D làm ..." → B, C, D). */
    static List<String> listAtStart(String phrase) {
        return namesAtStart(phrase, true);
    }

    private static List<String> namesAtStart(String phrase, boolean list) {
        List<String> names = new ArrayList<>();
        if (phrase == null) {
            return names;
        }
        String[] words = phrase.strip().split("\\s+");
        boolean capitals = VietnameseText.isAllCapitals(phrase);
        StringBuilder name = new StringBuilder();
        boolean afterUnit = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean comma = word.endsWith(",") || word.endsWith(";");
            String bare = bare(word);
            if (bare.isEmpty()) {
                continue;
            }
            String key = key(bare);
            String two = i + 1 < words.length ? key + " " + key(bare(words[i + 1])) : key;
            String three = i + 2 < words.length ? two + " " + key(bare(words[i + 2])) : two;
            boolean lower = !VietnameseText.startsWithCapital(bare);
            // a name never starts with a verb either: "phối hợp, giúp đỡ ..." names no body
            if ((lower || capitals && name.length() > 0) && startsPredicate(key, two, three, words, i, capitals)) {
                break;
            }
            if (name.length() > 0 && lower && afterUnit && !isNameWord(key, two)) {
                break;
            }
            if (list && key.equals("va") && name.length() > 0 && i + 1 < words.length
                    && startsNewBody(words[i + 1], name)) {
                add(names, name);
                afterUnit = false;
                continue;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(bare);
            // a capital after the unit begins a proper name or another part of the name ("Đảng ủy Mặt trận ...")
            // "ủy" closes "Tỉnh ủy", "Đảng ủy"; "Ủy" opens "Ủy ban"
            afterUnit = key.equals("uy") ? lower : UNIT_ENDS.contains(key) || UNIT_ENDS.contains(lastTwo(name));
            if (comma) {
                if (!list) {
                    // a lead's name keeps its units ("Ban dân vận các huyện ủy, thành ủy")
                    name.append(',');
                    continue;
                }
                add(names, name);
                afterUnit = false;
                if (word.endsWith(";")) {
                    break;
                }
            }
        }
        add(names, name);
        if (!list && !names.isEmpty()) {
            String only = names.get(0).replaceAll(",$", "");
            names.set(0, only);
        }
        return names;
    }

    private static boolean startsPredicate(String key, String two, String three, String[] words, int i,
            boolean capitals) {
        if (capitals && i > 0 && key(words[i - 1]).equals("ban")) {
            return false; // "ỦY BAN KIỂM TRA": a committee's name, in capitals
        }
        if (two.equals("cung cap")) {
            // "cung cấp" provides, "cùng cấp" is a level; without diacritics it is read as the level
            return words[i].toLowerCase(VietnameseText.VI).equals("cung")
                    && words[i + 1].toLowerCase(VietnameseText.VI).startsWith("cấp");
        }
        if (two.equals("to chuc")) {
            String next = three.substring(Math.min(three.length(), two.length())).strip();
            String nextTwo = i + 3 < words.length ? next + " " + key(bare(words[i + 3])) : next;
            return VERB_STARTS.contains(nextTwo) || !ORGANIZATION_AFTER_TO_CHUC.contains(next);
        }
        return VERB_STARTS.contains(three) || VERB_STARTS.contains(two) || VERB_STARTS.contains(key);
    }

    private static boolean isNameWord(String key, String two) {
        return UNIT_ENDS.contains(key) || UNIT_WORDS.contains(key) || UNIT_WORDS.contains(two)
                || NAME_WORDS.contains(key);
    }

    private static boolean startsNewBody(String next, CharSequence soFar) {
        String key = key(bare(next));
        String last = key(lastWord(soFar));
        if ((last.equals("hdnd") || last.equals("dan")) && (key.equals("ubnd") || key.equals("uy"))) {
            return false; // "Văn phòng HĐND và UBND xã" is one office
        }
        return BODY_HEADS.contains(key) && (VietnameseText.startsWithCapital(next) || key.equals("cac"));
    }

    private static void add(List<String> names, StringBuilder name) {
        String n = bare(name.toString().strip()).replaceAll("^(?i)(?:và|cùng|va|cung)\\s+", "");
        name.setLength(0);
        if (n.isEmpty()) {
            return;
        }
        // "các xã, phường, đặc khu": a unit alone after a comma belongs to the name before it
        if (!names.isEmpty() && UNIT_WORDS.contains(key(n))) {
            names.set(names.size() - 1, names.get(names.size() - 1) + ", " + n);
            return;
        }
        names.add(n);
    }

    private static String lastWord(CharSequence s) {
        String t = s.toString().strip();
        int space = t.lastIndexOf(' ');
        return space < 0 ? t : t.substring(space + 1);
    }

    private static String lastTwo(CharSequence s) {
        String t = s.toString().strip();
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            return key(t);
        }
        int before = t.lastIndexOf(' ', space - 1);
        return key(t.substring(before + 1));
    }

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.]+$");

    /** The word without the punctuation that follows it ("xã," → "xã"). */
    private static String bare(String word) {
        return TRAILING_PUNCTUATION.matcher(word).replaceAll("");
    }

    static String key(String word) {
        return VietnameseText.fold(word).toLowerCase(Locale.ROOT);
    }
}
