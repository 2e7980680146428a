package vn.danvan.common.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts {@link SecurityHeaders} on every response of the public HTTP port: the API's answers, its errors (401, 404, 413,
 * ...) and Swagger UI alike. The management port (health, metrics) is another router and is not touched.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    private final SecurityHeaders headers;

    SecurityHeadersFilter(@ConfigProperty(name = "quarkus.oidc.token.issuer") Optional<String> issuer,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        // The issuer is the URL the browser knows; the server URL may be an internal name (docker/: keycloak:8080).
        this.headers = new SecurityHeaders(issuer.filter(s -> !s.isBlank()).or(() -> authServerUrl));
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 1000);
    }

    private void addHeaders(RoutingContext context) {
        // Added when the headers are written, so that responses ended early (authentication, routing errors) get them.
        context.addHeadersEndHandler(ignored -> {
            // isSSL() follows X-Forwarded-Proto when it comes from a trusted proxy (quarkus.http.proxy.*).
            boolean overTls = context.request().isSSL();
            MultiMap response = context.response().headers();
            headers.forRequest(context.normalizedPath(), overTls).forEach((name, value) -> {
                if (!response.contains(name)) {
                    response.set(name, value);
                }
            });
        });
        context.next();
    }
}
