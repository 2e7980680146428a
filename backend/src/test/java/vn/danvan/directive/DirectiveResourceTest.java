package vn.danvan.directive;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class DirectiveResourceTest {

    private static final String KIEN_GIANG = "Tỉnh Kiên Giang";

    /** A letter of former Kiên Giang's Party committee, sent to the Party committee of phường Rạch Giá. */
    private static Map<String, Object> letter(int sequence) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("number", "Số " + sequence + " -CV/TU");
        body.put("issuerId", Fixtures.formerOrganizationIdOf(KIEN_GIANG, "KG-TU"));
        body.put("issueDate", "2021-02-02");
        body.put("place", "Kiên Giang");
        body.put("subject", "Tiếp tục triển khai, thực hiện phong trào thi đua “Dân vận khéo”, giai đoạn 2021-2025");
        body.put("signer", "Mai Văn Huỳnh");
        body.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        body.put("periodFrom", 2021);
        body.put("periodTo", 2025);
        body.put("fullText", "Những năm qua, phong trào thi đua “Dân vận khéo” ... số " + sequence);
        return body;
    }

    private static Map<String, Object> registered() {
        return Api.as(Tokens.PROVINCE_EDITOR).body(letter(Fixtures.uniqueSequence())).post("/api/v1/directives").then()
                .statusCode(201).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> changes(Map<String, Object> directive, String subject) {
        Map<String, Object> body = letter(((Number) ((Map<?, ?>) directive.get("number")).get("sequence")).intValue());
        body.put("subject", subject);
        body.put("version", directive.get("version"));
        return body;
    }

    @Nested
    class CreateDirective {

        @Test
        void anEditorRegistersALetterOfTheFormerProvinceAndItIsAudited() {
            int sequence = Fixtures.uniqueSequence();
            Map<String, Object> created = Api.as(Tokens.PROVINCE_EDITOR).body(letter(sequence))
                    .post("/api/v1/directives").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/v1/directives/"))
                    .body("number.text", equalTo("Số " + sequence + " -CV/TU")).body("number.style", equalTo("PARTY"))
                    .body("number.sequence", equalTo(sequence)).body("issuer.name", equalTo("Tỉnh ủy Kiên Giang"))
                    .body("recipients.code", contains("30742-DU")).body("status", equalTo("IN_FORCE"))
                    .body("version", equalTo(0)).extract().jsonPath().getMap("");
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Directive")
                    .queryParam("entityId", created.get("id")).get("/api/v1/audit-events").then().statusCode(200)
                    .body("items[0].action", equalTo("CREATE")).body("items[0].actor", equalTo("editor.angiang"));
        }

        @Test
        void theSameNumberWrittenDifferentlyIsADuplicateThatPointsAtTheFirst() {
            int sequence = Fixtures.uniqueSequence();
            long first = Api.as(Tokens.PROVINCE_EDITOR).body(letter(sequence)).post("/api/v1/directives").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            Map<String, Object> again = letter(sequence);
            again.put("number", sequence + "-CV/TU");
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(again).post("/api/v1/directives").then(), 409,
                    "duplicate").body("instance", equalTo("/api/v1/directives/" + first));
        }

        @Test
        void numberingRestartsEachYear() {
            int sequence = Fixtures.uniqueSequence();
            Api.as(Tokens.PROVINCE_EDITOR).body(letter(sequence)).post("/api/v1/directives").then().statusCode(201);
            Map<String, Object> nextTerm = letter(sequence);
            nextTerm.put("issueDate", "2026-01-15");
            Api.as(Tokens.PROVINCE_EDITOR).body(nextTerm).post("/api/v1/directives").then().statusCode(201);
        }

        @Test
        void anUnreadableNumberIsKeptAndFlagged() {
            Map<String, Object> body = letter(Fixtures.uniqueSequence());
            body.put("number", "không số " + Fixtures.uniqueCode("X"));
            Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201)
                    .body("number.style", equalTo("UNPARSED")).body("number.text", equalTo(body.get("number")));
        }

        @Test
        void aConfidentialDirectiveKeepsNoText() {
            Map<String, Object> body = letter(Fixtures.uniqueSequence());
            body.put("confidential", true);
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then(), "fullText");
            body.remove("fullText");
            Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201)
                    .body("confidential", equalTo(true)).body("$", not(hasKey("fullText")));
        }

        @Test
        void missingAndWrongFieldsAreNamed() {
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("number", "1-CV/TU")).post("/api/v1/directives").then(),
                    "type").body("errors.field", hasItems("type", "issuerId", "subject"));
            Map<String, Object> body = letter(Fixtures.uniqueSequence());
            body.put("issuerId", 999_999_999);
            body.put("periodTo", 2020);
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then(), "issuerId")
                    .body("errors.field", hasItem("periodTo"));
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).post("/api/v1/directives").then(), 401, "unauthorized");
        }

        @Test
        void aReporterIs403() {
            assertProblem(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of()).post("/api/v1/directives").then(), 403,
                    "forbidden");
        }

        @Test
        void neitherIssuedByNorSentToTheUnitIs403() {
            Map<String, Object> body = letter(Fixtures.uniqueSequence());
            body.put("issuerId", Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-MTTQ"));
            body.put("recipientIds", List.of());
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then(), 403,
                    "out-of-scope");
        }
    }

    @Nested
    class GetDirective {

        @Test
        void theRecipientCommuneReadsIt() {
            Map<String, Object> d = registered();
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/directives/" + d.get("id")).then().statusCode(200)
                    .body("subject", equalTo(d.get("subject"))).body("fullText", equalTo(d.get("fullText")));
        }

        @Test
        void anotherProvinceCannotUnlessItIsPublic() {
            Map<String, Object> d = registered();
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/directives/" + d.get("id")).then(), 403,
                    "out-of-scope");
            Map<String, Object> body = changes(d, (String) d.get("subject"));
            body.put("publicAccess", true);
            Api.as(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/directives/" + d.get("id")).then().statusCode(200);
            Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/directives/" + d.get("id")).then().statusCode(200);
        }

        @Test
        void badIdIs400() {
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/directives/abc").then(), "id");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/directives/1").then(), 401, "unauthorized");
        }

        @Test
        void withoutRoleIs403() {
            assertProblem(Api.bad(Tokens.NO_ROLE).get("/api/v1/directives/1").then(), 403, "forbidden");
        }

        @Test
        void unknownIs404() {
            assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/999999999").then(), 404, "not-found");
        }
    }

    @Nested
    class ListDirectives {

        @Test
        void searchWithoutDiacriticsFindsDanVanKheo() {
            Map<String, Object> d = registered();
            Api.as(Tokens.PROVINCE_LEADER)
                    .queryParam("q", "dan van kheo " + ((Map<?, ?>) d.get("number")).get("sequence"))
                    .get("/api/v1/directives").then().statusCode(200)
                    .body("items.id", contains(((Number) d.get("id")).intValue()))
                    .body("items[0].issuer.name", equalTo("Tỉnh ủy Kiên Giang"));
            Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", "DÂN VẬN KHÉO").queryParam("type", "OFFICIAL_LETTER")
                    .queryParam("year", 2021).get("/api/v1/directives").then().statusCode(200)
                    .body("items.id", hasItem(((Number) d.get("id")).intValue()))
                    .body("items.type", everyItem(equalTo("OFFICIAL_LETTER")));
        }

        @Test
        void anotherProvinceDoesNotSeeIt() {
            Map<String, Object> d = registered();
            Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("q", "dan van kheo").get("/api/v1/directives").then()
                    .statusCode(200).body("items.id", not(hasItem(((Number) d.get("id")).intValue())));
        }

        @Test
        void badParametersAreNamed() {
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("type", "MEMO").queryParam("year", "năm nay")
                    .get("/api/v1/directives").then(), "type").body("errors.field", hasItem("year"));
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/directives").then(), 401, "unauthorized");
        }

        @Test
        void withoutRoleIs403() {
            assertProblem(Api.bad(Tokens.NO_ROLE).get("/api/v1/directives").then(), 403, "forbidden");
        }
    }

    @Nested
    class UpdateDirective {

        @Test
        void anEditorChangesTheSubject() {
            Map<String, Object> d = registered();
            Api.as(Tokens.PROVINCE_EDITOR).body(changes(d, "Về tiếp tục thực hiện phong trào"))
                    .put("/api/v1/directives/" + d.get("id")).then().statusCode(200)
                    .body("subject", equalTo("Về tiếp tục thực hiện phong trào")).body("version", equalTo(1));
        }

        @Test
        void aStaleVersionIs409AndChangesNothing() {
            Map<String, Object> d = registered();
            Api.as(Tokens.PROVINCE_EDITOR).body(changes(d, "Lần một")).put("/api/v1/directives/" + d.get("id")).then()
                    .statusCode(200);
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(changes(d, "Lần hai"))
                    .put("/api/v1/directives/" + d.get("id")).then(), 409, "stale-version");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + d.get("id")).then().body("subject",
                    equalTo("Lần một"));
        }

        @Test
        void renumberingOntoAnotherDirectiveIs409() {
            Map<String, Object> first = registered();
            Map<String, Object> second = registered();
            Map<String, Object> body = changes(second, (String) second.get("subject"));
            body.put("number", ((Map<?, ?>) first.get("number")).get("text"));
            assertProblem(
                    Api.as(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/directives/" + second.get("id")).then(), 409,
                    "duplicate").body("instance", equalTo("/api/v1/directives/" + first.get("id")));
        }

        @Test
        void missingVersionIs400() {
            Map<String, Object> d = registered();
            Map<String, Object> body = changes(d, "X");
            body.remove("version");
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/directives/" + d.get("id")).then(),
                    "version");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).put("/api/v1/directives/1").then(), 401, "unauthorized");
        }

        @Test
        void aLeaderIs403() {
            Map<String, Object> d = registered();
            assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(changes(d, "X")).put("/api/v1/directives/" + d.get("id"))
                    .then(), 403, "forbidden");
        }

        @Test
        void anotherProvincesAdminIs403() {
            Map<String, Object> d = registered();
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(changes(d, "X"))
                    .put("/api/v1/directives/" + d.get("id")).then(), 403, "out-of-scope");
        }

        @Test
        void unknownIs404() {
            Map<String, Object> d = registered();
            assertProblem(
                    Api.as(Tokens.PROVINCE_EDITOR).body(changes(d, "X")).put("/api/v1/directives/999999999").then(),
                    404, "not-found");
        }
    }
}
