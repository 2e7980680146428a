package vn.danvan.assignment;

import java.time.LocalDate;

import jakarta.ws.rs.core.Response;

/** The HTTP form of the summary workbook: its type and a file name with the day. */
final class SummaryExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SummaryExport() {
    }

    static Response download(byte[] workbook, LocalDate day) {
        String name = "tong-hop-nhiem-vu-" + day + ".xlsx";
        return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
