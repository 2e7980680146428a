package vn.danvan.unit.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * GET /api/v1/organizations as the pickers use it: exact code or name first, then prefixes, then the rest, the caller's
 * scope first within each rank; {@code level}; and {@code forTaskId}, which offers only what the task can be given to.
 */
@QuarkusTest
class OrganizationPickerTest {

    /** A word no other organization has, so that the test sees only its own. */
    private static String word() {
        return Fixtures.uniqueCode("Chon").replace("-", "");
    }

    private static String inRachGia(String code, String name) {
        Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("unitId", Fixtures.unitIdOf(Tokens.COMMUNE), "code", code, "name",
                name, "kind", "MASS_ASSOCIATION")).post("/api/v1/organizations").then().statusCode(201);
        return code;
    }

    private static String inHanoi(String code, String name) {
        long hanoi = Api.as(Tokens.OTHER_PROVINCE_ADMIN).get("/api/v1/units/by-code/" + Tokens.OTHER_PROVINCE).then()
                .statusCode(200).extract().jsonPath().getLong("unit.id");
        Api.as(Tokens.OTHER_PROVINCE_ADMIN)
                .body(Map.of("unitId", hanoi, "code", code, "name", name, "kind", "MASS_ASSOCIATION"))
                .post("/api/v1/organizations").then().statusCode(201);
        return code;
    }

    private static long taskOfAnGiang() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        return Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "CONTINUOUS"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getLong("[0].id");
    }

    @Test
    void exactNameThenPrefixesThenTheRestAndTheCallersScopeFirstWithinEach() {
        String w = word();
        String exactName = inHanoi(Fixtures.uniqueCode("01-HOI"), w);
        String prefixHere = inRachGia(Fixtures.uniqueCode("30742-HOI"), w + " Rạch Giá");
        String prefixThere = inHanoi(Fixtures.uniqueCode("01-HOI"), w + " Hà Nội");
        String containsHere = inRachGia(Fixtures.uniqueCode("30742-HOI"), "Hội " + w);

        // diacritics and case ignored: the exact name (of another province) first, then the prefixes with the
        // caller's own first (Vietnamese order alone would put Hà Nội before Rạch Giá), then the rest
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", w.toLowerCase()).get("/api/v1/organizations").then()
                .statusCode(200).body("items.code", contains(exactName, prefixHere, prefixThere, containsHere));
        // for Hà Nội its own prefix comes first
        Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("q", w).get("/api/v1/organizations").then().statusCode(200)
                .body("items.code", contains(exactName, prefixThere, prefixHere, containsHere));
        // an exact code first
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", containsHere.toLowerCase()).get("/api/v1/organizations").then()
                .statusCode(200).body("items[0].code", equalTo(containsHere));
    }

    @Test
    void anAnGiangEditorTyping91UbndGetsAnGiangsPeoplesCommitteeFirst() {
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "91-UBND").get("/api/v1/organizations").then().statusCode(200)
                .body("items[0].code", equalTo("91-UBND"))
                .body("items[0].name", equalTo("Ủy ban nhân dân tỉnh An Giang"));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "91-ubnd").queryParam("includeEnded", true)
                .get("/api/v1/organizations").then().statusCode(200).body("items[0].code", equalTo("91-UBND"));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "uy ban nhan dan tinh an giang").get("/api/v1/organizations")
                .then().statusCode(200).body("items[0].code", equalTo("91-UBND"));
    }

    @Test
    void forATaskOnlyWhatItCanBeGivenToNeverAnotherProvince() {
        long task = taskOfAnGiang();
        String w = word();
        String here = inRachGia(Fixtures.uniqueCode("30742-HOI"), w + " Rạch Giá");
        String there = inHanoi(Fixtures.uniqueCode("01-HOI"), w);

        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", w).queryParam("forTaskId", task).get("/api/v1/organizations")
                .then().statusCode(200).body("items.code", contains(here)).body("total", equalTo(1));
        // Hà Nội's People's Committee is found by its code, but not for An Giang's task
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "01-UBND").get("/api/v1/organizations").then().statusCode(200)
                .body("items[0].code", equalTo("01-UBND"));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "01-UBND").queryParam("forTaskId", task).queryParam("size", 100)
                .get("/api/v1/organizations").then().statusCode(200).body("items.code", not(hasItem("01-UBND")));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "91-UBND").queryParam("forTaskId", task)
                .get("/api/v1/organizations").then().statusCode(200).body("items[0].code", equalTo("91-UBND"));
        // the commune reads the task (its Party committee got the plan): the same reach, the issuer's
        Api.as(Tokens.COMMUNE_EDITOR).queryParam("q", w).queryParam("forTaskId", task).get("/api/v1/organizations")
                .then().statusCode(200).body("items.code", contains(here));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", w).get("/api/v1/organizations").then().statusCode(200)
                .body("items.code", containsInAnyOrder(here, there));
    }

    @Test
    void byTheLevelOfTheOrganizationsUnit() {
        String w = word();
        String commune = inRachGia(Fixtures.uniqueCode("30742-HOI"), w + " phường");
        String province = inHanoi(Fixtures.uniqueCode("01-HOI"), w + " thành phố");
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", w).queryParam("level", "COMMUNE").get("/api/v1/organizations")
                .then().statusCode(200).body("items.code", contains(commune));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", w).queryParam("level", "PROVINCE").get("/api/v1/organizations")
                .then().statusCode(200).body("items.code", contains(province));
    }

    @Test
    void badParametersAre400() {
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).queryParam("forTaskId", "abc").get("/api/v1/organizations").then(),
                "forTaskId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("level", "XYZ").get("/api/v1/organizations").then(),
                "level");
        // no such task: a filter naming nothing is a 400 naming it (as unitId is)
        assertFieldError(Api.as(Tokens.PROVINCE_EDITOR).queryParam("forTaskId", Long.MAX_VALUE)
                .get("/api/v1/organizations").then(), "forTaskId");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().queryParam("forTaskId", 1).get("/api/v1/organizations").then(), 401,
                "unauthorized");
    }

    @Test
    void aTaskTheCallerCannotSeeIs403AndThePortalNeverReadsTasks() {
        long task = taskOfAnGiang();
        assertProblem(
                Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("forTaskId", task).get("/api/v1/organizations").then(),
                403, "out-of-scope");
        assertProblem(Api.as(Tokens.token("portal", Tokens.PROVINCE, null, "integration")).queryParam("forTaskId", task)
                .get("/api/v1/organizations").then(), 403, "forbidden");
    }
}
