package vn.danvan.criteria;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.CriteriaFixtures.TITLES;
import static vn.danvan.testing.CriteriaFixtures.id;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.CriteriaFixtures;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** Recognition titles: issued by a province (its admins) or nationally (the central level's), read down the tree. */
@QuarkusTest
class RecognitionTitleResourceTest {

    private static final String PORTAL = Tokens.token("portal", Tokens.PROVINCE, null, "integration");

    @Test
    void aProvinceTitleIsReadByTheProvinceAndItsCommunesAndChangedByItsAdmins() {
        Map<String, Object> title = CriteriaFixtures.provinceTitle();
        String url = TITLES + "/" + id(title);
        Api.as(Tokens.PROVINCE_ADMIN).get(url).then().statusCode(200).body("issuer.code", equalTo("91-BTGDV"))
                .body("canChange", equalTo(true)).body("demo", equalTo(false)).body("version", equalTo(0));
        Api.as(Tokens.COMMUNE_REPORTER).get(url).then().statusCode(200).body("canChange", equalTo(false));
        Api.as(Tokens.COMMUNE_ADMIN).get(url).then().statusCode(200).body("canChange", equalTo(false));
        Api.as(Tokens.CENTRAL_ADMIN).get(url).then().statusCode(200).body("canChange", equalTo(true));
        Api.as(Tokens.COMMUNE_EDITOR).get(TITLES).then().statusCode(200).body("code", hasItem(title.get("code")));
        Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(TITLES).then().statusCode(200).body("code",
                not(hasItem(title.get("code"))));
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(PORTAL).get(url).then(), 403, "forbidden");
        assertProblem(Api.as(PORTAL).get(TITLES).then(), 403, "forbidden");
        assertProblem(Api.anonymous().get(url).then(), 401, "unauthorized");
        assertProblem(Api.anonymous().get(TITLES).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).get(TITLES + "/987654321").then(), 404, "not-found");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).get(TITLES + "/abc").then(), "id");
    }

    @Test
    void aNationalTitleIsReadEverywhereAndChangedOnlyByTheCentralLevel() {
        Map<String, Object> title = CriteriaFixtures.nationalTitle();
        String url = TITLES + "/" + id(title);
        Api.as(Tokens.OTHER_PROVINCE_LEADER).get(url).then().statusCode(200).body("canChange", equalTo(false));
        Api.as(Tokens.COMMUNE_REPORTER).get(TITLES).then().statusCode(200).body("code", hasItem(title.get("code")));
        Api.as(Tokens.PROVINCE_ADMIN).get(url).then().statusCode(200).body("canChange", equalTo(false));
        Map<String, Object> update = Map.of("name", "Tên mới", "decidingLevel", "PROVINCE", "version", 0);
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(update).put(url).then(), 403, "out-of-scope");
        Api.as(Tokens.CENTRAL_ADMIN).body(update).put(url).then().statusCode(200).body("version", equalTo(1))
                .body("decidingLevel", equalTo("PROVINCE")).body("code", equalTo(title.get("code")));
        // a province's admin cannot issue a national title
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(CriteriaFixtures.titleBody(CriteriaFixtures.centralBoard()))
                .post(TITLES).then(), 403, "out-of-scope").body("errors.field", hasItem("issuerOrganizationId"));
    }

    @Test
    void creatingATitleChecksItsIssuerCodeAndRole() {
        long board = CriteriaFixtures.board();
        Map<String, Object> body = CriteriaFixtures.titleBody(board);
        Api.as(Tokens.PROVINCE_ADMIN).body(body).post(TITLES).then().statusCode(201)
                .body("subjectKind", equalTo("RESIDENTIAL_AREA")).body("decidingLevel", equalTo("COMMUNE"));
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(body).post(TITLES).then(), 409, "duplicate");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(with(body, "code", "có dấu")).post(TITLES).then(), "code");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(with(body, "name", null)).post(TITLES).then(), "name");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(with(body, "subjectKind", "HOUSE")).post(TITLES).then(),
                "subjectKind");
        Map<String, Object> fresh = CriteriaFixtures.titleBody(board);
        assertFieldError(
                Api.as(Tokens.PROVINCE_ADMIN).body(with(fresh, "issuerOrganizationId", 987654321)).post(TITLES).then(),
                "issuerOrganizationId");
        // a commune's body issues no title
        long rachGia = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-UBND");
        assertFieldError(
                Api.as(Tokens.PROVINCE_ADMIN).body(with(fresh, "issuerOrganizationId", rachGia)).post(TITLES).then(),
                "issuerOrganizationId");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(fresh).post(TITLES).then(), 403, "out-of-scope")
                .body("errors.field", hasItem("issuerOrganizationId"));
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(fresh).post(TITLES).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(fresh).post(TITLES).then(), 403, "forbidden");
        assertProblem(Api.anonymous().body(fresh).post(TITLES).then(), 401, "unauthorized");
    }

    @Test
    void updatingATitleKeepsItsCodeAndChecksTheVersion() {
        Map<String, Object> title = CriteriaFixtures.provinceTitle();
        String url = TITLES + "/" + id(title);
        Map<String, Object> update = new HashMap<>(
                Map.of("name", "Thôn, tổ dân phố văn hóa (thử)", "decidingLevel", "PROVINCE", "version", 0));
        Api.as(Tokens.PROVINCE_ADMIN).body(update).put(url).then().statusCode(200)
                .body("name", equalTo("Thôn, tổ dân phố văn hóa (thử)")).body("version", equalTo(1))
                .body("code", equalTo(title.get("code")));
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(update).put(url).then(), 409, "stale-version");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(with(update, "version", 1)).put(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(with(update, "version", 1)).put(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(with(update, "version", 1)).put(url).then(), 403,
                "forbidden");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(with(update, "name", "")).put(url).then(), "name");
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(update).put(TITLES + "/987654321").then(), 404, "not-found");
        assertProblem(Api.anonymous().body(update).put(url).then(), 401, "unauthorized");
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
