package vn.danvan.unit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/**
 * A unit's record, its end and its successor are changed by an admin of the unit above (for a province, of the central
 * level); nobody moves a unit, and with it all its records, into a scope they do not hold.
 */
@QuarkusTest
class UnitAuthorityTest {

    private static Map<String, Object> changes(Map<String, Object> unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unit.get("name"));
        body.put("shortName", unit.get("shortName"));
        body.put("kind", unit.get("kind"));
        body.put("validFrom", unit.get("validFrom"));
        body.put("version", unit.get("version"));
        return body;
    }

    private static String adminOf(Map<String, Object> unit) {
        return Tokens.token("admin." + unit.get("code"), (String) unit.get("code"), null, "admin");
    }

    @Test
    void aCommuneAdminCannotChangeItsOwnUnitNorMoveItAway() {
        Map<String, Object> commune = Fixtures.newCommuneInAnGiang();
        Map<String, Object> body = changes(commune);
        body.put("validTo", "2026-06-30");
        body.put("successorId", Api.as(Tokens.CENTRAL_ADMIN).get("/api/v1/units/by-code/" + Tokens.OTHER_PROVINCE)
                .then().statusCode(200).extract().jsonPath().getLong("unit.id"));
        assertProblem(Api.as(adminOf(commune)).body(body).put("/api/v1/units/" + commune.get("id")).then(), 403,
                "out-of-scope");
        // the province's admin may end it, but not hand it to another province
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(body).put("/api/v1/units/" + commune.get("id")).then(), 403,
                "out-of-scope").body("errors.field", hasItem("successorId"));
        Map<String, Object> other = Fixtures.newCommuneInAnGiang();
        body.put("successorId", other.get("id"));
        Api.as(Tokens.PROVINCE_ADMIN).body(body).put("/api/v1/units/" + commune.get("id")).then().statusCode(200)
                .body("successor.id", equalTo(((Number) other.get("id")).intValue()));
    }

    @Test
    void theRecordsOfAMergedCommuneFollowItIntoItsSuccessorsScope() {
        Map<String, Object> merged = Fixtures.newCommuneInAnGiang();
        Map<String, Object> successor = Fixtures.newCommuneInAnGiang();
        String code = merged.get("code") + "-DU";
        long organization = Api.as(Tokens.PROVINCE_ADMIN)
                .body(Map.of("code", code, "name", "Đảng ủy " + code, "kind", "PARTY_COMMITTEE", "unitId",
                        merged.get("id")))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        String successorAdmin = adminOf(successor);
        assertProblem(Api.as(successorAdmin).get("/api/v1/organizations/" + organization).then(), 403, "out-of-scope");
        Map<String, Object> body = changes(merged);
        body.put("validTo", "2026-06-30");
        body.put("successorId", successor.get("id"));
        Api.as(Tokens.PROVINCE_ADMIN).body(body).put("/api/v1/units/" + merged.get("id")).then().statusCode(200);
        Api.as(successorAdmin).get("/api/v1/organizations/" + organization).then().statusCode(200).body("code",
                equalTo(code));
    }

    @Test
    void aProvinceIsChangedByAnAdminOfTheCentralLevelOnly() {
        long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
        Map<String, Object> province = Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/units/" + anGiang).then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(changes(province)).put("/api/v1/units/" + anGiang).then(), 403,
                "out-of-scope");
        Api.as(Tokens.CENTRAL_ADMIN).body(changes(province)).put("/api/v1/units/" + anGiang).then().statusCode(200)
                .body("name", equalTo(province.get("name")));
    }
}
