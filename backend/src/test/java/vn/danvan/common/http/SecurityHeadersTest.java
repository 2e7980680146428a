package vn.danvan.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.danvan.testing.Tokens;

/** Every response of the public port carries the browser security headers; HSTS only when the request was https. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void anApiAnswerHasTheApiPolicy() {
        ValidatableResponse response = given().auth().oauth2(Tokens.PROVINCE_ADMIN).get("/api/v1/me").then()
                .statusCode(200);
        assertApiHeaders(response);
        response.header("Strict-Transport-Security", nullValue());
    }

    @Test
    void anErrorHasThemToo() {
        ValidatableResponse response = given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        assertApiHeaders(response);
        assertApiHeaders(
                given().auth().oauth2(Tokens.PROVINCE_ADMIN).get("/api/v1/no-such-thing").then().statusCode(404));
    }

    @Test
    void httpsThroughTheProxyAddsHsts() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).header("X-Forwarded-Proto", "https").get("/api/v1/me").then()
                .statusCode(200).header("Strict-Transport-Security", equalTo("max-age=31536000"));
        given().header("X-Forwarded-Proto", "https").get("/api/v1/me").then().statusCode(401)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    }

    @Test
    void plainHttpThroughTheProxyHasNoHsts() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).header("X-Forwarded-Proto", "http").get("/api/v1/me").then()
                .statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void swaggerUiMayRunItsOwnScriptsAndReachKeycloak() {
        // In tests the OIDC server is the WireMock one on localhost: its origin is where "Authorize" posts.
        given().get("/q/swagger-ui/").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")));
    }

    @Test
    void theContractIsServedUnderTheApiPolicy() {
        assertApiHeaders(given().accept("application/json").queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200));
    }

    private static void assertApiHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Referrer-Policy", equalTo("no-referrer"));
    }
}
