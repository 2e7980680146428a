package vn.danvan.common.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The browser security headers of the backend's public port: which ones a response gets, by path and by whether the
 * request came over TLS. Kept apart from the Vert.x filter so that the rules can be read (and tested) in one place.
 */
public final class SecurityHeaders {

    /** JSON, problem+json and the OpenAPI document: nothing in them is ever run or framed by a browser. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** One year; no includeSubDomains: a province's other sites under the same domain are not ours to decide. */
    static final String HSTS = "max-age=31536000";

    static final String REFERRER_POLICY = "no-referrer";

    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String DEV_UI = "/q/dev-ui";

    private final String swaggerUiPolicy;

    /**
     * @param identityProviderUrl
     *            the Keycloak URL the browser uses (the token issuer), whose origin Swagger UI's "Try it out" login
     *            posts to; empty when unknown
     */
    public SecurityHeaders(Optional<String> identityProviderUrl) {
        String connect = identityProviderUrl.flatMap(SecurityHeaders::originOf).map(o -> "'self' " + o)
                .orElse("'self'");
        // Quarkus's Swagger UI page and its OAuth2 redirect page carry inline scripts and styles.
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src " + connect + "; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self'";
    }

    /** The headers for a response to {@code path}; {@code overTls} when the request came over https. */
    public Map<String, String> forRequest(String path, boolean overTls) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        if (path.startsWith(SWAGGER_UI)) {
            headers.put("Content-Security-Policy", swaggerUiPolicy);
        } else if (!path.startsWith(DEV_UI)) { // the Dev UI (mvn quarkus:dev only) needs scripts of its own
            headers.put("Content-Security-Policy", API_POLICY);
        }
        if (overTls) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    static Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional
                    .of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
