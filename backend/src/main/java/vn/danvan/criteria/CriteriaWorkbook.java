package vn.danvan.criteria;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A set's groups and criteria as .xlsx, in the template's columns (openapi.yaml, getCriteriaSetTemplate): sheet "Tiêu
 * chí", one row per criterion or indicator, the group on every row, an indicator naming its criterion's code. The
 * template is the same sheet with one example row per kind, and a sheet of instructions.
 */
final class CriteriaWorkbook {

    static final String SHEET = "Tiêu chí";
    static final String GUIDE = "Hướng dẫn";
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("Mã nhóm", "Tên nhóm", "Mã", "Mã tiêu chí cha", "Tiêu chí", "Loại",
            "Điểm tối đa", "Đơn vị", "So sánh", "Ngưỡng", "Bắt buộc", "Then chốt", "Minh chứng");
    static final String YES = "có";
    static final String NO = "không";

    private static final int[] WIDTHS = { 10, 30, 10, 14, 60, 12, 12, 10, 9, 10, 10, 10, 40 };

    private CriteriaWorkbook() {
    }

    static byte[] of(CriteriaDtos.Set set) {
        Map<String, String> groupNames = set.groups().stream()
                .collect(Collectors.toMap(CriteriaDtos.Group::code, CriteriaDtos.Group::name, (a, b) -> a));
        List<Object[]> rows = new ArrayList<>();
        for (CriteriaDtos.Criterion c : set.criteria()) {
            String group = c.groupCode();
            rows.add(row(group, group == null ? null : groupNames.get(group), c.code(), null, c.name(), c.kind(),
                    c.maxPoints(), c.unitOfMeasure(), c.comparison(), c.threshold(), c.required(), c.key(),
                    c.expectedEvidence()));
            for (CriteriaDtos.Indicator n : CriteriaDocument.orEmpty(c.indicators())) {
                rows.add(row(group, group == null ? null : groupNames.get(group), n.code(), c.code(), n.name(),
                        n.kind(), n.maxPoints(), n.unitOfMeasure(), n.comparison(), n.threshold(), n.required(),
                        n.key(), n.expectedEvidence()));
            }
        }
        return workbook(rows, false);
    }

    /** The template: the columns and one example row per kind (and an indicator), marked as examples. */
    static byte[] template() {
        List<Object[]> rows = List.of(
                row("I", "Nhóm ví dụ thứ nhất", "1", null, "Tiêu chí đạt / không đạt (ví dụ)", CriterionKind.PASS_FAIL,
                        null, null, null, null, true, true, "Biên bản, danh sách minh chứng (ví dụ)"),
                row("I", "Nhóm ví dụ thứ nhất", "1.1", "1", "Chỉ tiêu định lượng của tiêu chí 1 (ví dụ)",
                        CriterionKind.NUMERIC, null, "%", ">=", new BigDecimal("90"), true, false,
                        "Số liệu thống kê (ví dụ)"),
                row("II", "Nhóm ví dụ thứ hai", "2", null, "Tiêu chí chấm điểm (ví dụ)", CriterionKind.SCORED,
                        new BigDecimal("10"), null, null, null, false, false, null),
                row("II", "Nhóm ví dụ thứ hai", "3", null, "Tiêu chí định lượng (ví dụ)", CriterionKind.NUMERIC, null,
                        "hộ", "<=", new BigDecimal("3"), true, false, "Danh sách hộ (ví dụ)"));
        return workbook(rows, true);
    }

    private static Object[] row(String groupCode, String groupName, String code, String parentCode, String name,
            CriterionKind kind, BigDecimal maxPoints, String unit, String comparison, BigDecimal threshold,
            boolean required, boolean key, String evidence) {
        return new Object[] { groupCode, groupName, code, parentCode, name, kind.name(), maxPoints, unit, comparison,
                threshold, required ? YES : NO, key ? YES : NO, evidence };
    }

    private static byte[] workbook(List<Object[]> rows, boolean guide) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DanVan", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                sheet.width(c, WIDTHS[c]);
            }
            sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().wrapText(true).fillColor("D9E2F3")
                    .borderStyle("thin").set();
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof BigDecimal number) {
                        sheet.value(r + 1, c, number);
                    } else if (row[c] != null) {
                        sheet.value(r + 1, c, (String) row[c]);
                    }
                }
            }
            sheet.freezePane(0, 1);
            if (guide) {
                guide(workbook.newWorksheet(GUIDE));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void guide(Worksheet sheet) {
        List<String[]> lines = List.of(new String[] { "Cột", "Cách ghi" },
                new String[] { "Mã nhóm, Tên nhóm",
                        "Nhóm của tiêu chí (có thể để trống); ghi tên ở dòng đầu của nhóm" },
                new String[] { "Mã", "Mã tiêu chí hoặc chỉ tiêu, không trùng trong bộ (tối đa 20 ký tự)" },
                new String[] { "Mã tiêu chí cha", "Với một chỉ tiêu: mã của tiêu chí ở dòng phía trên nó" },
                new String[] { "Loại", "PASS_FAIL (đạt/không đạt), SCORED (chấm điểm), NUMERIC (định lượng)" },
                new String[] { "Điểm tối đa", "Bắt buộc với SCORED" },
                new String[] { "So sánh, Ngưỡng", "Bắt buộc với NUMERIC: >=, <= hoặc =, và một số" },
                new String[] { "Bắt buộc, Then chốt", "có / không (để trống: bắt buộc là có, then chốt là không)" },
                new String[] { "Giới hạn", "Tối đa " + CriteriaDocument.MAX_ROWS + " dòng, tệp tối đa 2 MB" },
                new String[] { "Lưu ý", "Các dòng mẫu ở trang \"" + SHEET
                        + "\" chỉ là ví dụ: hãy thay bằng bộ tiêu chí " + "do cơ quan có thẩm quyền ban hành" });
        Function<Integer, Integer> width = c -> c == 0 ? 22 : 90;
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < 2; c++) {
                sheet.value(r, c, lines.get(r)[c]);
                sheet.width(c, width.apply(c));
            }
        }
        sheet.range(0, 0, 0, 1).style().bold().set();
    }
}
