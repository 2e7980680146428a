package vn.danvan.directive;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertFieldError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class DirectiveSearchResourceTest {

    private static long create(String issuerCode, String subject, String fullText, String issueDate, Integer periodFrom,
            Integer periodTo, String recipientCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", Fixtures.uniqueSequence() + "-KH/TU");
        body.put("issuerId",
                issuerCode.startsWith("KG-") ? Fixtures.formerOrganizationIdOf("Tỉnh Kiên Giang", issuerCode)
                        : Fixtures.organizationIdOf(issuerCode.substring(0, issuerCode.indexOf('-')), issuerCode));
        body.put("issueDate", issueDate);
        body.put("subject", subject);
        if (fullText != null) {
            body.put("fullText", fullText);
        }
        if (periodFrom != null) {
            body.put("periodFrom", periodFrom);
            body.put("periodTo", periodTo);
        }
        body.put("recipientIds", recipientCode == null ? List.of() : List
                .of(Fixtures.organizationIdOf(recipientCode.substring(0, recipientCode.indexOf('-')), recipientCode)));
        return Api.as(Tokens.PROVINCE_ADMIN).body(body).post("/api/v1/directives").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void matchesInTheSubjectComeBeforeMatchesInTheTextUnlessSortedByDate() {
        String word = Fixtures.uniqueCode("Khéo").toLowerCase();
        long inText = create("91-BTV", "Kế hoạch tổ chức hội nghị", "Biểu dương mô hình " + word + " ở cơ sở",
                "2026-05-01", null, null, null);
        long inSubject = create("91-BTV", "Nhân rộng mô hình " + word, "Nội dung", "2025-03-01", null, null, null);
        String folded = word.replace("é", "e");
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", folded).get("/api/v1/directives").then().statusCode(200)
                .body("items.id", contains((int) inSubject, (int) inText)).body("total", equalTo(2));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", folded).queryParam("sort", "date").get("/api/v1/directives")
                .then().statusCode(200).body("items.id", contains((int) inText, (int) inSubject));
        // the second page of the ranked list holds the rest
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", folded).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/directives").then().statusCode(200).body("items.id", contains((int) inText))
                .body("total", equalTo(2));
    }

    @Test
    void unitFilterKeepsWhatWasIssuedByOrSentToTheUnitAndBelow() {
        String word = Fixtures.uniqueCode("Donvi");
        long toRachGia = create("91-BTV", "Kế hoạch " + word, null, "2026-02-01", null, null, "30742-DU");
        long provinceOnly = create("91-BTV", "Kế hoạch " + word + " khác", null, "2026-02-02", null, null, null);
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("unitId", Fixtures.unitIdOf("30742"))
                .get("/api/v1/directives").then().statusCode(200).body("items.id", contains((int) toRachGia));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("unitId", Fixtures.unitIdOf("91"))
                .get("/api/v1/directives").then().statusCode(200)
                .body("items.id", hasItems((int) toRachGia, (int) provinceOnly));
    }

    @Test
    void periodAndYearFilters() {
        String word = Fixtures.uniqueCode("Giaidoan");
        long term = create("91-BTV", "Chương trình " + word, null, "2021-03-01", 2021, 2025, null);
        long later = create("91-BTV", "Chương trình " + word + " mới", null, "2026-03-01", 2026, 2030, null);
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("period", 2023).get("/api/v1/directives").then()
                .statusCode(200).body("items.id", contains((int) term));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("year", 2026).get("/api/v1/directives").then()
                .statusCode(200).body("items.id", contains((int) later));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("period", 2031).get("/api/v1/directives").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void theFormerProvincesDirectivesBelongToItsSuccessor() {
        String word = Fixtures.uniqueCode("Kiengiang");
        long former = create("KG-TU", "Công văn " + word, null, "2022-11-23", null, null, null);
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).get("/api/v1/directives").then().statusCode(200)
                .body("items.id", contains((int) former));
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", word).get("/api/v1/directives").then().statusCode(200)
                .body("items.id", not(hasItem((int) former)));
        Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("q", word).get("/api/v1/directives").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void badFiltersAreNamed() {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("period", 1800).queryParam("year", "abc")
                .queryParam("sort", "popularity").queryParam("unitId", 999_999_999L).get("/api/v1/directives").then(),
                "period").body("errors.field", hasItems("year", "sort", "unitId"));
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("page", 600).queryParam("size", 20)
                .get("/api/v1/directives").then(), "page");
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @jakarta.transaction.Transactional
    void insertPublic(String word, int count) {
        em.createNativeQuery("INSERT INTO directive (type, issuer_id, issue_date, subject, status, public_access)"
                + " SELECT 'NOTICE', (SELECT id FROM organization WHERE code = '01-TU'), DATE '2020-01-01' + n,"
                + " 'Thông báo ' || :word || ' số ' || n, 'IN_FORCE', true FROM generate_series(1, :count) AS n")
                .setParameter("word", word).setParameter("count", count).executeUpdate();
    }

    @Test
    void theCountStopsAtOneThousandAndSoDoThePages() {
        String word = Fixtures.uniqueCode("Nhieu");
        insertPublic(word, 1_005);
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("size", 5).get("/api/v1/directives").then()
                .statusCode(200).body("total", equalTo(1_000)).body("totalCapped", equalTo(true))
                .body("items.size()", equalTo(5));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("page", 49).get("/api/v1/directives").then()
                .statusCode(200).body("items.size()", equalTo(20));
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("q", word).queryParam("page", 50)
                .get("/api/v1/directives").then(), "page");
        // a narrower search is counted exactly
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", word + " so 100").queryParam("year", 2020)
                .get("/api/v1/directives").then().statusCode(200).body("total", equalTo(1))
                .body("$", not(org.hamcrest.Matchers.hasKey("totalCapped")));
    }
}
