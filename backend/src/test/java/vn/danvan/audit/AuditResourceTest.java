package vn.danvan.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class AuditResourceTest {

    @Test
    void theHistoryOfARecordNewestFirst() {
        Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
        Api.as(Tokens.COMMUNE_ADMIN)
                .body(Map.of("name", "Khu phố đổi tên", "kind", "URBAN_QUARTER", "version", area.get("version")))
                .put("/api/v1/residential-areas/" + area.get("id")).then().statusCode(200);
        Api.as(Tokens.COMMUNE_ADMIN).queryParam("entityType", "ResidentialArea").queryParam("entityId", area.get("id"))
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].action", equalTo("UPDATE")).body("items[0].changes.name", equalTo("Khu phố đổi tên"))
                .body("items[1].action", equalTo("CREATE")).body("items[1].actor", equalTo("admin.rachgia"));
    }

    @Test
    void missingAndBadParametersAreNamed() {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/audit-events").then(), "entityType")
                .body("errors.field", hasItems("entityType", "entityId"));
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("entityType", "Invoice").queryParam("entityId", 1)
                .get("/api/v1/audit-events").then(), "entityType");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/audit-events").then(), 401, "unauthorized");
    }

    @Test
    void aReporterIs403() {
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).queryParam("entityType", "ResidentialArea")
                .queryParam("entityId", 1).get("/api/v1/audit-events").then(), 403, "forbidden");
    }

    @Test
    void anotherProvincesLeaderIs403() {
        Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
        assertProblem(
                Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("entityType", "ResidentialArea")
                        .queryParam("entityId", area.get("id")).get("/api/v1/audit-events").then(),
                403, "out-of-scope");
    }

    @Test
    void aRecordWithoutHistoryIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Organization")
                .queryParam("entityId", 999_999_999).get("/api/v1/audit-events").then(), 404, "not-found");
    }
}
