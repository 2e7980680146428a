package vn.danvan.recognition.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The counts as an Excel workbook: the table by unit (the total, then each unit right under it), the total by title and
 * by state, and the criteria worst first; Vietnamese headers, dates dd/MM/yyyy.
 */
final class RecognitionCountWorkbook {

    static final String BY_UNIT = "Theo đơn vị";
    static final String BY_TITLE = "Theo danh hiệu";
    static final String CRITERIA = "Tiêu chí";
    static final List<String> FIGURES = List.of("Đăng ký", "Không công nhận", "Được công nhận", "Còn hiệu lực",
            "Hết hiệu lực", "Bị thu hồi", "Mất danh hiệu (tái đánh giá)");
    static final Map<String, String> STATES = Map.of("REGISTERED", "Đã đăng ký", "SELF_ASSESSED", "Đã tự đánh giá",
            "REVIEWED", "Xã đã thẩm định", "POSTED", "Đang/đã niêm yết", "VOTED", "Hội đồng đã bỏ phiếu", "APPRAISED",
            "Đã thẩm định cấp quyết định", "RECOGNIZED", "Được công nhận", "REFUSED", "Không công nhận", "WITHDRAWN",
            "Đã rút hồ sơ");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int HEADER = 3;

    private RecognitionCountWorkbook() {
    }

    static byte[] of(RecognitionCountDtos.Counts counts, RecognitionCountDtos.CriterionFailures failures,
            LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DanVan", "1.0");
            byUnit(workbook.newWorksheet(BY_UNIT), counts, today);
            byTitle(workbook.newWorksheet(BY_TITLE), counts, today);
            criteria(workbook.newWorksheet(CRITERIA), counts, failures, today);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void byUnit(Worksheet sheet, RecognitionCountDtos.Counts c, LocalDate today) {
        title(sheet, c, today);
        header(sheet, List.of("STT", "Mã đơn vị", "Đơn vị"), FIGURES);
        int r = HEADER + 1;
        sheet.value(r, 1, c.total().unit().code());
        sheet.value(r, 2, "Tổng cộng: " + c.total().unit().name());
        figures(sheet, r, 3, c.total().counts());
        sheet.range(r, 0, r, 2 + FIGURES.size()).style().bold().borderStyle("thin").set();
        r++;
        int ordinal = 1;
        for (RecognitionCountDtos.Row row : c.rows()) {
            sheet.value(r, 0, ordinal++);
            sheet.value(r, 1, row.unit().code());
            sheet.value(r, 2, row.unit().name());
            figures(sheet, r, 3, row.counts());
            r++;
        }
        if (r > HEADER + 2) {
            sheet.range(HEADER + 2, 0, r - 1, 2 + FIGURES.size()).style().borderStyle("thin").set();
        }
        sheet.width(0, 6);
        sheet.width(1, 12);
        sheet.width(2, 40);
        for (int col = 3; col < 3 + FIGURES.size(); col++) {
            sheet.width(col, 14);
        }
        sheet.freezePane(3, HEADER + 1);
    }

    private static void byTitle(Worksheet sheet, RecognitionCountDtos.Counts c, LocalDate today) {
        title(sheet, c, today);
        header(sheet, List.of("STT", "Mã danh hiệu", "Danh hiệu"), FIGURES);
        Map<Long, RecognitionCountDtos.Figures> figures = new HashMap<>();
        c.total().byTitle().forEach(t -> figures.put(t.titleId(), t.counts()));
        int r = HEADER + 1;
        int ordinal = 1;
        for (RecognitionCountDtos.TitleRef t : c.titles()) {
            sheet.value(r, 0, ordinal++);
            sheet.value(r, 1, t.code());
            sheet.value(r, 2, t.name());
            figures(sheet, r, 3, figures.getOrDefault(t.id(), RecognitionCountDtos.Figures.ZERO));
            r++;
        }
        sheet.value(r, 2, "Tổng cộng");
        figures(sheet, r, 3, c.total().counts());
        sheet.style(r, 2).bold().set();
        r += 2;
        sheet.value(r, 2, "Hồ sơ của năm theo bước");
        sheet.value(r, 3, "Số hồ sơ");
        sheet.range(r, 0, r, 3).style().bold().fillColor("D9E2F3").borderStyle("thin").set();
        r++;
        for (RecognitionCountDtos.StateCount s : c.total().byState()) {
            sheet.value(r, 2, STATES.getOrDefault(s.state(), s.state()));
            sheet.value(r, 3, s.cases());
            r++;
        }
        sheet.width(0, 6);
        sheet.width(1, 22);
        sheet.width(2, 40);
        for (int col = 3; col < 3 + FIGURES.size(); col++) {
            sheet.width(col, 14);
        }
    }

    private static void criteria(Worksheet sheet, RecognitionCountDtos.Counts c,
            RecognitionCountDtos.CriterionFailures f, LocalDate today) {
        title(sheet, c, today);
        List<String> headers = List.of("STT", "Danh hiệu", "Phiên bản bộ tiêu chí", "Mã", "Tiêu chí", "Then chốt",
                "Số hồ sơ đã đánh giá", "Không đạt", "Tỷ lệ không đạt (%)");
        header(sheet, headers, List.of());
        int r = HEADER + 1;
        int ordinal = 1;
        for (RecognitionCountDtos.CriterionFailure x : f.criteria()) {
            sheet.value(r, 0, ordinal++);
            sheet.value(r, 1, x.titleName());
            sheet.value(r, 2, x.setVersion());
            sheet.value(r, 3, x.code());
            sheet.value(r, 4, x.name());
            sheet.value(r, 5, x.keyCriterion() ? "x" : "");
            sheet.value(r, 6, x.assessed());
            sheet.value(r, 7, x.failed());
            sheet.value(r, 8, Math.round(x.failureShare() * 10000) / 100.0);
            r++;
        }
        if (r > HEADER + 1) {
            sheet.range(HEADER + 1, 0, r - 1, headers.size() - 1).style().borderStyle("thin").set();
        }
        sheet.width(0, 6);
        sheet.width(1, 30);
        sheet.width(2, 10);
        sheet.width(3, 8);
        sheet.width(4, 60);
        for (int col = 5; col < headers.size(); col++) {
            sheet.width(col, 14);
        }
    }

    private static void title(Worksheet sheet, RecognitionCountDtos.Counts c, LocalDate today) {
        sheet.value(0, 0, "KẾT QUẢ XÂY DỰNG, CÔNG NHẬN KHU DÂN CƯ — NĂM " + c.year());
        sheet.style(0, 0).bold().fontSize(14).set();
        StringBuilder line = new StringBuilder("Đơn vị: ").append(c.unit().name());
        if (c.titleId() != null) {
            c.titles().stream().filter(t -> t.id() == c.titleId()).findFirst()
                    .ifPresent(t -> line.append(" — danh hiệu: ").append(t.name()));
        }
        line.append(" — hiệu lực tính đến ngày: ").append(DAY.format(c.asOf())).append(" — ngày lập: ")
                .append(DAY.format(today));
        sheet.value(1, 0, line.toString());
    }

    private static void header(Worksheet sheet, List<String> first, List<String> then) {
        int col = 0;
        for (String h : first) {
            sheet.value(HEADER, col++, h);
        }
        for (String h : then) {
            sheet.value(HEADER, col++, h);
        }
        sheet.range(HEADER, 0, HEADER, col - 1).style().bold().wrapText(true).fillColor("D9E2F3")
                .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
    }

    private static void figures(Worksheet sheet, int r, int from, RecognitionCountDtos.Figures f) {
        sheet.value(r, from, f.registered());
        sheet.value(r, from + 1, f.refused());
        sheet.value(r, from + 2, f.recognized());
        sheet.value(r, from + 3, f.inForce());
        sheet.value(r, from + 4, f.lapsed());
        sheet.value(r, from + 5, f.revoked());
        sheet.value(r, from + 6, f.lost());
    }
}
