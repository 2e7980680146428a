package vn.danvan.criteria;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.criteria.RecognitionTitleResourceTest.with;
import static vn.danvan.testing.CriteriaFixtures.SETS;
import static vn.danvan.testing.CriteriaFixtures.TITLES;
import static vn.danvan.testing.CriteriaFixtures.id;
import static vn.danvan.testing.CriteriaFixtures.version;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.CriteriaFixtures;
import vn.danvan.testing.Tokens;

/** Criteria sets: drafted and edited as one document, published (then frozen), revised into new versions, retired. */
@QuarkusTest
class CriteriaSetResourceTest {

    private static final String ADMIN = Tokens.PROVINCE_ADMIN;

    @Test
    void aDraftHoldsItsRuleGroupsCriteriaIndicatorsVariantsAndQuestions() {
        long title = id(CriteriaFixtures.provinceTitle());
        Map<String, Object> draft = CriteriaFixtures.draft(title, ADMIN);
        assertEquals(1, draft.get("versionNo"));
        Api.as(Tokens.COMMUNE_REPORTER).get(SETS + "/" + id(draft)).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("titleId", equalTo((int) title))
                .body("rule.passRule", equalTo("SCORE")).body("rule.voteThresholdPercent", equalTo(70.0f))
                .body("groups.code", contains("I", "II")).body("criteria.code", contains("1", "2", "3"))
                .body("criteria[0].groupCode", equalTo("I")).body("criteria[0].key", equalTo(true))
                .body("criteria[0].indicators[0].code", equalTo("1.1"))
                .body("criteria[0].indicators[0].comparison", equalTo("<="))
                .body("criteria[0].indicators[0].variants.communeGroup", contains(1, 2))
                .body("criteria[0].indicators[0].questions[0]", equalTo("Gia đình ông/bà có thuộc hộ nghèo không?"))
                .body("criteria[2].groupCode", nullValue()).body("totalMaxPoints", equalTo(10.0f))
                .body("version", equalTo(0));
        // a second draft is the next version; the list is newest first with its criteria counted
        CriteriaFixtures.draft(title, ADMIN);
        Api.as(Tokens.COMMUNE_EDITOR).get(TITLES + "/" + title + "/criteria-sets").then().statusCode(200)
                .body("versionNo", contains(2, 1)).body("criteriaCount", contains(3, 3));
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(SETS + "/" + id(draft)).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(TITLES + "/" + title + "/criteria-sets").then(), 403,
                "out-of-scope");
        assertProblem(
                Api.as(Tokens.token("portal", Tokens.PROVINCE, null, "integration")).get(SETS + "/" + id(draft)).then(),
                403, "forbidden");
        assertProblem(Api.anonymous().get(SETS + "/" + id(draft)).then(), 401, "unauthorized");
        assertProblem(Api.as(ADMIN).get(SETS + "/987654321").then(), 404, "not-found");
        assertProblem(Api.as(ADMIN).get(TITLES + "/987654321/criteria-sets").then(), 404, "not-found");
        assertFieldError(Api.bad(ADMIN).get(SETS + "/0").then(), "id");
    }

    @Test
    void aDraftIsCheckedAsOneDocument() {
        long title = id(CriteriaFixtures.provinceTitle());
        String url = TITLES + "/" + title + "/criteria-sets";
        Map<String, Object> body = CriteriaFixtures.setBody("Bộ kiểm tra");
        List<Object> criteria = List.copyOf((List<?>) body.get("criteria"));
        Map<String, Object> repeated = with(criteria(criteria, 1), "code", "1");
        assertFieldError(
                Api.as(ADMIN).body(with(body, "criteria", List.of(criteria.get(0), repeated))).post(url).then(),
                "criteria[1].code");
        Map<String, Object> repeatsIndicator = with(criteria(criteria, 1), "code", "1.1");
        assertFieldError(
                Api.as(ADMIN).body(with(body, "criteria", List.of(criteria.get(0), repeatsIndicator))).post(url).then(),
                "criteria[1].code");
        Map<String, Object> noPoints = new HashMap<>(criteria(criteria, 1));
        noPoints.remove("maxPoints");
        assertFieldError(Api.as(ADMIN).body(with(body, "criteria", List.of(noPoints))).post(url).then(),
                "criteria[0].maxPoints");
        Map<String, Object> noThreshold = new HashMap<>(criteria(criteria, 2));
        noThreshold.remove("threshold");
        assertFieldError(Api.as(ADMIN).body(with(body, "criteria", List.of(noThreshold))).post(url).then(),
                "criteria[0].threshold");
        assertFieldError(Api.as(ADMIN)
                .body(with(body, "criteria", List.of(with(criteria(criteria, 1), "groupCode", "IX")))).post(url).then(),
                "criteria[0].groupCode");
        assertFieldError(Api.as(ADMIN)
                .body(with(body, "groups", List.of(Map.of("code", "I", "name", "A"), Map.of("code", "I", "name", "B"))))
                .post(url).then(), "groups[1].code");
        assertFieldError(Api.as(ADMIN).body(with(body, "rule", Map.of("passRule", "SCORE"))).post(url).then(),
                "rule.passingScore");
        assertFieldError(Api.as(ADMIN).body(with(body, "effectiveTo", "2025-01-01")).post(url).then(), "effectiveTo");
        assertFieldError(Api.as(ADMIN).body(with(body, "directiveId", 987654321)).post(url).then(), "directiveId");
        assertFieldError(
                Api.bad(ADMIN).body(with(body, "rule", Map.of("passRule", "ALL_REQUIRED", "voteThresholdPercent", 120)))
                        .post(url).then(),
                "rule.voteThresholdPercent");
        assertFieldError(Api.bad(ADMIN).body(with(body, "name", " ")).post(url).then(), "name");
        assertProblem(Api.anonymous().body(body).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body).post(url).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(body).post(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body).post(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(ADMIN).body(body).post(TITLES + "/987654321/criteria-sets").then(), 404, "not-found");
        // a national title's sets belong to the central level
        long national = id(CriteriaFixtures.nationalTitle());
        assertProblem(Api.as(ADMIN).body(body).post(TITLES + "/" + national + "/criteria-sets").then(), 403,
                "out-of-scope");
        Api.as(Tokens.CENTRAL_ADMIN).body(body).post(TITLES + "/" + national + "/criteria-sets").then().statusCode(201);
        // nothing was saved by the refused ones
        Api.as(ADMIN).get(url).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aDraftIsReplacedWholeWithItsVersionAndAPublishedSetIsFrozen() {
        long title = id(CriteriaFixtures.provinceTitle());
        Map<String, Object> draft = CriteriaFixtures.draft(title, ADMIN);
        String url = SETS + "/" + id(draft);
        Map<String, Object> update = CriteriaFixtures.setBody("Bộ đã sửa");
        List<Object> criteria = List.copyOf((List<?>) update.get("criteria"));
        update.put("criteria", List.of(criteria.get(1)));
        update.put("rule", Map.of("passRule", "ALL_REQUIRED", "postingDays", 15));
        update.put("version", 0);
        Api.as(ADMIN).body(update).put(url).then().statusCode(200).body("name", equalTo("Bộ đã sửa"))
                .body("criteria.code", contains("2")).body("rule.passRule", equalTo("ALL_REQUIRED"))
                .body("rule.postingDays", equalTo(15)).body("version", equalTo(1));
        // the criteria alone make a new version too
        update.put("criteria", criteria);
        update.put("version", 1);
        Api.as(ADMIN).body(update).put(url).then().statusCode(200).body("criteria.code", contains("1", "2", "3"))
                .body("version", equalTo(2));
        assertProblem(Api.as(ADMIN).body(update).put(url).then(), 409, "stale-version");
        update.put("version", 2);
        assertFieldError(Api.as(ADMIN).body(with(update, "effectiveTo", "2020-01-01")).put(url).then(), "effectiveTo");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(update).put(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(update).put(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(update).put(url).then(), 403, "forbidden");
        assertProblem(Api.anonymous().body(update).put(url).then(), 401, "unauthorized");
        assertProblem(Api.as(ADMIN).body(update).put(SETS + "/987654321").then(), 404, "not-found");

        Api.as(ADMIN).body(Map.of("version", 2)).post(url + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("admin.angiang"))
                .body("version", equalTo(3));
        update.put("version", 3);
        assertProblem(Api.as(ADMIN).body(update).put(url).then(), 409, "frozen");
        assertProblem(Api.as(ADMIN).body(Map.of("version", 3)).post(url + "/publish").then(), 409, "frozen");
        assertProblem(Api.as(ADMIN).delete(url).then(), 409, "frozen");
    }

    @Test
    void publishingNeedsCriteriaAndAReachablePassingScore() {
        long title = id(CriteriaFixtures.provinceTitle());
        String sets = TITLES + "/" + title + "/criteria-sets";
        Map<String, Object> empty = with(CriteriaFixtures.setBody("Bộ rỗng"), "criteria", List.of());
        long bare = id(Api.as(ADMIN).body(empty).post(sets).then().statusCode(201).extract().jsonPath().getMap(""));
        assertFieldError(Api.as(ADMIN).body(Map.of("version", 0)).post(SETS + "/" + bare + "/publish").then(),
                "criteria");
        Map<String, Object> tooHigh = with(CriteriaFixtures.setBody("Bộ điểm cao"), "rule",
                Map.of("passRule", "SCORE", "passingScore", 11));
        long high = id(Api.as(ADMIN).body(tooHigh).post(sets).then().statusCode(201).extract().jsonPath().getMap(""));
        assertFieldError(Api.as(ADMIN).body(Map.of("version", 0)).post(SETS + "/" + high + "/publish").then(),
                "rule.passingScore");
        Map<String, Object> draft = CriteriaFixtures.draft(title, ADMIN);
        String url = SETS + "/" + id(draft) + "/publish";
        assertProblem(Api.as(ADMIN).body(Map.of("version", 5)).post(url).then(), 409, "stale-version");
        assertFieldError(Api.bad(ADMIN).body(Map.of()).post(url).then(), "version");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("version", 0)).post(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(Map.of("version", 0)).post(url).then(), 403, "forbidden");
        assertProblem(Api.anonymous().body(Map.of("version", 0)).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(ADMIN).body(Map.of("version", 0)).post(SETS + "/987654321/publish").then(), 404,
                "not-found");
    }

    @Test
    void aRevisionIsANewDraftAndThePublishedVersionStaysAsItWas() {
        long title = id(CriteriaFixtures.provinceTitle());
        Map<String, Object> first = CriteriaFixtures.published(title, ADMIN);
        String firstUrl = SETS + "/" + id(first);
        String before = Api.as(ADMIN).get(firstUrl).then().statusCode(200).extract().asString();
        Map<String, Object> second = Api.as(ADMIN).post(firstUrl + "/revise").then().statusCode(201)
                .body("versionNo", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("copiedFromId", equalTo((int) id(first))).body("criteria.code", contains("1", "2", "3"))
                .body("criteria[0].indicators[0].variants.communeGroup", contains(1, 2))
                .body("criteria[0].indicators[0].questions.size()", equalTo(1)).body("rule.passingScore", equalTo(8.0f))
                .body("publishedAt", nullValue()).extract().jsonPath().getMap("");
        Map<String, Object> change = CriteriaFixtures.setBody("Phiên bản 2");
        change.put("criteria", List.of(((List<?>) change.get("criteria")).get(1)));
        change.put("version", version(second));
        Api.as(ADMIN).body(change).put(SETS + "/" + id(second)).then().statusCode(200);
        Api.as(ADMIN).body(Map.of("version", 1)).post(SETS + "/" + id(second) + "/publish").then().statusCode(200);
        // version 1 is unchanged: same criteria, same version, still published
        assertEquals(before, Api.as(ADMIN).get(firstUrl).then().statusCode(200).extract().asString());
        Api.as(ADMIN).get(TITLES + "/" + title + "/criteria-sets").then().body("versionNo", contains(2, 1))
                .body("status", contains("PUBLISHED", "PUBLISHED")).body("criteriaCount", contains(1, 3));

        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).post(firstUrl + "/revise").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).post(firstUrl + "/revise").then(), 403, "forbidden");
        assertProblem(Api.anonymous().post(firstUrl + "/revise").then(), 401, "unauthorized");
        assertProblem(Api.as(ADMIN).post(SETS + "/987654321/revise").then(), 404, "not-found");
        assertFieldError(Api.bad(ADMIN).post(SETS + "/x/revise").then(), "id");
    }

    @Test
    void onlyAPublishedSetIsRetiredAndOnlyADraftDeleted() {
        long title = id(CriteriaFixtures.provinceTitle());
        Map<String, Object> draft = CriteriaFixtures.draft(title, ADMIN);
        assertProblem(Api.as(ADMIN).body(Map.of("version", 0)).post(SETS + "/" + id(draft) + "/retire").then(), 409,
                "conflict").body("detail", org.hamcrest.Matchers.containsString("DRAFT"));
        Map<String, Object> published = CriteriaFixtures.published(title, ADMIN);
        String retire = SETS + "/" + id(published) + "/retire";
        assertProblem(Api.as(ADMIN).body(Map.of("version", 0)).post(retire).then(), 409, "stale-version");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(Map.of("version", 1)).post(retire).then(), 403,
                "out-of-scope");
        Api.as(ADMIN).body(Map.of("version", 1)).post(retire).then().statusCode(200).body("status", equalTo("RETIRED"));
        assertProblem(Api.as(ADMIN).body(Map.of("version", 2)).post(retire).then(), 409, "conflict");
        assertProblem(Api.as(ADMIN).delete(SETS + "/" + id(published)).then(), 409, "frozen");
        assertProblem(Api.as(ADMIN).body(Map.of("version", 1)).post(SETS + "/987654321/retire").then(), 404,
                "not-found");

        String url = SETS + "/" + id(draft);
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).delete(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).delete(url).then(), 403, "forbidden");
        assertProblem(Api.anonymous().delete(url).then(), 401, "unauthorized");
        Api.as(ADMIN).delete(url).then().statusCode(204);
        assertProblem(Api.as(ADMIN).get(url).then(), 404, "not-found");
        assertProblem(Api.as(ADMIN).delete(url).then(), 404, "not-found");
        Api.as(ADMIN).get(TITLES + "/" + title + "/criteria-sets").then().body("status", hasItem("RETIRED"))
                .body("size()", equalTo(1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> criteria(List<Object> criteria, int index) {
        return (Map<String, Object>) criteria.get(index);
    }
}
