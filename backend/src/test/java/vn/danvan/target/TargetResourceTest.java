package vn.danvan.target;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionFixtures;
import vn.danvan.testing.RecognitionSetFixtures;
import vn.danvan.testing.TargetFixtures;
import vn.danvan.testing.TargetFixtures.FormerProvince;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * /api/v1/directives/{id}/targets and /api/v1/targets: targets kept by the directive's editors, their progress counted
 * from the data and checked against counts made here straight from the tables — over a former province of the test's
 * own as it was before the 2025 reform, and over An Giang today.
 */
@QuarkusTest
class TargetResourceTest {

    private static final String EDITOR = Tokens.PROVINCE_EDITOR;
    private static final List<String> ALL_LEVELS = List.of(TargetFixtures.NTM, TargetFixtures.ADVANCED,
            TargetFixtures.MODEL, TargetFixtures.MODERN);
    private static final LocalDate REFORM_EVE = LocalDate.of(2025, 6, 30);

    // ---- fixtures ---------------------------------------------------------------------------------------------

    @org.junit.jupiter.api.AfterEach
    void removeDecisions() {
        TargetFixtures.removeDecisions();
    }

    /** A directive of An Giang's board (91-BTGDV), issued on a day. */
    private static long directive(String issueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("number", Fixtures.uniqueSequence() + "-CV/TU");
        body.put("issuerId", TaskFixtures.board());
        body.put("issueDate", issueDate);
        body.put("subject", "Lãnh đạo tiếp tục thực hiện Cuộc vận động xây dựng nông thôn mới (thử)");
        return Api.as(EDITOR).body(body).post("/api/v1/directives").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> units(long scope, String group, String level, String expression, double min,
            Double max, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("measure", "UNITS_WITH_TITLE");
        body.put("unitGroup", group);
        body.put("titleLevel", level);
        body.put("expression", expression);
        body.put("scopeUnitId", scope);
        body.put("deadline", deadline);
        body.put("valueMin", min);
        if (max != null) {
            body.put("valueMax", max);
        }
        body.put("wording", "Chỉ tiêu thử " + group + " " + level);
        return body;
    }

    private static JsonPath create(long directive, Map<String, Object> body) {
        return Api.as(EDITOR).body(body).post("/api/v1/directives/" + directive + "/targets").then().statusCode(201)
                .extract().jsonPath();
    }

    private static JsonPath progress(String token, long target) {
        return Api.as(token).get("/api/v1/targets/" + target + "/progress").then().statusCode(200).extract().jsonPath();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The former province's decisions: who held what, when (see each line). */
    private static FormerProvince formerProvinceWithDecisions() {
        FormerProvince fp = TargetFixtures.formerProvince();
        TargetFixtures.decision(fp.c1(), TargetFixtures.NTM, LocalDate.of(2021, 6, 1), null);
        TargetFixtures.decision(fp.c1(), TargetFixtures.ADVANCED, LocalDate.of(2024, 3, 1), null);
        long c2 = TargetFixtures.decision(fp.c2(), TargetFixtures.NTM, LocalDate.of(2023, 5, 1), null);
        TargetFixtures.revoke(c2, LocalDate.of(2025, 3, 1)); // lost before the reform
        TargetFixtures.decision(fp.c3(), TargetFixtures.NTM, LocalDate.of(2022, 1, 1), null); // merged away end 2023
        TargetFixtures.decision(fp.c4(), TargetFixtures.MODEL, LocalDate.of(2025, 1, 10), null); // new from 2024
        TargetFixtures.decision(fp.w1(), TargetFixtures.NTM, LocalDate.of(2022, 8, 1), null); // a ward
        TargetFixtures.decision(fp.t1(), TargetFixtures.ADVANCED, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1));
        return fp;
    }

    // ---- progress -----------------------------------------------------------------------------------------------

    @Test
    void aTargetOfAnAbolishedProvinceIsCountedOverItsCommunesAsTheyWere() {
        FormerProvince fp = formerProvinceWithDecisions();
        long directive = directive("2022-11-23");
        JsonPath all = create(directive, units(fp.id(), "COMMUNES", "STANDARD", "SHARE", 100, null, "2025-12-31"));
        assertEquals("MISSED", all.getString("progress.status"));
        assertEquals(REFORM_EVE.toString(), all.getString("progress.asOf"));
        assertEquals(true, all.getBoolean("progress.settled"));
        assertEquals(2, all.getLong("progress.counted")); // c1 (advanced), c4 (model); c2 revoked, c3 merged away
        assertEquals(3, all.getLong("progress.of"));
        assertEquals(66.7, all.getDouble("progress.share"), 0.001);
        assertEquals(1, all.getLong("progress.missing"));
        assertEquals(fp.id(), all.getLong("scopeUnit.id"));
        assertEquals(REFORM_EVE.toString(), all.getString("scopeUnit.validTo"));
        long[] direct = TargetFixtures.countDirectly(fp.path(), List.of("COMMUNE"), ALL_LEVELS, REFORM_EVE);
        assertEquals(direct[0], all.getLong("progress.counted"));
        assertEquals(direct[1], all.getLong("progress.of"));

        // the trend: the end of each year from the directive's year, the tree of that day
        JsonPath detail = progress(Tokens.PROVINCE_LEADER, all.getLong("id"));
        assertEquals(List.of(2022, 2023, 2024, 2025), detail.getList("trend.year", Integer.class));
        assertEquals(List.of("2022-12-31", "2023-12-31", "2024-12-31", "2025-06-30"), detail.getList("trend.asOf"));
        assertEquals(List.of(2L, 3L, 2L, 2L), detail.getList("trend.counted", Long.class));
        assertEquals(List.of(3L, 3L, 3L, 3L), detail.getList("trend.of", Long.class));
        for (int i = 0; i < 4; i++) {
            long[] then = TargetFixtures.countDirectly(fp.path(), List.of("COMMUNE"), ALL_LEVELS,
                    LocalDate.parse(detail.getString("trend[" + i + "].asOf")));
            assertEquals(then[0], detail.getLong("trend[" + i + "].counted"), "trend " + i);
            assertEquals(then[1], detail.getLong("trend[" + i + "].of"), "trend " + i);
        }

        // at least 30 advanced, 15 model: counted over the same communes
        JsonPath advanced = create(directive, units(fp.id(), "COMMUNES", "ADVANCED", "COUNT", 30, null, "2025-12-31"));
        assertEquals(2, advanced.getLong("progress.counted"));
        assertEquals("MISSED", advanced.getString("progress.status"));
        JsonPath model = create(directive, units(fp.id(), "COMMUNES", "MODEL", "COUNT", 15, null, "2025-12-31"));
        assertEquals(1, model.getLong("progress.counted"));
        assertEquals(
                TargetFixtures.countDirectly(fp.path(), List.of("COMMUNE"),
                        List.of(TargetFixtures.MODEL, TargetFixtures.MODERN), REFORM_EVE)[0],
                model.getLong("progress.counted"));
        // xã, phường and đặc khu: the ward counts, the township (thị trấn) does not
        JsonPath level = create(directive,
                units(fp.id(), "COMMUNE_LEVEL", "STANDARD", "SHARE", 100, null, "2025-12-31"));
        assertEquals(3, level.getLong("progress.counted"));
        assertEquals(4, level.getLong("progress.of"));

        // the missing units, in Vietnamese order, with the level they do hold
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/targets/" + model.getLong("id") + "/missing-units").then()
                .statusCode(200).body("asOf", equalTo("2025-06-30")).body("total", equalTo(2))
                .body("items.id", equalTo(List.of((int) fp.c1(), (int) fp.c2())))
                .body("items[0].heldLevel", equalTo("ADVANCED")).body("items[1].heldLevel", nullValue())
                .body("items[0].kind", equalTo("COMMUNE"))
                .body("items[0].parentName", org.hamcrest.Matchers.startsWith("Huyện Một "));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "hoa")
                .get("/api/v1/targets/" + model.getLong("id") + "/missing-units").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) fp.c2()));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/targets/" + model.getLong("id") + "/missing-units").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) fp.c2()))).body("total", equalTo(2));

        // read by An Giang's commune (under the successor), not by Hà Nội
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/targets/" + all.getLong("id")).then().statusCode(200);
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/targets/" + all.getLong("id")).then(), 403,
                "out-of-scope");
    }

    @Test
    void aTargetOverDistrictsStaysVisibleAsNoLongerMeasurable() {
        FormerProvince fp = formerProvinceWithDecisions();
        long directive = directive("2022-11-23");
        JsonPath districts = create(directive, units(fp.id(), "DISTRICTS", "STANDARD", "COUNT", 7, 9.0, "2025-12-31"));
        assertEquals("NOT_MEASURABLE", districts.getString("progress.status"));
        assertEquals("DISTRICTS_ABOLISHED", districts.getString("progress.reason"));
        assertTrue(districts.getString("progress.reasonText").contains("01/07/2025"));
        assertEquals(null, (Object) districts.get("progress.counted"));
        assertEquals(7.0, districts.getDouble("valueMin"), 0);
        assertEquals(9.0, districts.getDouble("valueMax"), 0);
        JsonPath detail = progress(Tokens.PROVINCE_LEADER, districts.getLong("id"));
        assertEquals(List.of(), detail.getList("trend"));
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/targets/" + districts.getLong("id") + "/missing-units").then()
                .statusCode(200).body("total", equalTo(0));
        // listed with the directive's other targets, never an error
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/" + directive + "/targets").then().statusCode(200)
                .body("id", hasItem((int) districts.getLong("id"))).body("progress.status", hasItem("NOT_MEASURABLE"));
        // a target over districts before the reform: the districts were there, no title of theirs is
        JsonPath before = create(directive, units(fp.id(), "DISTRICTS", "STANDARD", "COUNT", 1, null, "2024-12-31"));
        assertEquals("NO_DISTRICT_TITLE", before.getString("progress.reason"));
    }

    @Test
    void aTargetOfAnGiangTodayEqualsTheCountMadeFromTheTables() {
        long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
        String path = TargetFixtures.pathOf(anGiang);
        long directive = directive("2026-02-20");
        Map<String, Object> body = units(anGiang, "COMMUNE_LEVEL", "STANDARD", "SHARE", 100, null, "2030-12-31");
        long id = create(directive, body).getLong("id");
        JsonPath before = progress(Tokens.PROVINCE_LEADER, id);

        Map<String, Object> held = Fixtures.newCommuneInAnGiang();
        Map<String, Object> missing = Fixtures.newCommuneInAnGiang();
        TargetFixtures.decision(((Number) held.get("id")).longValue(), TargetFixtures.NTM, LocalDate.of(2025, 8, 1),
                null);
        JsonPath after = progress(Tokens.PROVINCE_LEADER, id);
        assertEquals(before.getLong("target.progress.of") + 2, after.getLong("target.progress.of"));
        assertEquals(before.getLong("target.progress.counted") + 1, after.getLong("target.progress.counted"));
        long[] direct = TargetFixtures.countDirectly(path, List.of("COMMUNE", "WARD", "SPECIAL_ZONE"), ALL_LEVELS,
                today());
        assertEquals(direct[0], after.getLong("target.progress.counted"));
        assertEquals(direct[1], after.getLong("target.progress.of"));
        assertEquals("IN_PROGRESS", after.getString("target.progress.status"));
        assertEquals(today().toString(), after.getString("target.progress.asOf"));
        assertEquals(false, after.getBoolean("target.progress.settled"));
        assertEquals(List.of(2026), after.getList("trend.year", Integer.class));

        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", missing.get("shortName"))
                .get("/api/v1/targets/" + id + "/missing-units").then().statusCode(200)
                .body("items.id", equalTo(List.of(((Number) missing.get("id")).intValue())));
        // the list of the scope shows the same figure
        Api.as(Tokens.PROVINCE_LEADER).queryParam("directiveId", directive).get("/api/v1/targets").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].progress.counted", equalTo((int) direct[0]));
        // a commune of An Giang reads its province's targets
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("directiveId", directive).get("/api/v1/targets").then()
                .statusCode(200).body("total", equalTo(1));
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("directiveId", directive).queryParam("year", 2029)
                .get("/api/v1/targets").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void recognizedAreasAndModelsAreCounted() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        RecognitionFixtures.caseIn("RECOGNIZED", title); // an area of phường Rạch Giá, decision in force
        long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
        long directive = directive("2026-02-20");
        Map<String, Object> areas = new HashMap<>(Map.of("measure", "RECOGNIZED_AREAS", "titleId", title.id(),
                "expression", "COUNT", "scopeUnitId", rachGia, "deadline", "2030-12-31", "valueMin", 1));
        JsonPath t = create(directive, areas);
        assertEquals(1, t.getLong("progress.counted"));
        assertEquals("ACHIEVED", t.getString("progress.status"));
        assertEquals(title.id(), t.getLong("title.id"));
        assertEquals(null, (Object) t.get("progress.of"));

        long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
        JsonPath models = create(directive, Map.of("measure", "RECOGNIZED_MODELS", "expression", "COUNT", "scopeUnitId",
                anGiang, "deadline", "2030-12-31", "valueMin", 100000));
        assertEquals(TargetFixtures.recognizedModelsDirectly(TargetFixtures.pathOf(anGiang), today()),
                models.getLong("progress.counted"));
        assertEquals("IN_PROGRESS", models.getString("progress.status"));
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    @Test
    void theDirectivesEditorsCreateChangeAndRemoveTargetsWithTheirHistory() {
        long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
        long directive = directive("2026-02-20");
        io.restassured.response.ValidatableResponse first = Api.as(EDITOR)
                .body(units(anGiang, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31"))
                .post("/api/v1/directives/" + directive + "/targets").then().statusCode(201)
                .body("position", equalTo(0)).body("demo", equalTo(false))
                .body("directive.id", equalTo((int) directive)).body("directive.issuer.code", equalTo("91-BTGDV"));
        assertEquals("/api/v1/targets/" + first.extract().jsonPath().getLong("id"),
                java.net.URI.create(first.extract().header("Location")).getPath());
        JsonPath second = create(directive, units(anGiang, "COMMUNES", "ADVANCED", "COUNT", 30, null, "2030-12-31"));
        assertEquals(1, second.getInt("position"));
        long id = second.getLong("id");

        Map<String, Object> change = units(anGiang, "COMMUNES", "MODEL", "COUNT", 15, null, "2030-12-31");
        change.put("version", second.getLong("version"));
        change.put("position", 5);
        JsonPath changed = Api.as(EDITOR).body(change).put("/api/v1/targets/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("MODEL", changed.getString("titleLevel"));
        assertEquals(5, changed.getInt("position"));
        // stale version: 409
        assertProblem(Api.as(EDITOR).body(change).put("/api/v1/targets/" + id).then(), 409, "stale-version");
        assertProblem(
                Api.as(EDITOR).queryParam("version", second.getLong("version")).delete("/api/v1/targets/" + id).then(),
                409, "stale-version");
        // a directive with targets is not removed with them
        long directiveVersion = Api.as(EDITOR).get("/api/v1/directives/" + directive).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        assertProblem(
                Api.as(EDITOR).queryParam("version", directiveVersion).delete("/api/v1/directives/" + directive).then(),
                409, "conflict");

        Api.as(EDITOR).queryParam("version", changed.getLong("version")).delete("/api/v1/targets/" + id).then()
                .statusCode(204);
        assertProblem(Api.as(EDITOR).get("/api/v1/targets/" + id).then(), 404, "not-found");
        Api.as(Tokens.PROVINCE_ADMIN).queryParam("entityType", "Target").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(3))
                .body("items.action", equalTo(List.of("DELETE", "UPDATE", "CREATE")));
    }

    @Test
    void wrongTargetsAreRefusedNamingTheField() {
        long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
        long directive = directive("2026-02-20");
        String path = "/api/v1/directives/" + directive + "/targets";
        assertFieldError(Api.bad(EDITOR).body(Map.of("expression", "COUNT")).post(path).then(), "measure")
                .body("errors.field", hasItem("scopeUnitId")).body("errors.field", hasItem("deadline"))
                .body("errors.field", hasItem("valueMin"));
        Map<String, Object> noGroup = units(anGiang, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31");
        noGroup.remove("unitGroup");
        assertFieldError(Api.as(EDITOR).body(noGroup).post(path).then(), "unitGroup");
        assertFieldError(Api.as(EDITOR).body(units(anGiang, "COMMUNES", "STANDARD", "SHARE", 120, null, "2030-12-31"))
                .post(path).then(), "valueMin");
        assertFieldError(Api.as(EDITOR).body(units(anGiang, "COMMUNES", "STANDARD", "COUNT", 7.5, null, "2030-12-31"))
                .post(path).then(), "valueMin");
        assertFieldError(Api.as(EDITOR).body(units(anGiang, "DISTRICTS", "STANDARD", "COUNT", 9, 7.0, "2030-12-31"))
                .post(path).then(), "valueMax");
        assertFieldError(Api.as(EDITOR).body(Map.of("measure", "RECOGNIZED_MODELS", "expression", "SHARE",
                "scopeUnitId", anGiang, "deadline", "2030-12-31", "valueMin", 50)).post(path).then(), "expression");
        assertFieldError(Api.as(EDITOR).body(Map.of("measure", "RECOGNIZED_AREAS", "expression", "COUNT", "scopeUnitId",
                anGiang, "deadline", "2030-12-31", "valueMin", 50)).post(path).then(), "titleId");
        assertFieldError(Api.as(EDITOR)
                .body(Map.of("measure", "RECOGNIZED_AREAS", "expression", "COUNT", "titleId",
                        TargetFixtures.title(TargetFixtures.NTM)[0], "scopeUnitId", anGiang, "deadline", "2030-12-31",
                        "valueMin", 5))
                .post(path).then(), "titleId"); // a commune's title, not an area's
        assertFieldError(Api.as(EDITOR)
                .body(units(999_999_999L, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31")).post(path).then(),
                "scopeUnitId");
        long hanoi = Api.as(Tokens.CENTRAL_ADMIN).get("/api/v1/units/by-code/" + Tokens.OTHER_PROVINCE).then()
                .statusCode(200).extract().jsonPath().getLong("unit.id");
        assertFieldError(Api.as(EDITOR).body(units(hanoi, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31"))
                .post(path).then(), "scopeUnitId"); // outside the issuer's province
        assertFieldError(Api.as(EDITOR).body(
                units(Fixtures.unitIdOf(Tokens.COMMUNE), "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31"))
                .post(path).then(), "scopeUnitId"); // a commune has no communes
        assertFieldError(Api.bad(EDITOR).body(units(anGiang, "VILLAGES", "STANDARD", "SHARE", 100, null, "2030-12-31"))
                .post(path).then(), "unitGroup");
        assertFieldError(Api.as(EDITOR).body(units(anGiang, "COMMUNES", "STANDARD", "SHARE", 100, null, "2130-12-31"))
                .post(path).then(), "deadline");
        assertFieldError(Api.bad(EDITOR).body(units(anGiang, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31"))
                .post("/api/v1/directives/abc/targets").then(), "id");

        long id = create(directive, units(anGiang, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31"))
                .getLong("id");
        Map<String, Object> noVersion = units(anGiang, "COMMUNES", "STANDARD", "SHARE", 100, null, "2030-12-31");
        assertFieldError(Api.bad(EDITOR).body(noVersion).put("/api/v1/targets/" + id).then(), "version");
        assertFieldError(Api.bad(EDITOR).delete("/api/v1/targets/" + id).then(), "version");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("year", "abc").get("/api/v1/targets").then(),
                "year");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("unitId", 0).get("/api/v1/targets").then(),
                "unitId");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("size", 500).get("/api/v1/targets").then(), "size");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("year", 1800).get("/api/v1/targets.xlsx").then(),
                "year");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/targets/x/progress").then(), "id");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("page", -1)
                .get("/api/v1/targets/" + id + "/missing-units").then(), "page");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/targets/0").then(), "id");
    }

    // ---- who ------------------------------------------------------------------------------------------------------

    @Test
    void onlyTheScopeReadsAndOnlyTheIssuersEditorsChange() {
        long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
        long directive = directive("2026-02-20");
        JsonPath t = create(directive, Map.of("measure", "RECOGNIZED_MODELS", "expression", "COUNT", "scopeUnitId",
                rachGia, "deadline", "2030-12-31", "valueMin", 3));
        long id = t.getLong("id");
        Map<String, Object> sibling = Fixtures.newCommuneInAnGiang();
        String siblingReader = Tokens.token("leader.sibling", (String) sibling.get("code"), null, "leader");

        assertProblem(Api.anonymous().get("/api/v1/targets/" + id).then(), 401, "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/targets").then(), 401, "unauthorized");
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/targets/" + id).then().statusCode(200);
        assertProblem(Api.as(siblingReader).get("/api/v1/targets/" + id).then(), 403, "out-of-scope");
        assertProblem(Api.as(siblingReader).get("/api/v1/targets/" + id + "/progress").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/targets/" + id + "/missing-units").then(), 403,
                "out-of-scope");
        String portal = Tokens.token("portal", Tokens.PROVINCE, null, "integration");
        assertProblem(Api.as(portal).get("/api/v1/targets/" + id).then(), 403, "forbidden");
        Api.as(siblingReader).queryParam("directiveId", directive).get("/api/v1/targets").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        assertProblem(Api.as(siblingReader).queryParam("unitId", rachGia).get("/api/v1/targets").then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", 999_999_999L).get("/api/v1/targets").then(),
                404, "not-found");

        Map<String, Object> change = new HashMap<>(Map.of("measure", "RECOGNIZED_MODELS", "expression", "COUNT",
                "scopeUnitId", rachGia, "deadline", "2030-12-31", "valueMin", 4, "version", t.getLong("version")));
        Map<String, Object> creation = new HashMap<>(change);
        creation.remove("version");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(change).put("/api/v1/targets/" + id).then(), 403,
                "forbidden");
        // the commune's own editor is not the directive's (the province's board issued it)
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(change).put("/api/v1/targets/" + id).then(), 403,
                "out-of-scope");
        assertProblem(
                Api.as(Tokens.OTHER_PROVINCE_ADMIN).queryParam("version", 0).delete("/api/v1/targets/" + id).then(),
                403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(creation).post("/api/v1/directives/" + directive + "/targets")
                .then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(creation)
                .post("/api/v1/directives/" + directive + "/targets").then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/directives/" + directive + "/targets").then(),
                403, "out-of-scope");

        assertProblem(Api.as(EDITOR).get("/api/v1/targets/999999999").then(), 404, "not-found");
        assertProblem(Api.as(EDITOR).get("/api/v1/targets/999999999/progress").then(), 404, "not-found");
        assertProblem(Api.as(EDITOR).get("/api/v1/targets/999999999/missing-units").then(), 404, "not-found");
        assertProblem(Api.as(EDITOR).body(change).put("/api/v1/targets/999999999").then(), 404, "not-found");
        assertProblem(Api.as(EDITOR).queryParam("version", 0).delete("/api/v1/targets/999999999").then(), 404,
                "not-found");
        assertProblem(Api.as(EDITOR).get("/api/v1/directives/999999999/targets").then(), 404, "not-found");
        assertProblem(Api.as(EDITOR).body(creation).post("/api/v1/directives/999999999/targets").then(), 404,
                "not-found");
        Api.as(EDITOR).body(change).put("/api/v1/targets/" + id).then().statusCode(200).body("valueMin", equalTo(4.0f));
    }

    // ---- export ---------------------------------------------------------------------------------------------------

    @Test
    void theTargetsOfAScopeAreExportedWithTheirProgress() throws IOException {
        FormerProvince fp = formerProvinceWithDecisions();
        long directive = directive("2022-11-23");
        create(directive, units(fp.id(), "COMMUNES", "STANDARD", "SHARE", 100, null, "2025-12-31"));
        create(directive, units(fp.id(), "DISTRICTS", "STANDARD", "COUNT", 7, 9.0, "2025-12-31"));
        byte[] bytes = Api.as(Tokens.PROVINCE_LEADER).accept("*/*").queryParam("directiveId", directive)
                .get("/api/v1/targets.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("Chỉ tiêu"), book.getSheets().map(s -> s.getName()).toList());
            List<Row> rows = book.getSheet(0).orElseThrow().read();
            Row first = rows.stream().filter(r -> r.getRowNum() == 5).findFirst().orElseThrow();
            assertEquals("31/12/2025", first.getCellText(5));
            assertEquals("100%", first.getCellText(6));
            assertEquals("2", first.getCellText(7));
            assertEquals("3", first.getCellText(8));
            assertEquals("30/06/2025", first.getCellText(10));
            assertEquals("Không đạt", first.getCellText(11));
            Row second = rows.stream().filter(r -> r.getRowNum() == 6).findFirst().orElseThrow();
            assertEquals("7–9", second.getCellText(6));
            assertTrue(second.getCellText(11).startsWith("Không còn đo được"));
        }
        assertProblem(Api.anonymous().accept("*/*").get("/api/v1/targets.xlsx").then(), 401, "unauthorized");
    }
}
