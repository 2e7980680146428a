package vn.danvan.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** GET /api/v1/assignments/summary/export: the summary as .xlsx with Vietnamese headers. */
@QuarkusTest
class SummaryExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theWorkbookHasTheSummarysRowsAndTotalsUnderVietnameseHeaders() throws IOException {
        TaskFixtures.overdueAssignmentOfRachGia("Kiểm tra mô hình");
        long ward = Fixtures.unitIdOf(Tokens.COMMUNE);
        JsonPath summary = Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", ward).get("/api/v1/assignments/summary")
                .then().statusCode(200).extract().jsonPath();
        var response = Api.as(Tokens.PROVINCE_LEADER).accept(XLSX).queryParam("unitId", ward)
                .get("/api/v1/assignments/summary/export").then().statusCode(200).contentType(XLSX).extract();
        assertTrue(response.header("Content-Disposition").contains("tong-hop-nhiem-vu-"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", rows.get(0).getCellText(0));
            assertTrue(rows.get(1).getCellText(0).contains("Phường Rạch Giá"), rows.get(1).getCellText(0));
            int header = rows
                    .indexOf(rows.stream().filter(r -> "STT".equals(r.getCellText(0))).findFirst().orElseThrow());
            assertEquals(3, rows.get(header).getRowNum() - 1, "the header is the fourth row");
            assertEquals(SummaryWorkbook.HEADERS, rows.get(header).stream().map(c -> c.getText()).toList());
            List<String> organizations = summary.getList("rows.organization.name", String.class);
            for (int i = 0; i < organizations.size(); i++) {
                Row row = rows.get(header + 1 + i);
                assertEquals(organizations.get(i), row.getCellText(2));
                assertEquals(new BigDecimal(summary.getInt("rows[" + i + "].counts.openOverdue")),
                        row.getCellAsNumber(6).orElseThrow());
            }
            Row totals = rows.get(header + 1 + organizations.size());
            assertEquals("Tổng cộng", totals.getCellText(2));
            assertEquals(new BigDecimal(summary.getInt("totals.total")), totals.getCellAsNumber(8).orElseThrow());
            assertEquals(new BigDecimal(summary.getInt("totals.doneOnTime")), totals.getCellAsNumber(3).orElseThrow());
        }
    }

    @Test
    void badInputIs400() {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("dueFrom", "2026-12-01")
                .queryParam("dueTo", "2026-01-01").get("/api/v1/assignments/summary/export").then(), "dueTo");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("asOf", "25/11/2026")
                .get("/api/v1/assignments/summary/export").then(), "asOf");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/assignments/summary/export").then(), 401, "unauthorized");
    }

    @Test
    void anotherProvinceIs403() {
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("unitId", Fixtures.unitIdOf(Tokens.PROVINCE))
                .get("/api/v1/assignments/summary/export").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/assignments/summary/export").then(), 403, "forbidden");
    }
}
