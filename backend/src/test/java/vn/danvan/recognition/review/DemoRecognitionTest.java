package vn.danvan.recognition.review;

import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.testing.Api;
import vn.danvan.testing.DemoDataProfile;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/**
 * With demo data on (make run): the two demo titles with their sets labelled as examples, and An Giang's residential
 * areas with cases in every state, a lapsed decision, a revoked one, and areas in the public list.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoRecognitionTest {

    @Inject
    CriteriaCatalogService criteria;

    private static JsonPath counts(int year) {
        return Api.as(Tokens.PROVINCE_LEADER).queryParam("year", year)
                .queryParam("unitId", Fixtures.unitIdOf(Tokens.PROVINCE)).get("/api/v1/recognition-counts").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theDemoSetsAreLabelledExamplesInTheirPeriods() {
        JsonPath json = counts(2025);
        Map<String, Long> titles = new HashMap<>();
        List<Map<String, Object>> listed = json.getList("titles");
        listed.forEach(t -> titles.put((String) t.get("code"), ((Number) t.get("id")).longValue()));
        assertTrue(titles.containsKey("KDC-KIEU-MAU-91"), "titles " + titles);
        CriteriaSetDto first = criteria.inForce(titles.get("KDC-KIEU-MAU-91"), null, LocalDate.of(2023, 5, 1))
                .orElseThrow();
        CriteriaSetDto second = criteria.inForce(titles.get("KDC-KIEU-MAU-91"), null, LocalDate.of(2026, 5, 1))
                .orElseThrow();
        assertEquals(1, first.versionNo());
        assertEquals(2, second.versionNo());
        for (CriteriaSetDto set : List.of(first, second)) {
            assertTrue(set.name().contains("(ví dụ minh họa)"), set.name());
            assertEquals(0, new java.math.BigDecimal("80").compareTo(set.passingScore()));
            assertEquals(0, new java.math.BigDecimal("70").compareTo(set.voteThresholdPercent()));
            assertEquals(3, set.validityYears());
            assertEquals(10, set.postingDays());
            assertEquals(15, set.criteria().size());
            assertEquals(5, set.criteria().stream().map(CriteriaSetDto.CriterionView::groupCode).distinct().count());
        }
        long cultural = counts(2026).getLong("titles.find { it.code == 'THON-TDP-VAN-HOA-91' }.id");
        CriteriaSetDto decree = criteria.inForce(cultural, null, LocalDate.of(2026, 5, 1)).orElseThrow();
        assertTrue(decree.name().contains("(ví dụ minh họa)"), decree.name());
        assertEquals("ALL_REQUIRED", decree.passRule().name());
        assertEquals(0, new java.math.BigDecimal("90").compareTo(decree.voteThresholdPercent()));
        assertEquals(List.of("I", "II", "III"),
                decree.criteria().stream().map(CriteriaSetDto.CriterionView::groupCode).distinct().toList());
    }

    @Test
    void anGiangHasCasesInEveryStateALapsedAndARevokedDecision() {
        Map<String, Long> byState = new HashMap<>();
        for (int year = 2022; year <= 2026; year++) {
            List<Map<String, Object>> states = counts(year).getList("total.byState");
            states.forEach(
                    s -> byState.merge((String) s.get("state"), ((Number) s.get("cases")).longValue(), Long::sum));
        }
        for (String state : RecognitionCountDtos.STATES) {
            assertTrue(byState.getOrDefault(state, 0L) > 0, state + " in " + byState);
        }
        assertTrue(counts(2022).getInt("total.counts.lapsed") > 0, "a lapsed decision");
        assertTrue(counts(2023).getInt("total.counts.revoked") > 0, "a revoked decision");
        assertTrue(counts(2024).getInt("total.counts.inForce") > 0, "a decision in force");
        Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 2025).get("/api/v1/recognition-counts/criteria").then()
                .statusCode(200).body("criteria.size()", greaterThan(0));
    }

    @Test
    void thePublicListShowsTheAreasInForceOnly() {
        // other tests of the same database recognize areas of their own titles: only the demo titles are looked at
        assertTrue(!demoTitles("khu pho 5").isEmpty());
        assertTrue(!demoTitles("ap my hoa").isEmpty());
        // Khu phố 4's decision was revoked; Khu phố 3's lapsed, but its newer commune title is in force
        assertEquals(List.of(), demoTitles("khu pho 4"));
        assertEquals(List.of("Thôn, tổ dân phố văn hóa"), demoTitles("khu pho 3"));
    }

    /** The demo titles of the areas in force that the public search finds in phường Rạch Giá / xã Mỹ Hòa Hưng. */
    private static List<String> demoTitles(String q) {
        List<Map<String, Object>> items = Api.anonymous().queryParam("q", q).queryParam("provinceCode", Tokens.PROVINCE)
                .queryParam("size", 100).get("/api/v1/public/recognized-areas").then().statusCode(200).extract()
                .jsonPath().getList("items");
        return items.stream().map(i -> (String) i.get("titleName"))
                .filter(t -> t.equals("Khu dân cư kiểu mẫu") || t.equals("Thôn, tổ dân phố văn hóa")).distinct()
                .sorted().toList();
    }
}
