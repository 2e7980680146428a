package vn.danvan.directive.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Vietnamese spelling helpers. {@link #fold(String)} gives a twin of a composed (NFC) text without diacritics, of the
 * same length, so that one pattern written without diacritics finds "Nơi nhận", "NƠI NHẬN" and "Noi nhan" and the
 * match's indices still point into the original text.
 */
final class VietnameseText {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** The base letter of every character from U+0000 to U+1EFF (Latin with Vietnamese diacritics included). */
    private static final char[] BASE = new char[0x1F00];

    static {
        for (char c = 0; c < BASE.length; c++) {
            char base = c;
            if (c >= 0x80) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (!decomposed.isEmpty() && decomposed.charAt(0) < 0x80) {
                    base = decomposed.charAt(0);
                }
            }
            BASE[c] = base;
        }
        BASE['đ'] = 'd';
        BASE['Đ'] = 'D';
    }

    private VietnameseText() {
    }

    /** The text without diacritics, character for character ("Đảng ủy" → "Dang uy"); same length as the input. */
    static String fold(String composed) {
        char[] chars = composed.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x80 && c < BASE.length) {
                chars[i] = BASE[c];
            }
        }
        return new String(chars);
    }

    /** True when the text has letters and none of them is lower case ("TỈNH ỦY KIÊN GIANG"). */
    static boolean isAllCapitals(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    static boolean startsWithCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    /** Each word capitalized: a person's name written in capitals ("NGUYỄN VĂN AN" → "Nguyễn Văn An"). */
    static String titleCase(String caps) {
        return Arrays.stream(caps.strip().toLowerCase(VI).split("\\s+")).filter(w -> !w.isEmpty())
                .map(VietnameseText::capitalize).collect(Collectors.joining(" "));
    }

    /** A line in capitals written as a sentence: "VỀ TĂNG CƯỜNG ..." → "Về tăng cường ...". */
    static String sentenceCase(String caps) {
        return capitalize(caps.toLowerCase(VI));
    }

    /** "BAN THƯỜNG VỤ HUYỆN ỦY" → "Ban Thường vụ Huyện ủy"; "TỈNH ỦY KIÊN GIANG" → "Tỉnh ủy Kiên Giang". */
    static String properCase(String caps) {
        String words = titleCase(caps);
        return words.replace("Thường Vụ", "Thường vụ").replace("Thường Trực", "Thường trực").replace(" Ủy", " ủy")
                .replace("Ủy Ban", "Ủy ban").replace("Ban Chấp Hành", "Ban Chấp hành").replace("Bí Thư", "Bí thư")
                .replace("Nhân Dân", "nhân dân").replace("Đảng Bộ", "Đảng bộ").replace("Mặt Trận", "Mặt trận")
                .replace("Tổ Quốc", "Tổ quốc").replace("Chủ Tịch", "Chủ tịch").replace("Tuyên Giáo", "Tuyên giáo")
                .replace("Dân Vận", "Dân vận").replace(" Và ", " và ").replace("Tổ Chức", "Tổ chức")
                .replace("Kiểm Tra", "Kiểm tra").replace("Nội Chính", "Nội chính")
                .replace("Chính Sách Xã Hội", "Chính sách xã hội").replace("Văn Phòng", "Văn phòng")
                .replace("Phó Trưởng Ban", "Phó trưởng ban").replace("Trưởng Ban", "Trưởng ban")
                .replace("Nông Dân", "Nông dân").replace("Nội Vụ", "Nội vụ").replace("Liên Hiệp", "Liên hiệp")
                .replace("Phụ Nữ", "Phụ nữ").replace("Thanh Niên", "Thanh niên").replace("Tỉnh Đoàn", "Tỉnh đoàn")
                .replace("Huyện Đoàn", "Huyện đoàn");
    }
}
