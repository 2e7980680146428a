package vn.danvan.directive;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (số, ký hiệu) exactly as written, with the parts that could be read from it. Party style (Quy định
 * 66-QĐ/TW): {@code 632-CV/TU}, {@code Số 70 -CV/TU}, {@code 01-CTr/BDVTW}. State style (Nghị định 30/2020/NĐ-CP):
 * {@code 88/2016/NQLT/CP-ĐCTUBTWMTTQVN}, {@code 12/ĐA-MTTQ}, {@code 25/TTr-MTTW-BTT}. A number that fits neither is
 * kept and flagged, never rejected.
 */
public record DirectiveNumber(String text, NumberStyle style, Integer sequence, Integer year, String typeCode,
        String issuerCode) {

    private static final String LETTERS = "A-Za-zĐđÂâĂăÊêÔôƠơƯư";
    private static final Pattern PREFIX = Pattern.compile("^\\s*(?:s[ốo]\\s*:?\\s*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARTY = Pattern.compile("^(\\d{1,6})\\s*-\\s*([" + LETTERS + "]{1,10})\\s*/\\s*(["
            + LETTERS + "0-9]+(?:-[" + LETTERS + "0-9]+)*)$");
    private static final Pattern STATE = Pattern.compile("^(\\d{1,6})\\s*/\\s*(?:((?:19|20)\\d{2})\\s*/\\s*)?(["
            + LETTERS + "]{1,10})(?:\\s*[-/]\\s*([" + LETTERS + "0-9]+(?:\\s*-\\s*[" + LETTERS + "0-9]+)*))?$");

    public static DirectiveNumber parse(String text) {
        if (text == null || text.isBlank()) {
            return new DirectiveNumber(text, NumberStyle.UNPARSED, null, null, null, null);
        }
        String body = PREFIX.matcher(text).replaceFirst("").strip();
        Matcher party = PARTY.matcher(body);
        if (party.matches()) {
            return new DirectiveNumber(text, NumberStyle.PARTY, Integer.valueOf(party.group(1)), null, party.group(2),
                    party.group(3));
        }
        Matcher state = STATE.matcher(body);
        if (state.matches()) {
            Integer year = state.group(2) == null ? null : Integer.valueOf(state.group(2));
            String issuer = state.group(4) == null ? null : state.group(4).replaceAll("\\s+", "");
            return new DirectiveNumber(text, NumberStyle.STATE, Integer.valueOf(state.group(1)), year, state.group(3),
                    issuer);
        }
        return new DirectiveNumber(text, NumberStyle.UNPARSED, null, null, null, null);
    }

    public boolean parsed() {
        return style != NumberStyle.UNPARSED;
    }

    /** A spelling-insensitive key: "Số 70 -CV/TU" and "70-CV/TU" are the same number. */
    public String normalized() {
        if (!parsed()) {
            return text == null ? "" : text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        }
        return switch (style) {
        case PARTY -> sequence + "-" + typeCode.toUpperCase(Locale.ROOT) + "/" + issuerCode.toUpperCase(Locale.ROOT);
        default -> sequence + "/" + (year == null ? "" : year + "/") + typeCode.toUpperCase(Locale.ROOT)
                + (issuerCode == null ? "" : "-" + issuerCode.toUpperCase(Locale.ROOT));
        };
    }
}
