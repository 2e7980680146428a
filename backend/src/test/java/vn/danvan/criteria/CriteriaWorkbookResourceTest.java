package vn.danvan.criteria;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.testing.CriteriaFixtures.SETS;
import static vn.danvan.testing.CriteriaFixtures.TITLES;
import static vn.danvan.testing.CriteriaFixtures.id;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.CriteriaFixtures;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Tokens;

/** The .xlsx of a set: the template, an export, and an import that saves every row or none. */
@QuarkusTest
class CriteriaWorkbookResourceTest {

    private static final String ADMIN = Tokens.PROVINCE_ADMIN;
    private static final List<String> COLUMNS = List.of("Mã nhóm", "Tên nhóm", "Mã", "Mã tiêu chí cha", "Tiêu chí",
            "Loại", "Điểm tối đa", "Đơn vị", "So sánh", "Ngưỡng", "Bắt buộc", "Then chốt", "Minh chứng");

    @Test
    void theTemplateHasTheColumnsAndAnExampleOfEachKind() throws IOException {
        byte[] template = Api.as(Tokens.COMMUNE_REPORTER).accept("*/*").get(SETS + "/template.xlsx").then()
                .statusCode(200).contentType(CriteriaSetResource.XLSX)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        List<Row> rows = rows(template);
        assertEquals(COLUMNS, rows.get(0).stream().map(c -> c.getText()).toList());
        assertEquals(List.of("PASS_FAIL", "NUMERIC", "SCORED", "NUMERIC"),
                rows.subList(1, rows.size()).stream().map(r -> r.getCellText(5)).toList());
        assertProblem(Api.anonymous().accept("*/*").get(SETS + "/template.xlsx").then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.token("portal", Tokens.PROVINCE, null, "integration")).accept("*/*")
                .get(SETS + "/template.xlsx").then(), 403, "forbidden");
        // the template imports as it is: its example rows are valid
        Map<String, Object> draft = emptyDraft(id(CriteriaFixtures.provinceTitle()));
        importFile(draft, template, 0).then().statusCode(200).body("criteria.code", hasItems("1", "2", "3"))
                .body("criteria[0].indicators[0].code", equalTo("1.1"));
    }

    @Test
    void anExportImportsIntoAnotherDraftAsTheSameCriteria() {
        long title = id(CriteriaFixtures.provinceTitle());
        Map<String, Object> source = CriteriaFixtures.published(title, ADMIN);
        byte[] exported = Api.as(Tokens.COMMUNE_REPORTER).accept("*/*").get(SETS + "/" + id(source) + "/criteria.xlsx")
                .then().statusCode(200).contentType(CriteriaSetResource.XLSX).extract().asByteArray();
        Map<String, Object> target = emptyDraft(title);
        JsonPath imported = importFile(target, exported, 0).then().statusCode(200).body("version", equalTo(1)).extract()
                .jsonPath();
        JsonPath original = Api.as(ADMIN).get(SETS + "/" + id(source)).then().extract().jsonPath();
        assertEquals(original.getList("groups"), imported.getList("groups"));
        assertEquals(withoutExtras(original.getList("criteria")), withoutExtras(imported.getList("criteria")));
        // the rule and period stay as the draft had them
        assertEquals("Bộ rỗng", imported.getString("name"));

        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).accept("*/*").get(SETS + "/" + id(source) + "/criteria.xlsx")
                .then(), 403, "out-of-scope");
        assertProblem(Api.anonymous().accept("*/*").get(SETS + "/" + id(source) + "/criteria.xlsx").then(), 401,
                "unauthorized");
        assertProblem(Api.as(ADMIN).accept("*/*").get(SETS + "/987654321/criteria.xlsx").then(), 404, "not-found");
        assertFieldError(Api.bad(ADMIN).accept("*/*").get(SETS + "/-1/criteria.xlsx").then(), "id");
        // a published set takes no import
        assertProblem(importFile(source, exported, 1).then(), 409, "frozen");
    }

    @Test
    void badRowsAreNamedByRowAndColumnAndNothingIsSaved() {
        Map<String, Object> draft = CriteriaFixtures.draft(id(CriteriaFixtures.provinceTitle()), ADMIN);
        String before = Api.as(ADMIN).get(SETS + "/" + id(draft)).then().extract().asString();
        byte[] bad = workbook(List.of(
                new Object[] { "I", "Kinh tế", "1", null, "Tiêu chí đúng", "PASS_FAIL", null, null, null, null, "có",
                        "không", null },
                new Object[] { "I", null, "2", null, "Loại sai", "DIEM", null, null, null, null, null, null, null },
                new Object[] { "I", null, "1", null, "Mã trùng", "SCORED", null, null, null, null, null, null, null },
                new Object[] { null, null, "4", "9", "Cha không có", "NUMERIC", null, "%", "~", "abc", "có lẽ", null,
                        null },
                new Object[] { "II", null, "5", null, "", "PASS_FAIL", null, null, null, null, null, null, null }));
        assertProblem(importFile(draft, bad, 0).then(), 400, "validation").body("errors.field",
                hasItems("row 3: Loại", "row 4: Mã", "row 4: Điểm tối đa", "row 5: Mã tiêu chí cha", "row 5: So sánh",
                        "row 5: Ngưỡng", "row 5: Bắt buộc", "row 6: Tiêu chí", "row 6: Tên nhóm"));
        assertEquals(before, Api.as(ADMIN).get(SETS + "/" + id(draft)).then().extract().asString());

        byte[] wrongColumns = workbook(List.<Object[]> of(), List.of("Mã", "Tên"));
        assertProblem(importFile(draft, wrongColumns, 0).then(), 400, "validation").body("errors.field",
                hasItem("row 1: Mã nhóm"));
        assertFieldError(importFile(draft, Documents.png(), 0).then(), "file");
        assertFieldError(importFile(draft, zipBomb(), 0).then(), "file");
        assertFieldError(
                Api.upload(ADMIN).multiPart("version", "0").post(SETS + "/" + id(draft) + "/criteria.xlsx").then(),
                "file");
        assertFieldError(Api.upload(ADMIN).multiPart("file", "a.xlsx", bad)
                .post(SETS + "/" + id(draft) + "/criteria.xlsx").then(), "version");
        assertProblem(importFile(draft, new byte[2 * 1024 * 1024 + 1], 0).then(), 413, "payload-too-large");
        assertProblem(importFile(draft, bad, 3).then(), 409, "stale-version");
        assertProblem(Api.upload(Tokens.COMMUNE_ADMIN).multiPart("file", "a.xlsx", bad).multiPart("version", "0")
                .post(SETS + "/" + id(draft) + "/criteria.xlsx").then(), 403, "out-of-scope");
        assertProblem(Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "a.xlsx", bad).multiPart("version", "0")
                .post(SETS + "/" + id(draft) + "/criteria.xlsx").then(), 403, "forbidden");
        assertProblem(Api.upload(ADMIN).multiPart("file", "a.xlsx", bad).multiPart("version", "0")
                .post(SETS + "/987654321/criteria.xlsx").then(), 404, "not-found");
        assertEquals(before, Api.as(ADMIN).get(SETS + "/" + id(draft)).then().extract().asString());
    }

    @Test
    void aSheetOfMoreThanTwoThousandRowsIsRefused() {
        Map<String, Object> draft = emptyDraft(id(CriteriaFixtures.provinceTitle()));
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 2001; i++) {
            rows.add(new Object[] { null, null, "C" + i, null, "Tiêu chí " + i, "PASS_FAIL", null, null, null, null,
                    null, null, null });
        }
        assertFieldError(importFile(draft, workbook(rows), 0).then(), "file").body("errors[0].message",
                containsString("2000"));
    }

    private static Map<String, Object> emptyDraft(long title) {
        Map<String, Object> body = CriteriaFixtures.setBody("Bộ rỗng");
        body.put("groups", List.of());
        body.put("criteria", List.of());
        return Api.as(ADMIN).body(body).post(TITLES + "/" + title + "/criteria-sets").then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    private static io.restassured.response.Response importFile(Map<String, Object> set, byte[] file, int version) {
        return Api.upload(ADMIN).multiPart("file", "bo-tieu-chi.xlsx", file)
                .multiPart("version", String.valueOf(version)).post(SETS + "/" + id(set) + "/criteria.xlsx");
    }

    /** Criteria as the template carries them: no ids, variants or questions. */
    @SuppressWarnings("unchecked")
    private static List<Object> withoutExtras(List<Object> criteria) {
        return criteria.stream().map(o -> {
            Map<String, Object> c = new java.util.TreeMap<>((Map<String, Object>) o);
            c.remove("id");
            c.remove("variants");
            c.remove("questions");
            if (c.get("indicators") instanceof List<?> list) {
                c.put("indicators", withoutExtras((List<Object>) list));
            }
            return (Object) c;
        }).toList();
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.findSheet("Tiêu chí").orElseThrow().read();
        }
    }

    private static byte[] workbook(List<Object[]> rows) {
        return workbook(rows, COLUMNS);
    }

    private static byte[] workbook(List<Object[]> rows, List<String> header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tiêu chí");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).length; c++) {
                    Object v = rows.get(r)[c];
                    if (v != null) {
                        sheet.value(r + 1, c, v.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** An .xlsx-shaped package whose sheet inflates to 100 MB of blanks (a few hundred kB on the wire). */
    private static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
