package vn.danvan.recognition.review;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionCountFixtures;
import vn.danvan.testing.RecognitionCountFixtures.Title;
import vn.danvan.testing.Tokens;

/**
 * GET /api/v1/public/recognized-areas: only decisions in force today (not lapsed, not revoked, not lost, already
 * valid), newest first, searched by the area's or the commune's name with or without diacritics, narrowed to a
 * province; no login; bad input.
 */
@QuarkusTest
class PublicRecognitionResourceTest {

    private static final String LIST = "/api/v1/public/recognized-areas";

    /** Areas of phường Rạch Giá named with a word of their own, each with a decision in a different situation. */
    private record World(String word, Title title, long older, long newer, long lapsed, long revoked, long lost,
            long future) {
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            String word = "Đậu" + Fixtures.uniqueCode("X").replace("-", "");
            Title title = RecognitionCountFixtures.title();
            long ward = Fixtures.unitIdOf(Tokens.COMMUNE);
            LocalDate today = LocalDate.now();
            long older = decision(title, ward, word + " Một", today.minusYears(1), today.minusYears(1),
                    today.plusYears(2));
            long newer = decision(title, ward, word + " Hai", today.minusDays(3), today.minusDays(3), null);
            long lapsed = decision(title, ward, word + " Ba", today.minusYears(4), today.minusYears(4),
                    today.minusYears(1));
            long revoked = decision(title, ward, word + " Bốn", today.minusDays(10), today.minusDays(10), null);
            RecognitionCountFixtures.revoke(revoked);
            long lost = decision(title, ward, word + " Năm", today.minusDays(20), today.minusDays(20), null);
            RecognitionCountFixtures.lose(lost);
            long future = decision(title, ward, word + " Sáu", today.minusDays(1), today.plusDays(30), null);
            world = new World(word, title, older, newer, lapsed, revoked, lost, future);
        }
        return world;
    }

    private static long decision(Title title, long unitId, String areaName, LocalDate signedOn, LocalDate validFrom,
            LocalDate validUntil) {
        long area = RecognitionCountFixtures.area(unitId, areaName);
        long c = RecognitionCountFixtures.caseOf(title, area, unitId, signedOn.getYear(), "RECOGNIZED");
        return RecognitionCountFixtures.decide(c, signedOn, validFrom, validUntil);
    }

    /** The word without its diacritics, in lower case: "dau..." */
    private static String folded(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("Đ", "D").replace("đ", "d").toLowerCase();
    }

    @Test
    void onlyDecisionsInForceAreListedNewestFirstWithoutLogin() {
        World w = world();
        JsonPath json = Api.anonymous().queryParam("q", w.word()).get(LIST).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(w.newer(), w.older()), json.getList("items.decisionId", Long.class));
        assertEquals(2, json.getInt("total"));
        assertEquals(w.word() + " Hai", json.getString("items[0].areaName"));
        assertEquals("Phường Rạch Giá", json.getString("items[0].communeName"));
        assertEquals("Tỉnh An Giang", json.getString("items[0].provinceName"));
        assertEquals(Tokens.PROVINCE, json.getString("items[0].provinceCode"));
        assertEquals(w.title().name(), json.getString("items[0].titleName"));
        assertEquals("PROVINCE", json.getString("items[0].level"));
        assertEquals(LocalDate.now().minusDays(3).toString(), json.getString("items[0].signedOn"));
        assertEquals(null, json.getString("items[0].validUntil"));
        assertEquals(LocalDate.now().plusYears(2).toString(), json.getString("items[1].validUntil"));
        assertEquals(0, json.getInt("page"));
        assertEquals(20, json.getInt("size"));
    }

    @Test
    void theSearchIgnoresDiacriticsAndCaseAndMatchesTheCommuneToo() {
        World w = world();
        Api.anonymous().queryParam("q", folded(w.word()) + " hai").get(LIST).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].decisionId", equalTo((int) w.newer()));
        Api.anonymous().queryParam("q", w.word().toUpperCase() + " MỘT").get(LIST).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].decisionId", equalTo((int) w.older()));
        Api.anonymous().queryParam("q", folded(w.word()) + " rach gia").get(LIST).then().statusCode(200).body("total",
                equalTo(2));
    }

    @Test
    void aProvinceNarrowsTheList() {
        World w = world();
        Api.anonymous().queryParam("q", w.word()).queryParam("provinceCode", Tokens.PROVINCE).get(LIST).then()
                .statusCode(200).body("total", equalTo(2));
        Api.anonymous().queryParam("q", w.word()).queryParam("provinceCode", Tokens.OTHER_PROVINCE).get(LIST).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRevocationTakesTheAreaOffTheList() {
        World w = world();
        String word = "Mận" + Fixtures.uniqueCode("R").replace("-", "");
        long decision = decision(w.title(), Fixtures.unitIdOf(Tokens.COMMUNE), word, LocalDate.now().minusDays(1),
                LocalDate.now().minusDays(1), null);
        Api.anonymous().queryParam("q", word).get(LIST).then().statusCode(200).body("total", equalTo(1));
        RecognitionCountFixtures.revoke(decision);
        Api.anonymous().queryParam("q", word).get(LIST).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aTokenIsNotNeededButAllowed() {
        World w = world();
        Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("q", w.word()).get(LIST).then().statusCode(200).body("total",
                equalTo(2));
    }

    @Test
    void badInputIs400NamingTheParameter() {
        assertFieldError(Api.anonymous().queryParam("provinceCode", "ZZ").get(LIST).then(), "provinceCode");
        // a commune is not a province
        assertFieldError(Api.anonymous().queryParam("provinceCode", Tokens.COMMUNE).get(LIST).then(), "provinceCode");
        assertFieldError(Api.anonymous().queryParam("provinceCode", "9".repeat(21)).get(LIST).then(), "provinceCode");
        assertFieldError(Api.anonymous().queryParam("q", "x".repeat(101)).get(LIST).then(), "q");
        assertFieldError(Api.anonymous().queryParam("size", 0).get(LIST).then(), "size");
        assertFieldError(Api.anonymous().queryParam("page", "abc").get(LIST).then(), "page");
        assertProblem(Api.anonymous().queryParam("size", 101).get(LIST).then(), 400, "validation");
    }
}
