package vn.danvan.rural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.DemoDataProfile;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/**
 * With demo data on (make run): a commune formed by the 2025 reform holds NTM only by its own decision, and the demo's
 * thừa nhận decisions of 2025 go to communes whose former communes all held the title when they ended; An Giang's
 * 2026–2030 target counts them.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoRuralTest {

    private static final String COMMUNES = "/api/v1/rural/communes";

    @Test
    void theDemosThuaNhanDecisionsGoToCommunesWhoseFormerCommunesAllHeldTheTitle() {
        JsonPath list = Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 2025).queryParam("level", "STANDARD")
                .queryParam("size", 100).get(COMMUNES).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = list.getList("items");
        List<String> demo = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<?, ?> commune = (Map<?, ?>) row.get("commune");
            long id = ((Number) commune.get("id")).longValue();
            JsonPath history = Api.as(Tokens.PROVINCE_LEADER).get(COMMUNES + "/" + id + "/recognitions").then()
                    .statusCode(200).extract().jsonPath();
            String signer = history.getString("find { it.decisionId == " + row.get("levelDecisionId") + " }.signer");
            // the level is the commune's own decision, never a former commune's
            assertEquals(id,
                    history.getLong("find { it.decisionId == " + row.get("levelDecisionId") + " }.commune.id"));
            if (signer != null && signer.contains("ví dụ minh họa")) {
                demo.add((String) commune.get("name"));
                int formers = ((Number) row.get("formerCommunes")).intValue();
                assertTrue(formers > 0, commune.get("name") + " was formed from former communes");
                assertEquals(formers, ((Number) row.get("formerCommunesRecognized")).intValue(),
                        commune.get("name") + ": every former commune held XA-NTM on the day it ended");
            }
        }
        assertFalse(demo.isEmpty(), "An Giang has demo thừa nhận decisions of 2025");
    }

    @Test
    void anGiangs2030TargetCountsTheCommunesOwnDecisions() {
        long board = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTV");
        long chiThi = Api.as(Tokens.PROVINCE_LEADER).queryParam("issuerId", board).queryParam("type", "DIRECTIVE")
                .queryParam("q", "nong thon moi do thi van minh").get("/api/v1/directives").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        JsonPath targets = Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/" + chiThi + "/targets").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("STANDARD", targets.getString("[0].titleLevel"));
        long counted = targets.getLong("[0].progress.counted");
        assertTrue(counted > 0, "the 2030 NTM target shows progress: " + counted);
        assertTrue(counted < targets.getLong("[0].progress.of"), "not every commune holds NTM in the demo");
    }
}
