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
