package vn.danvan.assignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The summary of the four buckets as an Excel workbook, with Vietnamese headers and a totals row. */
final class SummaryWorkbook {

    static final List<String> HEADERS = List.of("STT", "Mã đơn vị", "Cơ quan, đơn vị", "Hoàn thành đúng hạn",
            "Hoàn thành trễ hạn", "Đang thực hiện trong hạn", "Quá hạn", "Sắp đến hạn", "Tổng số");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SummaryWorkbook() {
    }

    static byte[] of(AssignmentSummaryDto summary, String scopeName, LocalDate dueFrom, LocalDate dueTo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DanVan", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tổng hợp nhiệm vụ");
            sheet.value(0, 0, "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ");
            sheet.style(0, 0).bold().fontSize(14).set();
            StringBuilder line = new StringBuilder("Phạm vi: ").append(scopeName).append(" — tính đến ngày ")
                    .append(DAY.format(summary.asOf()));
            if (dueFrom != null || dueTo != null) {
                line.append(" — hạn từ ").append(dueFrom == null ? "…" : DAY.format(dueFrom)).append(" đến ")
                        .append(dueTo == null ? "…" : DAY.format(dueTo));
            }
            sheet.value(1, 0, line.toString());
            int header = 3;
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(header, c, HEADERS.get(c));
            }
            sheet.range(header, 0, header, HEADERS.size() - 1).style().bold().wrapText(true).fillColor("D9E2F3")
                    .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
            int r = header + 1;
            int ordinal = 1;
            for (AssignmentSummaryDto.Row row : summary.rows()) {
                sheet.value(r, 0, ordinal++);
                sheet.value(r, 1, row.organization().code());
                sheet.value(r, 2, row.organization().name());
                counts(sheet, r, row.counts());
                r++;
            }
            sheet.value(r, 2, "Tổng cộng");
            counts(sheet, r, summary.totals());
            sheet.range(r, 0, r, HEADERS.size() - 1).style().bold().borderStyle("thin").set();
            if (r > header + 1) {
                sheet.range(header + 1, 0, r - 1, HEADERS.size() - 1).style().borderStyle("thin").set();
            }
            sheet.width(0, 6);
            sheet.width(1, 14);
            sheet.width(2, 48);
            for (int c = 3; c < HEADERS.size(); c++) {
                sheet.width(c, 14);
            }
            sheet.freezePane(3, header + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void counts(Worksheet sheet, int r, AssignmentSummaryDto.BucketCounts c) {
        sheet.value(r, 3, c.doneOnTime());
        sheet.value(r, 4, c.doneLate());
        sheet.value(r, 5, c.openInTime());
        sheet.value(r, 6, c.openOverdue());
        sheet.value(r, 7, c.dueSoon());
        sheet.value(r, 8, c.total());
    }
}
