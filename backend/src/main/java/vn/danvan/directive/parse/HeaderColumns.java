package vn.danvan.directive.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes a Word table pasted as text. A State document's header is a two-column table (issuer and number on the left,
 * the national motto and "An Giang, ngày ..." on the right), and so is the foot of many documents ("Nơi nhận" on the
 * left, the signing block on the right); pasted, each row becomes one line with the cells separated by tabs or a run of
 * spaces. Within a run of such lines (up to the next empty line) this gives the left cells in order, then the right
 * cells, as if the columns had been pasted one under the other.
 */
final class HeaderColumns {

    /** Cells longer than this are paragraphs, not table cells: a tab inside a paragraph splits nothing. */
    private static final int MAX_CELL = 100;
    /** Spaces that separate two cells (fewer are a typing slip inside one cell). */
    private static final int GAP_SPACES = 3;

    private HeaderColumns() {
    }

    /** The lines with two-column rows unfolded; {@code meter} is charged for every character looked at. */
    static List<String> unfold(List<String> rawLines, WorkMeter meter) {
        List<String> out = new ArrayList<>(rawLines.size());
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean inTable = false;
        for (String raw : rawLines) {
            meter.step(raw.length() + 1);
            String[] cells = cells(raw);
            if (cells == null) {
                // one cell: inside a table an indented line is the right column's, any other the left column's
                String line = raw.strip();
                if (inTable && !line.isEmpty()) {
                    (isIndented(raw) ? right : left).add(line);
                    continue;
                }
                if (inTable) {
                    flush(out, left, right);
                    inTable = false;
                }
                out.add(line);
            } else {
                inTable = true;
                left.add(cells[0]);
                right.add(cells[1]);
            }
        }
        flush(out, left, right);
        return out;
    }

    private static void flush(List<String> out, List<String> left, List<String> right) {
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
    }

    private static boolean isIndented(String raw) {
        int spaces = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                break;
            }
            spaces++;
        }
        return spaces >= GAP_SPACES;
    }

    /** The two cells of a row ("ỦY BAN NHÂN DÂN\tCỘNG HÒA ..."), or null when the line is one cell. */
    private static String[] cells(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        int leftStart = i;
        // the first gap after the left cell's text: a tab, or GAP_SPACES spaces or more
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '\t') {
                break;
            }
            if (c == ' ') {
                int j = i;
                while (j < n && raw.charAt(j) == ' ') {
                    j++;
                }
                if (j - i >= GAP_SPACES || (j < n && raw.charAt(j) == '\t')) {
                    break;
                }
                i = j;
                continue;
            }
            i++;
        }
        if (i >= n || i == leftStart) {
            return null;
        }
        String left = raw.substring(leftStart, i).strip();
        String right = raw.substring(i).strip();
        if (right.isEmpty() || left.length() > MAX_CELL || right.length() > MAX_CELL || isListMarker(left)) {
            return null;
        }
        return new String[] { left, right };
    }

    /** "1.", "-", "a)", "+": the start of a list item, whose text follows the tab. */
    private static boolean isListMarker(String cell) {
        return cell.length() <= 4 && cell.matches("[-+•*]|\\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}\\.");
    }
}
