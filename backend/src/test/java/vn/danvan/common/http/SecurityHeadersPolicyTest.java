package vn.danvan.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The rules of {@link SecurityHeaders}, without a server. */
class SecurityHeadersPolicyTest {

    private final SecurityHeaders headers = new SecurityHeaders(
            Optional.of("https://sso.angiang.gov.vn:8443/realms/danvan"));

    @Test
    void theApiGetsNothingToRunOrFrame() {
        var h = headers.forRequest("/api/v1/directives", false);
        assertEquals("default-src 'none'; frame-ancestors 'none'", h.get("Content-Security-Policy"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("no-referrer", h.get("Referrer-Policy"));
        assertFalse(h.containsKey("Strict-Transport-Security"));
    }

    @Test
    void hstsOnlyOverTls() {
        assertEquals("max-age=31536000", headers.forRequest("/api/v1/me", true).get("Strict-Transport-Security"));
    }

    @Test
    void swaggerUiReachesTheIdentityProvidersOriginOnly() {
        String policy = headers.forRequest("/q/swagger-ui/index.html", false).get("Content-Security-Policy");
        assertTrue(policy.contains("connect-src 'self' https://sso.angiang.gov.vn:8443;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void withoutAUsableUrlSwaggerUiReachesOnlyItsOwnOrigin() {
        String policy = new SecurityHeaders(Optional.of("not a url")).forRequest("/q/swagger-ui", false)
                .get("Content-Security-Policy");
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertEquals(Optional.of("http://localhost:8180"), SecurityHeaders.originOf("http://localhost:8180/realms/x"));
    }
}
