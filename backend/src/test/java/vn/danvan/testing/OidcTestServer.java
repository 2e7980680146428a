package vn.danvan.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Starts the WireMock OIDC server (its signing key is the one {@link Tokens} uses) for every @QuarkusTest. */
@QuarkusTestResource(OidcWiremockTestResource.class)
public class OidcTestServer {
}
