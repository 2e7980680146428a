package vn.danvan.mobilization;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.danvan.testing.Api;
import vn.danvan.testing.DemoDataProfile;
import vn.danvan.testing.Tokens;

/** With demo data on (make run), An Giang's communes run a living movement: every part of the cycle has models. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoMobilizationTest {

    private static final String MODELS = "/api/v1/mobilization-models";

    private static long movement() {
        return Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/emulation/movements").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.name == 'Dân vận khéo' && it.organization.code == '91-BTGDV' }.id");
    }

    private static int count(String name, Object value) {
        return Api.as(Tokens.PROVINCE_LEADER).queryParam("movementId", movement()).queryParam(name, value)
                .queryParam("size", 1).get(MODELS).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void theMovementOf70CvTuHasARealisticSpreadOfModels() {
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/emulation/movements/" + movement()).then().statusCode(200)
                .body("directiveId", notNullValue());
        int all = Api.as(Tokens.PROVINCE_LEADER).queryParam("movementId", movement()).get(MODELS).then().statusCode(200)
                .extract().jsonPath().getInt("total");
        assertTrue(all >= 60 && all <= 150, all + " models");
        for (String state : new String[] { "COMMENDED", "RECOGNIZED", "SUBMITTED", "NOT_PASSED" }) {
            assertTrue(count("roundState", state) > 0, state);
        }
        assertTrue(count("state", "DISCONTINUED") > 0, "discontinued");
        assertTrue(count("field", "QUOC_PHONG_AN_NINH") > 0, "a field");
        assertTrue(count("ownerKind", "INDIVIDUAL") > 0, "individuals");
        Api.anonymous().get("/api/v1/public/models").then().statusCode(200).body("total", greaterThan(0));
    }
}
