package vn.danvan.target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The targets with their progress as an Excel workbook: one sheet, Vietnamese headers, dates dd/MM/yyyy. */
final class TargetWorkbook {

    static final String SHEET = "Chỉ tiêu";
    static final List<String> HEADERS = List.of("STT", "Văn bản", "Ngày ban hành", "Chỉ tiêu", "Địa bàn", "Thời hạn",
            "Chỉ tiêu đặt ra", "Đạt", "Trên tổng", "Tỷ lệ (%)", "Tính đến ngày", "Tình trạng");
    static final Map<TargetStatus, String> STATUS = Map.of(TargetStatus.ACHIEVED, "Đạt", TargetStatus.IN_PROGRESS,
            "Đang thực hiện", TargetStatus.MISSED, "Không đạt", TargetStatus.NOT_MEASURABLE, "Không còn đo được");
    static final Map<TargetUnitGroup, String> GROUPS = Map.of(TargetUnitGroup.COMMUNES, "xã",
            TargetUnitGroup.COMMUNE_LEVEL, "xã, phường, đặc khu", TargetUnitGroup.DISTRICTS, "huyện");
    static final Map<TargetTitleLevel, String> LEVELS = Map.of(TargetTitleLevel.STANDARD, "đạt chuẩn nông thôn mới",
            TargetTitleLevel.ADVANCED, "đạt chuẩn nông thôn mới nâng cao", TargetTitleLevel.MODEL,
            "đạt chuẩn nông thôn mới kiểu mẫu", TargetTitleLevel.MODERN, "đạt chuẩn nông thôn mới hiện đại");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int HEADER = 3;

    private TargetWorkbook() {
    }

    static byte[] of(List<TargetDtos.View> targets, String unitName, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DanVan", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            sheet.value(0, 0, "Chỉ tiêu và tiến độ — " + unitName);
            sheet.style(0, 0).bold().fontSize(13).set();
            sheet.value(1, 0, "Ngày lập: " + today.format(DAY) + "; tiến độ đếm từ dữ liệu, không nhập tay");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(HEADER, c, HEADERS.get(c));
            }
            sheet.range(HEADER, 0, HEADER, HEADERS.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true)
                    .borderStyle("thin").set();
            int r = HEADER + 1;
            int ordinal = 1;
            for (TargetDtos.View t : targets) {
                row(sheet, r++, ordinal++, t);
            }
            if (r > HEADER + 1) {
                sheet.range(HEADER + 1, 0, r - 1, HEADERS.size() - 1).style().borderStyle("thin").wrapText(true).set();
            }
            int[] widths = { 6, 16, 13, 48, 24, 12, 14, 10, 10, 10, 13, 40 };
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            sheet.freezePane(0, HEADER + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void row(Worksheet sheet, int r, int ordinal, TargetDtos.View t) {
        TargetDtos.Progress p = t.progress();
        sheet.value(r, 0, ordinal);
        sheet.value(r, 1, t.directive().number());
        sheet.value(r, 2, t.directive().issueDate() == null ? null : t.directive().issueDate().format(DAY));
        sheet.value(r, 3, describe(t));
        sheet.value(r, 4, t.scopeUnit().name()
                + (t.scopeUnit().validTo() == null ? "" : " (đến " + t.scopeUnit().validTo().format(DAY) + ")"));
        sheet.value(r, 5, t.deadline().format(DAY));
        sheet.value(r, 6, value(t));
        if (p.counted() != null) {
            sheet.value(r, 7, p.counted());
        }
        if (p.of() != null) {
            sheet.value(r, 8, p.of());
        }
        if (p.share() != null) {
            sheet.value(r, 9, p.share());
        }
        sheet.value(r, 10, p.asOf().format(DAY));
        sheet.value(r, 11, STATUS.get(p.status()) + (p.reasonText() == null ? "" : ": " + p.reasonText()));
    }

    /** The target as the document words it, or in words made from its measure. */
    static String describe(TargetDtos.View t) {
        if (t.wording() != null) {
            return t.wording();
        }
        return switch (t.measure()) {
        case UNITS_WITH_TITLE -> value(t) + " " + GROUPS.get(t.unitGroup()) + " " + LEVELS.get(t.titleLevel());
        case RECOGNIZED_AREAS -> value(t) + " khu dân cư được công nhận "
                + (t.title() == null ? "" : "“" + t.title().name() + "”");
        case RECOGNIZED_MODELS -> value(t) + " mô hình “Dân vận khéo” được công nhận";
        };
    }

    /** "100%", "≥ 30", "7–9". */
    static String value(TargetDtos.View t) {
        String min = number(t.valueMin());
        String unit = t.expression() == TargetExpression.SHARE ? "%" : "";
        if (t.valueMax() != null && !t.valueMax().equals(t.valueMin())) {
            return min + "–" + number(t.valueMax()) + unit;
        }
        return t.expression() == TargetExpression.SHARE ? min + unit : "≥ " + min;
    }

    private static String number(Double d) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))).format(d);
    }
}
