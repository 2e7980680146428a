package vn.danvan.common.paging;

import static vn.danvan.testing.Problems.assertFieldError;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** A page number a client can blow up (page x size past the last int) is a 400 naming page, never a 500. */
@QuarkusTest
class PagingLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/organizations", "/api/v1/assignments", "/api/v1/reports", "/api/v1/units",
            "/api/v1/directives", "/api/v1/units/{rachGia}/organizations",
            "/api/v1/units/{rachGia}/residential-areas" })
    void aPageTooFarIs400(String path) {
        String url = path.replace("{rachGia}", Long.toString(Fixtures.unitIdOf(Tokens.COMMUNE)));
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .get(url).then(), "page");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_LEADER).queryParam("page", 1001).queryParam("size", 100).get(url).then(),
                "page");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 999 })
    void pagesWithinTheLimitAnswer(int page) {
        Api.as(Tokens.PROVINCE_LEADER).queryParam("page", page).queryParam("size", 100).get("/api/v1/units").then()
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2147483647", "9223372036854775807" })
    void theAuditHistoryToo(String page) {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("entityType", "Directive").queryParam("entityId", 1)
                .queryParam("page", page).queryParam("size", 100).get("/api/v1/audit-events").then(), "page");
    }
}
