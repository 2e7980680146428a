package vn.danvan.directive;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/**
 * The directive part of the authorization model (AUTHORIZATION.md): a directive is changed only by editors whose scope
 * holds its issuer, and what a write names (issuer, monitoring body, recipients, a relation's target) must be within
 * the caller's reach, else 403 out-of-scope naming the field.
 */
@QuarkusTest
class DirectiveScopeTest {

    /** A plan of An Giang's board sent to the Party committee of phường Rạch Giá; not public. */
    private static Map<String, Object> provincePlan() {
        int sequence = Fixtures.uniqueSequence();
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", sequence + "-KH/BTGDVTU");
        body.put("issuerId", Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV"));
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch thực hiện công tác dân vận năm 2026 số " + sequence);
        body.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        body.put("fullText", "Nội dung kế hoạch " + sequence);
        return body;
    }

    private static Map<String, Object> registered(Map<String, Object> body) {
        return Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    @Test
    void aRecipientCommuneReadsButNeverChangesOrDeletesTheProvincePlan() {
        Map<String, Object> body = provincePlan();
        Map<String, Object> plan = registered(body);
        String url = "/api/v1/directives/" + plan.get("id");
        Api.as(Tokens.COMMUNE_EDITOR).get(url).then().statusCode(200).body("fullText", equalTo(body.get("fullText")));

        Map<String, Object> change = new HashMap<>(body);
        change.put("publicAccess", true);
        change.put("fullText", "sửa bởi xã");
        change.put("version", plan.get("version"));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(change).put(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).queryParam("version", plan.get("version")).delete(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.upload(Tokens.COMMUNE_EDITOR).multiPart("file", "a.png", vn.danvan.testing.Documents.png())
                .post(url + "/attachments").then(), 403, "out-of-scope");
        Api.as(Tokens.PROVINCE_LEADER).get(url).then().statusCode(200).body("publicAccess", equalTo(false))
                .body("fullText", equalTo(body.get("fullText")));
    }

    @Test
    void aCommuneEditorCannotMakeItsOwnBodyTheIssuerOrMonitorOfAProvincePlan() {
        Map<String, Object> body = provincePlan();
        Map<String, Object> plan = registered(body);
        long communeBody = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU");
        Map<String, Object> change = new HashMap<>(body);
        change.put("version", plan.get("version"));
        change.put("monitoringOrganizationId", communeBody);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(change).put("/api/v1/directives/" + plan.get("id")).then(),
                403, "out-of-scope");
        change.remove("monitoringOrganizationId");
        change.put("issuerId", communeBody);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(change).put("/api/v1/directives/" + plan.get("id")).then(),
                403, "out-of-scope");
    }

    @Test
    void noEditorRegistersInTheNameOfAnotherProvinceNorBlocksItsNumber() {
        Map<String, Object> body = provincePlan();
        body.put("issuerId", Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-TU"));
        body.put("recipientIds", List.of());
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then(), 403, "out-of-scope")
                .body("errors.field", hasItem("issuerId"));
        // the real issuer's number is still free for Hà Nội's own editor
        Api.as(Tokens.token("editor.hanoi", Tokens.OTHER_PROVINCE, "01-TU", "editor")).body(body)
                .post("/api/v1/directives").then().statusCode(201);
    }

    @Test
    void whatAWriteNamesMustBeWithinReachAndTheFieldIsNamed() {
        long hanoiFront = Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-MTTQ");
        Map<String, Object> monitored = provincePlan();
        monitored.put("monitoringOrganizationId", hanoiFront);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(monitored).post("/api/v1/directives").then(), 403,
                "out-of-scope").body("errors.field", hasItem("monitoringOrganizationId"));
        Map<String, Object> sent = provincePlan();
        sent.put("recipientIds", List.of(hanoiFront));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(sent).post("/api/v1/directives").then(), 403, "out-of-scope")
                .body("errors.field", hasItem("recipientIds"));
        // reporting up is fine: a commune plan sent to the province's board and to the central board
        Map<String, Object> upward = new HashMap<>();
        upward.put("type", "REPORT");
        upward.put("number", Fixtures.uniqueSequence() + "-BC/ĐU");
        upward.put("issuerId", Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"));
        upward.put("issueDate", "2026-06-20");
        upward.put("subject", "Báo cáo sơ kết 6 tháng");
        upward.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV"),
                Fixtures.organizationIdOf(Tokens.CENTRAL, "TW-BTGDV")));
        Api.as(Tokens.COMMUNE_EDITOR).body(upward).post("/api/v1/directives").then().statusCode(201);
    }

    @Test
    void aRelationToADirectiveTheCallerCannotReadIsRefusedWithoutTellingAnything() {
        Map<String, Object> hanoiBody = provincePlan();
        hanoiBody.put("issuerId", Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-TU"));
        hanoiBody.put("recipientIds", List.of());
        long hidden = Api.as(Tokens.token("editor.hanoi", Tokens.OTHER_PROVINCE, "01-TU", "editor")).body(hanoiBody)
                .post("/api/v1/directives").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> own = registered(provincePlan());
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "IMPLEMENTS", "targetId", hidden))
                .post("/api/v1/directives/" + own.get("id") + "/relations").then(), 403, "out-of-scope")
                        .body("errors.field", hasItem("targetId"))
                        .body("detail", not(equalTo(hanoiBody.get("subject"))))
                        .body("$", not(org.hamcrest.Matchers.hasKey("instance")));
    }

    @Test
    void theProvincialPortalReadsPublishedDirectivesOnly() {
        Map<String, Object> internal = registered(provincePlan());
        Map<String, Object> publicBody = provincePlan();
        publicBody.put("publicAccess", true);
        Map<String, Object> published = registered(publicBody);
        String portal = Tokens.token("service-account-danvan-portal", Tokens.PROVINCE, "91-BTGDV", "integration");
        Api.as(portal).get("/api/v1/directives/" + published.get("id")).then().statusCode(200);
        assertProblem(Api.as(portal).get("/api/v1/directives/" + internal.get("id")).then(), 403, "out-of-scope");
        Api.as(portal).queryParam("q", ((Map<?, ?>) internal.get("number")).get("text")).get("/api/v1/directives")
                .then().statusCode(200).body("total", equalTo(0));
        Api.as(portal).queryParam("q", ((Map<?, ?>) published.get("number")).get("text")).get("/api/v1/directives")
                .then().statusCode(200).body("total", equalTo(1));
    }
}
