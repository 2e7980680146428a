package vn.danvan.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertProblem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Tokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void aCommuneOfficerWithOrganizationAndUnit() {
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("reporter.rachgia")).body("fullName", equalTo("Người dùng reporter.rachgia"))
                .body("roles", contains("reporter")).body("organization.name", equalTo("Đảng ủy phường Rạch Giá"))
                .body("unit.code", equalTo("30742")).body("unit.name", equalTo("Phường Rạch Giá"));
    }

    @Test
    void aCadreOfAResidentialAreaSeesTheArea() {
        String code = "30742-ME" + System.nanoTime() % 1_000_000;
        Api.as(Tokens.COMMUNE_ADMIN)
                .body(java.util.Map.of("unitId", vn.danvan.testing.Fixtures.unitIdOf(Tokens.COMMUNE), "code", code,
                        "name", "Khu phố " + code, "kind", "URBAN_QUARTER"))
                .post("/api/v1/residential-areas").then().statusCode(201);
        Api.as(Tokens.areaReporter("reporter.area", Tokens.COMMUNE, code)).get("/api/v1/me").then().statusCode(200)
                .body("residentialArea.code", equalTo(code)).body("residentialArea.name", equalTo("Khu phố " + code))
                .body("organization.name", equalTo("Ủy ban Mặt trận Tổ quốc Việt Nam phường Rạch Giá"));
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/me").then().statusCode(200).body("$",
                not(hasKey("residentialArea")));
    }

    @Test
    void anAccountWithoutUnitStillKnowsWhoItIs() {
        Api.as(Tokens.NO_UNIT).get("/api/v1/me").then().statusCode(200).body("username", equalTo("drifter")).body("$",
                not(hasKey("unit")));
    }

    @Test
    void unknownRolesAreNotReported() {
        Api.as(Tokens.token("mixed", "91", null, "leader", "uma_authorization")).get("/api/v1/me").then()
                .statusCode(200).body("roles", contains("leader"));
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/me").then(), 401, "unauthorized");
    }
}
