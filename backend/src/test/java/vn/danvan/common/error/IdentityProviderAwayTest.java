package vn.danvan.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import vn.danvan.testing.Tokens;

/**
 * A backend started while the identity provider is unreachable (here: a port nobody listens on) says so in its
 * readiness check, and answers a request that needs a token checked with 503 and Retry-After, never 500 or 401: the
 * client's token may be good. Requests that need no token are still served.
 */
@QuarkusTest
@TestProfile(IdentityProviderAwayTest.Away.class)
class IdentityProviderAwayTest {

    public static class Away implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/danvan",
                    "quarkus.oidc.connection-timeout", "1S", "quarkus.oidc.health.enabled", "true");
        }
    }

    @Test
    void aRequestWithATokenIs503WithRetryAfter() {
        assertProblem(given().auth().oauth2(Tokens.PROVINCE_EDITOR).get("/api/v1/me").then(), 503, "unavailable")
                .header("Retry-After", equalTo("5"));
        assertProblem(given().auth().oauth2(Tokens.PROVINCE_EDITOR).get("/api/v1/directives").then(), 503,
                "unavailable");
    }

    @Test
    void readinessSaysTheIdentityProviderIsDown() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'OIDC Provider Health Check' }.status", equalTo("DOWN"));
    }

    @Test
    void withoutATokenTheAnswerIsStill401() {
        assertProblem(given().get("/api/v1/me").then(), 401, "unauthorized");
        given().get("/q/health/live").then().statusCode(200).body("checks.status",
                org.hamcrest.Matchers.not(hasItem("DOWN")));
    }
}
