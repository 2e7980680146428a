package vn.danvan.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.DemoDataProfile;
import vn.danvan.testing.SurveyFixtures;
import vn.danvan.testing.Tokens;

/**
 * With demo data on (make run): phường Rạch Giá's published survey, above its plan in every area and read without
 * login, and xã Mỹ Hòa Hưng's survey still taking answers.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoSurveysTest {

    @Test
    void oneSurveyIsPublishedAboveItsPlanAndOneIsStillOpen() {
        JsonPath published = Api.anonymous().queryParam("provinceCode", Tokens.PROVINCE).get(SurveyFixtures.PUBLIC)
                .then().statusCode(200).body("items.unitName", hasItem("Phường Rạch Giá")).extract().jsonPath();
        long id = published.getLong("items.find { it.unitName == 'Phường Rạch Giá' }.id");
        JsonPath results = Api.anonymous().get(SurveyFixtures.PUBLIC + "/" + id + "/results").then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("sampleReached", equalTo(true))
                .body("areas.reached", everyItem(equalTo(true))).body("areas.size()", equalTo(5))
                .body("responses", greaterThan(400)).extract().jsonPath();
        List<Boolean> passed = results.getList("criteria.share.passed", Boolean.class);
        assertTrue(passed.contains(true) && passed.contains(false), "a realistic spread: " + passed);

        List<Map<String, Object>> open = Api.as(Tokens.PROVINCE_LEADER).queryParam("state", "OPEN")
                .queryParam("size", 100).get(SurveyFixtures.SURVEYS).then().statusCode(200).extract().jsonPath()
                .getList("items");
        Map<String, Object> myHoaHung = open.stream()
                .filter(s -> "30313".equals(((Map<?, ?>) s.get("unit")).get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no open demo survey in 30313: " + open));
        assertTrue(((Number) myHoaHung.get("responses")).longValue() > 0, myHoaHung.toString());
        Api.anonymous().get(SurveyFixtures.PUBLIC + "/" + myHoaHung.get("id") + "/questionnaire").then()
                .statusCode(200);
    }
}
