package vn.danvan.mobilization.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.danvan.mobilization.ModelOwnerKind;

/**
 * The funnel as an Excel workbook: the table by unit (the total, the unit's own bodies, each commune), then the total
 * by field and by collective / individual; Vietnamese headers, dates dd/MM/yyyy.
 */
final class FunnelWorkbook {

    static final List<String> STAGES = List.of("Đăng ký", "Thẩm định đạt", "Công nhận", "Điển hình tiêu biểu",
            "Khen thưởng", "Nhân rộng");
    static final List<String> UNIT_HEADERS = List.of("STT", "Mã đơn vị", "Đơn vị");
    static final String BY_UNIT = "Theo đơn vị";
    static final String BY_FIELD = "Theo lĩnh vực";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FunnelWorkbook() {
    }

    static byte[] of(FunnelDtos.Funnel f, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DanVan", "1.0");
            Worksheet sheet = workbook.newWorksheet(BY_UNIT);
            title(sheet, f, today);
            int header = 3;
            for (int c = 0; c < UNIT_HEADERS.size(); c++) {
                sheet.value(header, c, UNIT_HEADERS.get(c));
            }
            stageHeaders(sheet, header, UNIT_HEADERS.size());
            int r = header + 1;
            sheet.value(r, 1, f.total().unit().code());
            sheet.value(r, 2, "Tổng cộng: " + f.total().unit().name());
            counts(sheet, r, UNIT_HEADERS.size(), f.total().counts());
            sheet.range(r, 0, r, last()).style().bold().borderStyle("thin").set();
            r++;
            sheet.value(r, 2, "Cơ quan, tổ chức cấp " + f.unit().name());
            counts(sheet, r, UNIT_HEADERS.size(), f.own().counts());
            r++;
            int ordinal = 1;
            for (FunnelDtos.Row row : f.rows()) {
                sheet.value(r, 0, ordinal++);
                sheet.value(r, 1, row.unit().code());
                sheet.value(r, 2, row.unit().name());
                counts(sheet, r, UNIT_HEADERS.size(), row.counts());
                r++;
            }
            sheet.range(header + 2, 0, r - 1, last()).style().borderStyle("thin").set();
            sheet.width(0, 6);
            sheet.width(1, 12);
            sheet.width(2, 44);
            for (int c = UNIT_HEADERS.size(); c <= last(); c++) {
                sheet.width(c, 13);
            }
            sheet.freezePane(3, header + 1);

            Worksheet second = workbook.newWorksheet(BY_FIELD);
            title(second, f, today);
            second.value(header, 0, "STT");
            second.value(header, 1, "Lĩnh vực");
            stageHeaders(second, header, 2);
            r = header + 1;
            ordinal = 1;
            for (FunnelDtos.FieldCounts fc : f.total().byField()) {
                second.value(r, 0, ordinal++);
                second.value(r, 1, fc.name());
                counts(second, r, 2, fc.counts());
                r++;
            }
            r++;
            second.value(r, 1, "Chủ thể mô hình");
            stageHeaders(second, r, 2);
            r++;
            for (FunnelDtos.OwnerKindCounts oc : f.total().byOwnerKind()) {
                second.value(r, 1, oc.ownerKind() == ModelOwnerKind.COLLECTIVE ? "Tập thể" : "Cá nhân");
                counts(second, r, 2, oc.counts());
                r++;
            }
            second.width(0, 6);
            second.width(1, 34);
            for (int c = 2; c < 2 + STAGES.size(); c++) {
                second.width(c, 13);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int last() {
        return UNIT_HEADERS.size() + STAGES.size() - 1;
    }

    private static void title(Worksheet sheet, FunnelDtos.Funnel f, LocalDate today) {
        sheet.value(0, 0, "KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” — " + f.round().name().toUpperCase());
        sheet.style(0, 0).bold().fontSize(14).set();
        StringBuilder line = new StringBuilder("Đơn vị: ").append(f.unit().name());
        if (f.field() != null) {
            f.total().byField().stream().filter(fc -> fc.code().equals(f.field())).findFirst()
                    .ifPresent(fc -> line.append(" — lĩnh vực: ").append(fc.name()));
        }
        if (f.ownerKind() != null) {
            line.append(" — chủ thể: ").append(f.ownerKind() == ModelOwnerKind.COLLECTIVE ? "tập thể" : "cá nhân");
        }
        line.append(" — ngày lập: ").append(DAY.format(today));
        sheet.value(1, 0, line.toString());
    }

    private static void stageHeaders(Worksheet sheet, int r, int from) {
        for (int c = 0; c < STAGES.size(); c++) {
            sheet.value(r, from + c, STAGES.get(c));
        }
        sheet.range(r, 0, r, from + STAGES.size() - 1).style().bold().wrapText(true).fillColor("D9E2F3")
                .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
    }

    private static void counts(Worksheet sheet, int r, int from, FunnelDtos.Counts c) {
        sheet.value(r, from, c.registered());
        sheet.value(r, from + 1, c.appraised());
        sheet.value(r, from + 2, c.recognized());
        sheet.value(r, from + 3, c.exemplary());
        sheet.value(r, from + 4, c.commended());
        sheet.value(r, from + 5, c.replicated());
    }
}
