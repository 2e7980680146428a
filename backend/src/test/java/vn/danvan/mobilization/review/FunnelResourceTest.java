package vn.danvan.mobilization.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.EmulationFixtures;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.FunnelFixtures;
import vn.danvan.testing.FunnelFixtures.Spec;
import vn.danvan.testing.Tokens;

/**
 * GET /api/v1/mobilization-models/funnel and funnel.xlsx: figures checked against a round of its own, filters, bad
 * input, roles and scope, an unknown round.
 */
@QuarkusTest
class FunnelResourceTest {

    private static final String FUNNEL = "/api/v1/mobilization-models/funnel";
    private static final String XLSX_PATH = "/api/v1/mobilization-models/funnel.xlsx";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String COMMUNE_LEADER = Tokens.token("leader.rachgia", Tokens.COMMUNE, "30742-DU", "leader");
    private static final String PROVINCE_APPRAISER = Tokens.token("appraiser.angiang", Tokens.PROVINCE, "91-BTGDV",
            "appraiser");
    private static final String PROVINCE_REPORTER = Tokens.token("reporter.angiang", Tokens.PROVINCE, "91-MTTQ",
            "reporter");
    private static final String PORTAL = Tokens.token("portal", Tokens.PROVINCE, "91-BTGDV", "integration");

    /** The round of a fresh movement and what the test made in it. */
    private record World(long round, long closedRound) {
    }

    private static World world;

    /**
     * In the open round: phường Rạch Giá registers 6 models — KINH_TE collective: registered, recognized, commended,
     * not passed; VAN_HOA_XA_HOI: an individual's exemplary model and a collective copy of the recognized one — and An
     * Giang's Front one KINH_TE model, appraised. One more model in last year's round is never counted.
     */
    private static synchronized World world() {
        if (world == null) {
            EmulationFixtures.Movement m = EmulationFixtures.newMovement();
            long r = m.openRound();
            FunnelFixtures.model(r, Spec.commune("KINH_TE", "COLLECTIVE"), "REGISTERED");
            long recognized = FunnelFixtures.model(r, Spec.commune("KINH_TE", "COLLECTIVE"), "RECOGNIZED");
            FunnelFixtures.model(r, Spec.commune("VAN_HOA_XA_HOI", "INDIVIDUAL"), "EXEMPLARY");
            FunnelFixtures.model(r, Spec.commune("KINH_TE", "COLLECTIVE"), "COMMENDED");
            FunnelFixtures.model(r, Spec.commune("KINH_TE", "COLLECTIVE"), "NOT_PASSED");
            FunnelFixtures.model(r, Spec.commune("VAN_HOA_XA_HOI", "COLLECTIVE").copyOf(recognized), "REGISTERED");
            FunnelFixtures.model(r, Spec.province("KINH_TE"), "APPRAISED");
            FunnelFixtures.paperModel(m.closedRound());
            world = new World(r, m.closedRound());
        }
        return world;
    }

    private static long province() {
        return Fixtures.unitIdOf(Tokens.PROVINCE);
    }

    private static long ward() {
        return Fixtures.unitIdOf(Tokens.COMMUNE);
    }

    private static List<Integer> counts(JsonPath json, String at) {
        return List.of(json.getInt(at + ".registered"), json.getInt(at + ".appraised"), json.getInt(at + ".recognized"),
                json.getInt(at + ".exemplary"), json.getInt(at + ".commended"), json.getInt(at + ".replicated"));
    }

    private static int rowOf(JsonPath json, long unitId) {
        List<Long> ids = json.getList("rows.unit.id", Long.class);
        int i = ids.indexOf(unitId);
        assertTrue(i >= 0, "a row for unit " + unitId + " in " + ids);
        return i;
    }

    @Test
    void theProvinceReadsItsTotalItsOwnBodiesAndEachCommuneByFieldAndOwnerKind() {
        JsonPath json = Api.as(Tokens.PROVINCE_LEADER).queryParam("roundId", world().round())
                .queryParam("unitId", province()).get(FUNNEL).then().statusCode(200)
                .body("round.id", equalTo((int) world().round())).body("round.kind", equalTo("YEARLY"))
                .body("unit.code", equalTo(Tokens.PROVINCE)).extract().jsonPath();
        assertEquals(List.of(7, 4, 3, 1, 1, 1), counts(json, "total.counts"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0), counts(json, "own.counts"));
        int ward = rowOf(json, ward());
        assertEquals(List.of(6, 3, 3, 1, 1, 1), counts(json, "rows[" + ward + "].counts"));
        assertEquals("30742", json.getString("rows[" + ward + "].unit.code"));
        // every commune of An Giang has its row, those without models at zero
        assertTrue(json.getList("rows").size() > 50, "the communes of An Giang");
        int other = ward == 0 ? 1 : 0;
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(json, "rows[" + other + "].counts"));
        // by field, in the movement's order; by owner kind
        assertEquals(List.of("KINH_TE", "VAN_HOA_XA_HOI"), json.getList("total.byField.code"));
        assertEquals(List.of(5, 3, 2, 0, 1, 0), counts(json, "total.byField[0].counts"));
        assertEquals(List.of(2, 1, 1, 1, 0, 1), counts(json, "total.byField[1].counts"));
        assertEquals(List.of("COLLECTIVE", "INDIVIDUAL"), json.getList("total.byOwnerKind.ownerKind"));
        assertEquals(List.of(6, 3, 2, 0, 1, 1), counts(json, "total.byOwnerKind[0].counts"));
        assertEquals(List.of(1, 1, 1, 1, 0, 0), counts(json, "total.byOwnerKind[1].counts"));
        assertEquals(List.of(4, 2, 2, 0, 1, 0), counts(json, "rows[" + ward + "].byField[0].counts"));
    }

    @Test
    void aModelMovedToAnotherFieldMovesItsCounts() {
        long round = EmulationFixtures.newMovement().openRound();
        long id = FunnelFixtures.model(round, Spec.commune("KINH_TE", "COLLECTIVE"), "RECOGNIZED");
        JsonPath before = Api.as(Tokens.PROVINCE_LEADER).queryParam("roundId", round).get(FUNNEL).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, 1, 1, 0, 0, 0), counts(before, "total.byField[0].counts"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(before, "total.byField[1].counts"));
        var model = Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/mobilization-models/" + id).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> update = Map.of("name", model.getString("name"), "field", "VAN_HOA_XA_HOI", "owner",
                Map.of("kind", "INDIVIDUAL", "name", "Phạm Thị Dung", "position", "Chi hội trưởng"), "startedOn",
                model.getString("startedOn"), "problem", "Vấn đề", "approach", "Cách làm", "version",
                model.getLong("version"));
        Api.as(Tokens.PROVINCE_ADMIN).body(update).put("/api/v1/mobilization-models/" + id).then().statusCode(200);
        JsonPath after = Api.as(Tokens.PROVINCE_LEADER).queryParam("roundId", round).get(FUNNEL).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, 1, 1, 0, 0, 0), counts(after, "total.counts"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(after, "total.byField[0].counts"));
        assertEquals(List.of(1, 1, 1, 0, 0, 0), counts(after, "total.byField[1].counts"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(after, "total.byOwnerKind[0].counts"));
        assertEquals(List.of(1, 1, 1, 0, 0, 0), counts(after, "total.byOwnerKind[1].counts"));
    }

    @Test
    void fieldAndOwnerKindNarrowEveryFigure() {
        JsonPath culture = Api.as(PROVINCE_APPRAISER).queryParam("roundId", world().round())
                .queryParam("field", "VAN_HOA_XA_HOI").get(FUNNEL).then().statusCode(200)
                .body("field", equalTo("VAN_HOA_XA_HOI")).extract().jsonPath();
        assertEquals(List.of(2, 1, 1, 1, 0, 1), counts(culture, "total.counts"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(culture, "own.counts"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(culture, "total.byField[0].counts"));
        JsonPath individual = Api.as(PROVINCE_REPORTER).queryParam("roundId", world().round())
                .queryParam("ownerKind", "INDIVIDUAL").get(FUNNEL).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 1, 1, 1, 0, 0), counts(individual, "total.counts"));
        assertEquals(List.of(1, 1, 1, 1, 0, 0), counts(individual, "rows[" + rowOf(individual, ward()) + "].counts"));
    }

    @Test
    void aCommuneReadsItsOwnUnitByDefault() {
        JsonPath json = Api.as(COMMUNE_LEADER).queryParam("roundId", world().round()).get(FUNNEL).then().statusCode(200)
                .body("unit.id", equalTo((int) ward())).extract().jsonPath();
        assertEquals(List.of(6, 3, 3, 1, 1, 1), counts(json, "total.counts"));
        assertEquals(List.of(6, 3, 3, 1, 1, 1), counts(json, "own.counts"));
        assertEquals(List.of(), json.getList("rows"));
        // last year's round holds only the paper registration
        JsonPath closed = Api.as(COMMUNE_LEADER).queryParam("roundId", world().closedRound()).get(FUNNEL).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 0, 0, 0, 0, 0), counts(closed, "total.counts"));
    }

    @Test
    void theCentralLevelNamesAUnit() {
        Api.as(Tokens.CENTRAL_ADMIN).queryParam("roundId", world().round()).queryParam("unitId", province()).get(FUNNEL)
                .then().statusCode(200).body("total.counts.registered", equalTo(7));
        assertFieldError(Api.bad(Tokens.CENTRAL_ADMIN).queryParam("roundId", world().round()).get(FUNNEL).then(),
                "unitId");
    }

    @Test
    void badInputIs400NamingTheParameter() {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get(FUNNEL).then(), "roundId");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("roundId", "abc").get(FUNNEL).then(), "roundId");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("roundId", "0").get(FUNNEL).then(), "roundId");
        var several = Api.bad(Tokens.PROVINCE_LEADER).queryParam("roundId", world().round()).queryParam("unitId", "x")
                .queryParam("ownerKind", "GROUP").get(FUNNEL).then();
        assertFieldError(several, "unitId").body("errors.field", hasItem("ownerKind"));
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("roundId", world().round())
                .queryParam("unitId", 987654321).get(FUNNEL).then(), "unitId");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("roundId", world().round())
                .queryParam("field", "NONG_THON_MOI").get(FUNNEL).then(), "field");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("roundId", world().round())
                .queryParam("field", "X".repeat(41)).get(XLSX_PATH).then(), "field");
    }

    @Test
    void anUnknownRoundIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).queryParam("roundId", 987654321).get(FUNNEL).then(), 404,
                "not-found");
        assertProblem(
                Api.as(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("roundId", 987654321).get(XLSX_PATH).then(),
                404, "not-found");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().queryParam("roundId", 1).get(FUNNEL).then(), 401, "unauthorized");
        assertProblem(Api.anonymous().queryParam("roundId", 1).get(XLSX_PATH).then(), 401, "unauthorized");
    }

    @Test
    void otherRolesAndOtherScopesAre403() {
        long round = world().round();
        assertProblem(Api.as(PORTAL).queryParam("roundId", round).get(FUNNEL).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.NO_ROLE).queryParam("roundId", round).get(FUNNEL).then(), 403, "forbidden");
        // a commune reads its own subtree only: not the province, not a sibling commune
        assertProblem(
                Api.as(COMMUNE_LEADER).queryParam("roundId", round).queryParam("unitId", province()).get(FUNNEL).then(),
                403, "out-of-scope");
        Map<String, Object> sibling = Fixtures.newCommuneInAnGiang();
        String siblingLeader = Tokens.token("leader." + sibling.get("code"), (String) sibling.get("code"), null,
                "leader");
        assertProblem(
                Api.as(siblingLeader).queryParam("roundId", round).queryParam("unitId", ward()).get(FUNNEL).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(siblingLeader).accept("*/*").queryParam("roundId", round).queryParam("unitId", ward())
                .get(XLSX_PATH).then(), 403, "out-of-scope");
        // its own commune: its row only, nothing of Rạch Giá
        Api.as(siblingLeader).queryParam("roundId", round).get(FUNNEL).then().statusCode(200)
                .body("total.counts.registered", equalTo(0));
        // another province: neither An Giang nor, for An Giang's movement, its own unit
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("roundId", round).queryParam("unitId", province())
                .get(FUNNEL).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("roundId", round).get(FUNNEL).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).accept("*/*").queryParam("roundId", round)
                .queryParam("unitId", province()).get(XLSX_PATH).then(), 403, "out-of-scope");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresUnderVietnameseHeaders() throws IOException {
        JsonPath json = Api.as(Tokens.PROVINCE_LEADER).queryParam("roundId", world().round()).get(FUNNEL).then()
                .statusCode(200).extract().jsonPath();
        var response = Api.as(Tokens.PROVINCE_LEADER).accept(XLSX).queryParam("roundId", world().round()).get(XLSX_PATH)
                .then().statusCode(200).contentType(XLSX).extract();
        assertTrue(response.header("Content-Disposition").contains("pheu-mo-hinh-dan-van-kheo-"));
        String today = EmulationFixtures.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(FunnelWorkbook.BY_UNIT, workbook.getFirstSheet().getName());
            assertTrue(rows.get(0).getCellText(0).startsWith("KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”"));
            assertTrue(rows.get(1).getCellText(0).contains("Tỉnh An Giang"), rows.get(1).getCellText(0));
            assertTrue(rows.get(1).getCellText(0).contains("ngày lập: " + today), rows.get(1).getCellText(0));
            Row header = rows.stream().filter(r -> "STT".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(
                    List.of("STT", "Mã đơn vị", "Đơn vị", "Đăng ký", "Thẩm định đạt", "Công nhận",
                            "Điển hình tiêu biểu", "Khen thưởng", "Nhân rộng"),
                    header.stream().map(c -> c.getText()).toList());
            int h = rows.indexOf(header);
            assertEquals("Tổng cộng: " + json.getString("unit.name"), rows.get(h + 1).getCellText(2));
            assertEquals(List.of(7, 4, 3, 1, 1, 1), numbers(rows.get(h + 1), 3));
            assertEquals(List.of(1, 1, 0, 0, 0, 0), numbers(rows.get(h + 2), 3));
            List<String> names = json.getList("rows.unit.name", String.class);
            for (int i = 0; i < names.size(); i++) {
                Row row = rows.get(h + 3 + i);
                assertEquals(names.get(i), row.getCellText(2));
                assertEquals(new BigDecimal(i + 1), row.getCellAsNumber(0).orElseThrow());
                assertEquals(counts(json, "rows[" + i + "].counts"), numbers(row, 3));
            }
            var second = workbook.getSheets().toList().get(1);
            assertEquals(FunnelWorkbook.BY_FIELD, second.getName());
            List<Row> byField = second.read();
            Row economy = byField.stream().filter(r -> "Kinh tế".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals(List.of(5, 3, 2, 0, 1, 0), numbers(economy, 2));
            Row individual = byField.stream().filter(r -> "Cá nhân".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals(List.of(1, 1, 1, 1, 0, 0), numbers(individual, 2));
        }
    }

    private static List<Integer> numbers(Row row, int from) {
        return java.util.stream.IntStream.range(from, from + 6)
                .mapToObj(c -> row.getCellAsNumber(c).orElseThrow().intValue()).toList();
    }
}
