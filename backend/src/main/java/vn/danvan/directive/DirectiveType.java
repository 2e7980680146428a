package vn.danvan.directive;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of document in the register: the Party's list (Quy định 399-QĐ/TW and its predecessors) and the State's.
 * The Vietnamese name is how a text names the kind.
 */
public enum DirectiveType {
    RESOLUTION("Nghị quyết", "NQ"), JOINT_RESOLUTION("Nghị quyết liên tịch", "NQLT"), DECISION("Quyết định", "QĐ"),
    REGULATION("Quy định", "QĐ"), DIRECTIVE("Chỉ thị", "CT"), CONCLUSION("Kết luận", "KL"), STATUTE("Quy chế", "QC"),
    CIRCULAR_PARTY("Thông tri", "TTr"), GUIDANCE("Hướng dẫn", "HD"), NOTICE("Thông báo", "TB"), PLAN("Kế hoạch", "KH"),
    PROGRAMME("Chương trình", "CTr"), PROJECT("Đề án", "ĐA"), OFFICIAL_LETTER("Công văn", "CV"),
    REPORT("Báo cáo", "BC"), SUBMISSION("Tờ trình", "TTr"), DECREE("Nghị định", "NĐ"), CIRCULAR("Thông tư", "TT");

    private static final Map<String, DirectiveType> UNAMBIGUOUS_CODES = Map.ofEntries(Map.entry("NQ", RESOLUTION),
            Map.entry("NQLT", JOINT_RESOLUTION), Map.entry("CT", DIRECTIVE), Map.entry("KL", CONCLUSION),
            Map.entry("QC", STATUTE), Map.entry("HD", GUIDANCE), Map.entry("TB", NOTICE), Map.entry("KH", PLAN),
            Map.entry("CTR", PROGRAMME), Map.entry("ĐA", PROJECT), Map.entry("CV", OFFICIAL_LETTER),
            Map.entry("BC", REPORT), Map.entry("NĐ", DECREE), Map.entry("TT", CIRCULAR));

    private final String vietnamese;
    private final String code;

    DirectiveType(String vietnamese, String code) {
        this.vietnamese = vietnamese;
        this.code = code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String code() {
        return code;
    }

    /**
     * The type a number's code names, when it names only one: "QĐ" is quyết định or quy định, and "TTr" is a Party
     * thông tri or a State tờ trình, so those give nothing and the type is stored explicitly.
     */
    public static Optional<DirectiveType> fromCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(UNAMBIGUOUS_CODES.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The type a Vietnamese name names, e.g. "Chỉ thị", "CÔNG VĂN", "Chương trình hành động". */
    public static Optional<DirectiveType> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.forLanguageTag("vi"));
        if (n.startsWith("chương trình")) {
            return Optional.of(PROGRAMME);
        }
        DirectiveType best = null;
        for (DirectiveType t : values()) {
            String v = t.vietnamese.toLowerCase(Locale.forLanguageTag("vi"));
            if (n.equals(v) || n.startsWith(v + " ")) {
                if (best == null || v.length() > best.vietnamese.length()) {
                    best = t;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
