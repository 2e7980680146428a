package vn.danvan.directive.relation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** Relations across levels: central → province → commune, linked now or when the target is registered. */
@QuarkusTest
class DirectiveRelationResourceTest {

    /**
     * A directive of An Giang's Party committee (or, with {@code commune}, of phường Rạch Giá's) with a fresh number.
     */
    private static Map<String, Object> directive(String type, String code, boolean commune) {
        int sequence = Fixtures.uniqueSequence();
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("number", sequence + "-" + code + (commune ? "/ĐU" : "/TU"));
        body.put("issuerId", commune ? Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")
                : Fixtures.organizationIdOf(Tokens.PROVINCE, "91-TU"));
        body.put("issueDate", "2025-09-01");
        body.put("subject", "Về thực hiện Cuộc vận động " + sequence);
        // a province directive is sent down to the Party committee of phường Rạch Giá
        body.put("recipientIds", commune ? List.of() : List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        return Api.as(commune ? Tokens.COMMUNE_ADMIN : Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static String numberOf(Map<String, Object> directive) {
        return (String) ((Map<?, ?>) directive.get("number")).get("text");
    }

    @Test
    void theChainRunsFromTheCommuneThroughTheProvinceToTheCentreAndLinksLater() {
        Map<String, Object> province = directive("DIRECTIVE", "CT", false);
        Map<String, Object> commune = directive("PLAN", "KH", true);
        String centralNumber = Fixtures.uniqueSequence() + "-CT/TW";
        // the province directive implements a central one that is not registered yet
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("kind", "IMPLEMENTS", "targetNumber", centralNumber, "targetType", "DIRECTIVE",
                        "targetIssueDate", "2016-12-15"))
                .post("/api/v1/directives/" + province.get("id") + "/relations").then().statusCode(201)
                .body("linked", equalTo(false)).body("number.text", equalTo(centralNumber));
        // the commune plan concretizes the province directive
        Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("kind", "CONCRETIZES", "targetId", province.get("id")))
                .post("/api/v1/directives/" + commune.get("id") + "/relations").then().statusCode(201)
                .body("linked", equalTo(true)).body("directive.id", equalTo(province.get("id")));

        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/directives/" + commune.get("id") + "/relations").then()
                .statusCode(200).body("up.depth", contains(1, 2)).body("up.kind", contains("CONCRETIZES", "IMPLEMENTS"))
                .body("up[0].directive.id", equalTo(province.get("id"))).body("up[1].linked", equalTo(false));
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/" + province.get("id") + "/relations").then()
                .statusCode(200).body("down.directive.id", contains(commune.get("id")));

        // the central directive is registered by the centre (as sent to An Giang): the waiting relation links itself
        Map<String, Object> central = new HashMap<>();
        central.put("type", "DIRECTIVE");
        central.put("number", centralNumber);
        central.put("issuerId", Fixtures.organizationIdOf(Tokens.CENTRAL, "TW-BBT"));
        central.put("issueDate", "2016-12-15");
        central.put("subject", "Về tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động");
        central.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.PROVINCE, "91-TU")));
        long centralId = Api.as(Tokens.CENTRAL_EDITOR).body(central).post("/api/v1/directives").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/" + province.get("id") + "/relations").then()
                .statusCode(200).body("up[0].linked", equalTo(true))
                .body("up[0].directive.id", equalTo((int) centralId));
    }

    @Test
    void aWrongTargetIsNamed() {
        Map<String, Object> d = directive("PLAN", "KH", false);
        String url = "/api/v1/directives/" + d.get("id") + "/relations";
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "IMPLEMENTS")).post(url).then(),
                "targetId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "IMPLEMENTS", "targetId", d.get("id")))
                .post(url).then(), "targetId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "IMPLEMENTS", "targetId", 999_999_999))
                .post(url).then(), "targetId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "OBEYS", "targetNumber", "1-CT/TW"))
                .post(url).then(), "kind");
    }

    @Test
    void theSameRelationTwiceIs409() {
        Map<String, Object> d = directive("PLAN", "KH", false);
        String url = "/api/v1/directives/" + d.get("id") + "/relations";
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "CITES", "targetNumber", "43-KL/TW")).post(url).then()
                .statusCode(201);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "CITES", "targetNumber", "Số 43 -KL/TW"))
                .post(url).then(), 409, "duplicate");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/directives/1/relations").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(Map.of()).post("/api/v1/directives/1/relations").then(), 401,
                "unauthorized");
    }

    @Test
    void aReporterCannotRelateAndAnotherProvinceCannotReadOrRelate() {
        Map<String, Object> d = directive("PLAN", "KH", false);
        String url = "/api/v1/directives/" + d.get("id") + "/relations";
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("kind", "CITES", "targetNumber", "1-CT/TW")).post(url)
                .then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(Map.of("kind", "CITES", "targetNumber", "1-CT/TW"))
                .post(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(url).then(), 403, "out-of-scope");
    }

    @Test
    void badIdIs400AndUnknownIs404() {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/directives/x/relations").then(), "id");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/999999999/relations").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "CITES", "targetNumber", "1-CT/TW"))
                .post("/api/v1/directives/999999999/relations").then(), 404, "not-found");
    }
}
