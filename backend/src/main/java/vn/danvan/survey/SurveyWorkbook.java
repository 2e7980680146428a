package vn.danvan.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The results as an Excel workbook — the aggregate only, never a single answer: the response rate by area against the
 * plan, and the satisfaction overall, per criterion and per question with the counts per answer value. Vietnamese
 * headers, dates dd/MM/yyyy.
 */
final class SurveyWorkbook {

    static final String RATES = "Tỷ lệ phản hồi";
    static final String SATISFACTION = "Mức độ hài lòng";
    static final Map<SatisfactionSurveyState, String> STATES = Map.of(SatisfactionSurveyState.DRAFT, "Đang thiết kế",
            SatisfactionSurveyState.OPEN, "Đang lấy ý kiến", SatisfactionSurveyState.CLOSED, "Đã kết thúc",
            SatisfactionSurveyState.PUBLISHED, "Đã công bố");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int HEADER = 3;

    private SurveyWorkbook() {
    }

    static byte[] of(SurveyDtos.Results r, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DanVan", "1.0");
            rates(workbook.newWorksheet(RATES), r, today);
            satisfaction(workbook.newWorksheet(SATISFACTION), r, today);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void rates(Worksheet sheet, SurveyDtos.Results r, LocalDate today) {
        title(sheet, r, today);
        header(sheet,
                List.of("STT", "Khu dân cư", "Số hộ theo kế hoạch", "Số phiếu", "Tỷ lệ (%)", "Đạt tỷ lệ tối thiểu"));
        int row = HEADER + 1;
        int ordinal = 1;
        for (SurveyDtos.AreaRate a : r.areas()) {
            sheet.value(row, 0, ordinal++);
            sheet.value(row, 1, a.name());
            sheet.value(row, 2, a.households());
            sheet.value(row, 3, a.responses());
            sheet.value(row, 4, a.responsePercent());
            sheet.value(row, 5, a.reached() ? "Đạt" : "Chưa đạt");
            row++;
        }
        sheet.value(row, 1, "Tổng cộng");
        sheet.value(row, 2, r.plannedHouseholds());
        sheet.value(row, 3, r.responses());
        sheet.value(row, 4, r.responsePercent());
        sheet.value(row, 5, r.sampleReached() ? "Đạt" : "Chưa đạt");
        sheet.range(row, 0, row, 5).style().bold().set();
        sheet.range(HEADER + 1, 0, row, 5).style().borderStyle("thin").set();
        sheet.width(0, 6);
        sheet.width(1, 36);
        for (int col = 2; col <= 5; col++) {
            sheet.width(col, 16);
        }
    }

    private static void satisfaction(Worksheet sheet, SurveyDtos.Results r, LocalDate today) {
        title(sheet, r, today);
        List<String> headers = new java.util.ArrayList<>(
                List.of("Mã", "Tiêu chí / câu hỏi", "Số ý kiến", "Số ý kiến hài lòng", "Tỷ lệ hài lòng (%)", "Đạt"));
        List<SurveyDtos.ValueCount> scale = r.criteria().isEmpty() || r.criteria().get(0).questions().isEmpty()
                ? List.of() : r.criteria().get(0).questions().get(0).byValue();
        scale.forEach(v -> headers.add(v.value() + " — " + v.label()));
        header(sheet, headers);
        int row = HEADER + 1;
        sheet.value(row, 1, "Chung (overall)");
        share(sheet, row, r.overall());
        sheet.range(row, 0, row, headers.size() - 1).style().bold().set();
        row++;
        for (SurveyDtos.CriterionResult c : r.criteria()) {
            sheet.value(row, 0, c.criterionCode());
            sheet.value(row, 1, c.criterionName());
            share(sheet, row, c.share());
            sheet.range(row, 0, row, headers.size() - 1).style().bold().fillColor("F2F2F2").set();
            row++;
            for (SurveyDtos.QuestionResult q : c.questions()) {
                sheet.value(row, 1, q.text());
                share(sheet, row, q.share());
                int col = 6;
                for (SurveyDtos.ValueCount v : q.byValue()) {
                    sheet.value(row, col++, v.count());
                }
                row++;
            }
        }
        sheet.range(HEADER + 1, 0, row - 1, headers.size() - 1).style().borderStyle("thin").set();
        sheet.width(0, 8);
        sheet.width(1, 60);
        for (int col = 2; col < headers.size(); col++) {
            sheet.width(col, 14);
        }
    }

    private static void share(Worksheet sheet, int row, SurveyDtos.Share s) {
        sheet.value(row, 2, s.answers());
        sheet.value(row, 3, s.satisfied());
        sheet.value(row, 4, s.satisfiedPercent());
        sheet.value(row, 5, s.passed() ? "Đạt" : "Chưa đạt");
    }

    private static void title(Worksheet sheet, SurveyDtos.Results r, LocalDate today) {
        sheet.value(0, 0, "KẾT QUẢ LẤY Ý KIẾN SỰ HÀI LÒNG CỦA NGƯỜI DÂN — " + r.name());
        sheet.style(0, 0).bold().fontSize(14).set();
        StringBuilder line = new StringBuilder("Đơn vị: ").append(r.unit().name()).append(" — danh hiệu: ")
                .append(r.title().name()).append(" — năm ").append(r.year()).append(" — ")
                .append(STATES.get(r.state()));
        if (r.publishedOn() != null) {
            line.append(" ngày ").append(DAY.format(r.publishedOn()));
        }
        line.append(" — ngưỡng đạt > ").append(r.thresholdPercent().stripTrailingZeros().toPlainString())
                .append("% — tỷ lệ phản hồi tối thiểu ")
                .append(r.minimumResponsePercent().stripTrailingZeros().toPlainString()).append("% — ngày lập: ")
                .append(DAY.format(today));
        sheet.value(1, 0, line.toString());
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int col = 0; col < headers.size(); col++) {
            sheet.value(HEADER, col, headers.get(col));
        }
        sheet.range(HEADER, 0, HEADER, headers.size() - 1).style().bold().wrapText(true).fillColor("D9E2F3")
                .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
    }
}
