package vn.danvan.recognition.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionCountFixtures;
import vn.danvan.testing.RecognitionCountFixtures.Title;
import vn.danvan.testing.Tokens;

/**
 * GET /api/v1/recognition-counts, /recognition-counts/criteria and /recognition-counts.xlsx: figures checked against
 * the rows a fresh title's cases make (in phường Rạch Giá and a fresh commune of An Giang), kept right by V23's
 * triggers through state changes, revocations, lost titles, reviews and deletions; bad input, roles, scope, unknowns.
 */
@QuarkusTest
class RecognitionCountResourceTest {

    private static final String COUNTS = "/api/v1/recognition-counts";
    private static final String CRITERIA = "/api/v1/recognition-counts/criteria";
    private static final String XLSX_PATH = "/api/v1/recognition-counts.xlsx";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String COMMUNE_LEADER = Tokens.token("leader.rachgia", Tokens.COMMUNE, "30742-DU", "leader");
    private static final String PROVINCE_APPRAISER = Tokens.token("appraiser.angiang", Tokens.PROVINCE, "91-BTGDV",
            "appraiser");
    private static final String PORTAL = Tokens.token("portal", Tokens.PROVINCE, "91-BTGDV", "integration");
    private static final int YEAR = 2025;

    /** A fresh title's cases: what each test reads and changes. */
    private record World(Title title, long ward, long commune, String communeCode, long inForce, long lapsed,
            long revoked, long posted, long lastYear, long withdrawn, long failedC1) {
    }

    /**
     * Under a fresh title, in 2025: phường Rạch Giá has a recognized area in force, a recognized one whose validity
     * lapsed, a refused one and a withdrawn one (plus a registration of 2024); a fresh commune has a recognized area
     * whose decision was revoked and a posted one. Assessments: C1 passed, failed (x3, one of them withdrawn), C2
     * failed then changed to passed by the review, passed; C3 a score only.
     */
    private static World world(Title title) {
        long ward = Fixtures.unitIdOf(Tokens.COMMUNE);
        Map<String, Object> fresh = Fixtures.newCommuneInAnGiang();
        long commune = ((Number) fresh.get("id")).longValue();
        long a1 = RecognitionCountFixtures.caseOf(title, area(ward), ward, YEAR, "RECOGNIZED");
        long a2 = RecognitionCountFixtures.caseOf(title, area(ward), ward, YEAR, "RECOGNIZED");
        long a3 = RecognitionCountFixtures.caseOf(title, area(ward), ward, YEAR, "REFUSED");
        long a4 = RecognitionCountFixtures.caseOf(title, area(ward), ward, YEAR, "WITHDRAWN");
        long old = RecognitionCountFixtures.caseOf(title, area(ward), ward, YEAR - 1, "REGISTERED");
        long f1 = RecognitionCountFixtures.caseOf(title, area(commune), commune, YEAR, "RECOGNIZED");
        long f2 = RecognitionCountFixtures.caseOf(title, area(commune), commune, YEAR, "POSTED");
        long inForce = RecognitionCountFixtures.decide(a1, LocalDate.of(YEAR, 11, 20), LocalDate.of(YEAR, 11, 20),
                LocalDate.of(2099, 11, 19));
        long lapsed = RecognitionCountFixtures.decide(a2, LocalDate.of(YEAR, 1, 10), LocalDate.of(YEAR, 1, 10),
                LocalDate.of(YEAR, 6, 30));
        long revoked = RecognitionCountFixtures.decide(f1, LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR, 12, 1), null);
        RecognitionCountFixtures.revoke(revoked);
        List<Long> c = title.criteria();
        RecognitionCountFixtures.assess(a1, c.get(0), true, null);
        long changed = RecognitionCountFixtures.assess(a1, c.get(1), false, null);
        RecognitionCountFixtures.review(changed, "CHANGE", true);
        long failedC1 = RecognitionCountFixtures.assess(a2, c.get(0), false, null);
        RecognitionCountFixtures.assess(a2, c.get(1), true, null);
        long agreed = RecognitionCountFixtures.assess(a3, c.get(0), false, null);
        RecognitionCountFixtures.review(agreed, "AGREE", null);
        RecognitionCountFixtures.assess(a4, c.get(0), false, null);
        RecognitionCountFixtures.assess(f1, c.get(2), null, 7);
        return new World(title, ward, commune, (String) fresh.get("code"), inForce, lapsed, revoked, f2, old, a4,
                failedC1);
    }

    private static World shared;

    private static synchronized World shared() {
        if (shared == null) {
            shared = world(RecognitionCountFixtures.title());
        }
        return shared;
    }

    private static long area(long unitId) {
        return RecognitionCountFixtures.area(unitId, "Khu đếm " + Fixtures.uniqueCode("K"));
    }

    private static long province() {
        return Fixtures.unitIdOf(Tokens.PROVINCE);
    }

    /** registered, refused, recognized, inForce, lapsed, revoked, lost */
    private static List<Integer> figures(JsonPath json, String at) {
        return List.of(json.getInt(at + ".registered"), json.getInt(at + ".refused"), json.getInt(at + ".recognized"),
                json.getInt(at + ".inForce"), json.getInt(at + ".lapsed"), json.getInt(at + ".revoked"),
                json.getInt(at + ".lost"));
    }

    private static int rowOf(JsonPath json, long unitId) {
        List<Long> ids = json.getList("rows.unit.id", Long.class);
        int i = ids.indexOf(unitId);
        assertTrue(i >= 0, "a row for unit " + unitId);
        return i;
    }

    private static long stateCount(JsonPath json, String at, String state) {
        return json.getLong(at + ".byState.find { it.state == '" + state + "' }.cases");
    }

    private static JsonPath counts(String token, Long unitId, Title title) {
        var request = Api.as(token).queryParam("year", YEAR).queryParam("titleId", title.id());
        if (unitId != null) {
            request.queryParam("unitId", unitId);
        }
        return request.get(COUNTS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theProvinceReadsItsTotalAndEachCommuneByTitleAndState() {
        World w = shared();
        JsonPath json = counts(Tokens.PROVINCE_LEADER, province(), w.title());
        assertEquals(Tokens.PROVINCE, json.getString("unit.code"));
        assertEquals(YEAR, json.getInt("year"));
        assertEquals(w.title().id(), json.getLong("titleId"));
        assertEquals(List.of(w.title().code()), json.getList("titles.code"));
        assertEquals(List.of(5, 1, 3, 1, 1, 1, 0), figures(json, "total.counts"));
        assertEquals(List.of(5, 1, 3, 1, 1, 1, 0), figures(json, "total.byTitle[0].counts"));
        assertEquals(3, stateCount(json, "total", "RECOGNIZED"));
        assertEquals(1, stateCount(json, "total", "WITHDRAWN"));
        assertEquals(0, stateCount(json, "total", "REGISTERED"));
        assertEquals(9, json.getList("total.byState").size());
        int ward = rowOf(json, w.ward());
        assertEquals(List.of(3, 1, 2, 1, 1, 0, 0), figures(json, "rows[" + ward + "].counts"));
        assertEquals("30742", json.getString("rows[" + ward + "].unit.code"));
        int fresh = rowOf(json, w.commune());
        assertEquals(List.of(2, 0, 1, 0, 0, 1, 0), figures(json, "rows[" + fresh + "].counts"));
        assertEquals(1, stateCount(json, "rows[" + fresh + "]", "POSTED"));
        // every commune of An Giang has its row, those without cases at zero
        assertTrue(json.getList("rows").size() > 50, "the communes of An Giang");
        assertTrue(json.getString("asOf").matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void aCommuneReadsItsOwnUnitByDefaultAndTheCentralLevelEveryProvince() {
        World w = shared();
        JsonPath ward = counts(COMMUNE_LEADER, null, w.title());
        assertEquals(w.ward(), ward.getLong("unit.id"));
        assertEquals(List.of(3, 1, 2, 1, 1, 0, 0), figures(ward, "total.counts"));
        assertEquals(List.of(), ward.getList("rows"));
        // the country: one row per province, read from the provinces' sums
        JsonPath country = counts(Tokens.CENTRAL_ADMIN, null, w.title());
        assertEquals(List.of(5, 1, 3, 1, 1, 1, 0), figures(country, "total.counts"));
        assertEquals(34, country.getList("rows").size());
        assertEquals(List.of(5, 1, 3, 1, 1, 1, 0), figures(country, "rows[" + rowOf(country, province()) + "].counts"));
        // a year without cases of the title
        Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 1999).queryParam("titleId", w.title().id()).get(COUNTS).then()
                .statusCode(200).body("total.counts.registered", equalTo(0));
    }

    @Test
    void theCountsFollowStateChangesRevocationsLostTitlesAndDeletions() {
        World w = world(RecognitionCountFixtures.title());
        RecognitionCountFixtures.state(w.posted(), "VOTED");
        RecognitionCountFixtures.revoke(w.inForce());
        RecognitionCountFixtures.lose(w.lapsed());
        RecognitionCountFixtures.year(w.lastYear(), YEAR);
        JsonPath json = counts(Tokens.PROVINCE_LEADER, province(), w.title());
        assertEquals(List.of(6, 1, 3, 0, 0, 2, 1), figures(json, "total.counts"));
        assertEquals(0, stateCount(json, "total", "POSTED"));
        assertEquals(1, stateCount(json, "total", "VOTED"));
        assertEquals(1, stateCount(json, "total", "REGISTERED"));
        RecognitionCountFixtures.deleteCase(w.posted());
        RecognitionCountFixtures.state(w.lastYear(), "WITHDRAWN");
        JsonPath after = counts(Tokens.CENTRAL_ADMIN, null, w.title());
        assertEquals(List.of(4, 1, 3, 0, 0, 2, 1), figures(after, "total.counts"));
        assertEquals(0, stateCount(after, "total", "VOTED"));
        assertEquals(2, stateCount(after, "total", "WITHDRAWN"));
    }

    @Test
    void criteriaAreListedWorstFirstWithTheReviewedResult() {
        World w = world(RecognitionCountFixtures.title());
        JsonPath json = Api.as(PROVINCE_APPRAISER).queryParam("year", YEAR).queryParam("titleId", w.title().id())
                .get(CRITERIA).then().statusCode(200).body("unit.code", equalTo(Tokens.PROVINCE))
                .body("year", equalTo(YEAR)).extract().jsonPath();
        assertEquals(List.of("C1", "C2", "C3"), json.getList("criteria.code"));
        assertEquals(List.of(4, 2, 1), json.getList("criteria.assessed"));
        assertEquals(List.of(3, 0, 0), json.getList("criteria.failed"));
        assertEquals(0.75, json.getDouble("criteria[0].failureShare"));
        assertEquals(true, json.getBoolean("criteria[1].keyCriterion"));
        assertEquals(w.title().name(), json.getString("criteria[0].titleName"));
        assertEquals(1, json.getInt("criteria[0].setVersion"));
        assertEquals(w.title().setId(), json.getLong("criteria[0].setId"));
        // the ward's own rows: C3 was assessed in the other commune
        JsonPath ward = Api.as(COMMUNE_LEADER).queryParam("year", YEAR).queryParam("titleId", w.title().id())
                .get(CRITERIA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("C1", "C2"), ward.getList("criteria.code"));
        // a withdrawn case removed, a review changing a fail to a pass: the figures follow, the country's too
        RecognitionCountFixtures.deleteCase(w.withdrawn());
        RecognitionCountFixtures.review(w.failedC1(), "CHANGE", true);
        JsonPath country = Api.as(Tokens.CENTRAL_EDITOR).queryParam("year", YEAR).queryParam("titleId", w.title().id())
                .get(CRITERIA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("C1", "C2", "C3"), country.getList("criteria.code"));
        assertEquals(List.of(3, 2, 1), country.getList("criteria.assessed"));
        assertEquals(List.of(1, 0, 0), country.getList("criteria.failed"));
        assertEquals(0.3333, country.getDouble("criteria[0].failureShare"));
    }

    @Test
    void theWorkbookHoldsTheSameFigures() throws IOException {
        World w = shared();
        byte[] bytes = Api.as(Tokens.PROVINCE_EDITOR).accept("*/*").queryParam("year", YEAR)
                .queryParam("titleId", w.title().id()).get(XLSX_PATH).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("Theo đơn vị", "Theo danh hiệu", "Tiêu chí"),
                    book.getSheets().map(s -> s.getName()).toList());
            List<Row> byUnit = book.getSheet(0).orElseThrow().read();
            Row total = byUnit.stream().filter(r -> r.getCellText(2).startsWith("Tổng cộng")).findFirst().orElseThrow();
            assertEquals(5, total.getRowNum()); // under the title, the line and the headers
            assertEquals("5", total.getCellText(3));
            assertEquals("3", total.getCellText(5));
            List<Row> criteria = book.getSheet(2).orElseThrow().read();
            Row worst = criteria.stream().filter(r -> r.getRowNum() == 5).findFirst().orElseThrow();
            assertEquals("C1", worst.getCellText(3));
            assertEquals("75", worst.getCellText(8).replace(".0", ""));
        }
    }

    @Test
    void badInputIs400NamingTheParameter() {
        for (String path : List.of(COUNTS, CRITERIA, XLSX_PATH)) {
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).accept("*/*").get(path).then(), "year");
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("year", "abc").get(path).then(),
                    "year");
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("year", 1800).get(path).then(),
                    "year");
            var several = Api.bad(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("year", YEAR)
                    .queryParam("unitId", "x").queryParam("titleId", "0").get(path).then();
            assertFieldError(several, "unitId").body("errors.field", hasItem("titleId"));
        }
    }

    @Test
    void withoutATokenIs401() {
        assertProblem(Api.anonymous().queryParam("year", YEAR).get(COUNTS).then(), 401, "unauthorized");
        assertProblem(Api.anonymous().queryParam("year", YEAR).get(CRITERIA).then(), 401, "unauthorized");
        assertProblem(Api.anonymous().accept("*/*").queryParam("year", YEAR).get(XLSX_PATH).then(), 401,
                "unauthorized");
    }

    @Test
    void theWrongRoleOrAUnitOutsideTheScopeIs403() {
        World w = shared();
        for (String path : List.of(COUNTS, CRITERIA, XLSX_PATH)) {
            assertProblem(Api.bad(PORTAL).accept("*/*").queryParam("year", YEAR).get(path).then(), 403, "forbidden");
            // a sibling commune reads neither the ward nor the province
            String sibling = Tokens.token("leader.sibling", w.communeCode(), null, "leader");
            assertProblem(Api.bad(sibling).accept("*/*").queryParam("year", YEAR).queryParam("unitId", w.ward())
                    .get(path).then(), 403, "out-of-scope");
            assertProblem(Api.bad(sibling).accept("*/*").queryParam("year", YEAR).queryParam("unitId", province())
                    .get(path).then(), 403, "out-of-scope");
            // another province
            assertProblem(Api.bad(Tokens.OTHER_PROVINCE_LEADER).accept("*/*").queryParam("year", YEAR)
                    .queryParam("unitId", province()).get(path).then(), 403, "out-of-scope");
        }
        // the sibling reads its own commune
        Api.as(Tokens.token("leader.sibling", w.communeCode(), null, "leader")).queryParam("year", YEAR)
                .queryParam("titleId", w.title().id()).get(COUNTS).then().statusCode(200)
                .body("total.counts.registered", equalTo(2));
    }

    @Test
    void anUnknownUnitOrTitleIs404() {
        for (String path : List.of(COUNTS, CRITERIA, XLSX_PATH)) {
            assertProblem(Api.bad(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("year", YEAR)
                    .queryParam("unitId", 987654321).get(path).then(), 404, "not-found");
            assertProblem(Api.bad(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("year", YEAR)
                    .queryParam("titleId", 987654321).get(path).then(), 404, "not-found");
        }
    }
}
