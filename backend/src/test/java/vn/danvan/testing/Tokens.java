package vn.danvan.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens signed with the key of the test OIDC server (quarkus-test-oidc-server), shaped like Keycloak's: realm
 * roles under realm_access.roles, unit_code and organization_code claims.
 */
public final class Tokens {

    /** The audience the API requires (quarkus.oidc.token.audience). */
    public static final String AUDIENCE = "danvan-api";

    public static final String PROVINCE = "91"; // An Giang
    public static final String COMMUNE = "30742"; // phường Rạch Giá, An Giang
    public static final String OTHER_PROVINCE = "01"; // Hà Nội
    public static final String CENTRAL = "TW"; // Trung ương: its accounts reach the whole country

    public static final String PROVINCE_ADMIN = token("admin.angiang", PROVINCE, "91-BTGDV", "admin");
    public static final String PROVINCE_LEADER = token("leader.angiang", PROVINCE, "91-BTV", "leader");
    public static final String PROVINCE_EDITOR = token("editor.angiang", PROVINCE, "91-BTGDV", "editor");
    public static final String COMMUNE_ADMIN = token("admin.rachgia", COMMUNE, "30742-UBND", "admin");
    public static final String COMMUNE_EDITOR = token("editor.rachgia", COMMUNE, "30742-DU", "editor");
    public static final String COMMUNE_REPORTER = token("reporter.rachgia", COMMUNE, "30742-DU", "reporter");
    public static final String OTHER_PROVINCE_ADMIN = token("admin.hanoi", OTHER_PROVINCE, "01-MTTQ", "admin");
    public static final String OTHER_PROVINCE_LEADER = token("leader.hanoi", OTHER_PROVINCE, "01-BTV", "leader");
    public static final String CENTRAL_EDITOR = token("editor.trunguong", CENTRAL, "TW-BTGDV", "editor");
    public static final String CENTRAL_ADMIN = token("admin.trunguong", CENTRAL, "TW-BTGDV", "admin");
    public static final String NO_ROLE = token("nobody", PROVINCE, null);
    public static final String NO_UNIT = token("drifter", null, null, "reporter");

    private Tokens() {
    }

    /**
     * A reporter of one residential area (claim {@code residential_area_code}) of {@code unitCode}, in the commune's
     * Front committee.
     */
    public static String areaReporter(String username, String unitCode, String areaCode) {
        return builder(username, unitCode, unitCode + "-MTTQ", "reporter").claim("residential_area_code", areaCode)
                .sign();
    }

    public static String token(String username, String unitCode, String organizationCode, String... roles) {
        return builder(username, unitCode, organizationCode, roles).sign();
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String username, String unitCode,
            String organizationCode, String... roles) {
        var builder = Jwt.preferredUserName(username).claim("name", "Người dùng " + username)
                .claim("email", username + "@danvan.example").claim("realm_access", Map.of("roles", List.of(roles)))
                .issuer("https://server.example.com").audience(AUDIENCE)
                // the constants above are made once per test JVM: they must outlive the whole suite (the
                // builder's default, 5 minutes, is shorter than the backend suite)
                .expiresIn(Duration.ofHours(6));
        if (unitCode != null) {
            builder.claim("unit_code", unitCode);
        }
        if (organizationCode != null) {
            builder.claim("organization_code", organizationCode);
        }
        return builder;
    }
}
