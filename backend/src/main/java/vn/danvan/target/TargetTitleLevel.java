package vn.danvan.target;

import java.util.Arrays;
import java.util.List;

/**
 * The NTM levels a commune holds, lowest first (STANDARD < ADVANCED < MODEL < MODERN), each with the code of its title.
 * A target of a level counts the units holding it or a higher one; STANDARD ("communes NTM") counts every level.
 */
public enum TargetTitleLevel {
    STANDARD("XA-NTM"), ADVANCED("XA-NTM-NANG-CAO"), MODEL("XA-NTM-KIEU-MAU"), MODERN("XA-NTM-HIEN-DAI");

    final String titleCode;

    TargetTitleLevel(String titleCode) {
        this.titleCode = titleCode;
    }

    /** The 1-based rank, as the counting SQL computes it. */
    int rank() {
        return ordinal() + 1;
    }

    static TargetTitleLevel ofRank(int rank) {
        return values()[rank - 1];
    }

    /** Every NTM title code, lowest level first. */
    static List<String> titleCodes() {
        return Arrays.stream(values()).map(l -> l.titleCode).toList();
    }
}
