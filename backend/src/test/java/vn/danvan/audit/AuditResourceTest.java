package vn.danvan.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.CriteriaFixtures;
import vn.danvan.testing.EmulationFixtures;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionFixtures;
import vn.danvan.testing.RecognitionSetFixtures;
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

    @Test
    void theHistoriesOfModelsTitlesSetsAndRecognitionCasesAreReadInScope() {
        RecognitionFixtures.Case c = RecognitionFixtures.caseIn("SELF_ASSESSED",
                RecognitionSetFixtures.title("COMMUNE"));
        // registration, one self-assessment per criterion, the submission: each step is an event of the case
        history(Tokens.PROVINCE_LEADER, "RecognitionCase", c.id()).statusCode(200)
                .body("total", greaterThanOrEqualTo(3)).body("items[-1].action", equalTo("CREATE"));
        assertProblem(history(Tokens.OTHER_PROVINCE_LEADER, "RecognitionCase", c.id()), 403, "out-of-scope");

        Map<String, Object> title = CriteriaFixtures.provinceTitle();
        Map<String, Object> set = CriteriaFixtures.published(CriteriaFixtures.id(title), Tokens.PROVINCE_ADMIN);
        history(Tokens.PROVINCE_ADMIN, "RecognitionTitle", CriteriaFixtures.id(title)).statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor", equalTo("admin.angiang"));
        history(Tokens.PROVINCE_ADMIN, "CriteriaSet", CriteriaFixtures.id(set)).statusCode(200)
                .body("total", greaterThanOrEqualTo(2)).body("items[-1].action", equalTo("CREATE"));
        assertProblem(history(Tokens.OTHER_PROVINCE_LEADER, "CriteriaSet", CriteriaFixtures.id(set)), 403,
                "out-of-scope");

        EmulationFixtures.Model model = EmulationFixtures.model();
        history(Tokens.COMMUNE_ADMIN, "MobilizationModel", model.id()).statusCode(200)
                .body("items[-1].action", equalTo("CREATE")).body("items[-1].actor", equalTo("reporter.rachgia"));
    }

    private static io.restassured.response.ValidatableResponse history(String token, String type, long id) {
        return Api.as(token).queryParam("entityType", type).queryParam("entityId", id).get("/api/v1/audit-events")
                .then();
    }
}
