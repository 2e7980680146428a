package vn.danvan.common.security;

import static vn.danvan.testing.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

import vn.danvan.testing.Api;
import vn.danvan.testing.Tokens;

/** Which tokens count: only those issued for this API, naming a person, with a DânVận role. Never a 500. */
@QuarkusTest
class TokenRulesTest {

    private static String signed(String audience, String username, String... roles) {
        var builder = Jwt.claims().claim("realm_access", Map.of("roles", List.of(roles))).claim("unit_code", "91")
                .claim("organization_code", "91-BTGDV").issuer("https://server.example.com").audience(audience);
        if (username != null) {
            builder.claim("preferred_username", username);
        }
        return builder.sign();
    }

    @Test
    void aTokenForAnotherClientOfTheRealmIs401() {
        String adminCli = signed("admin-cli", "editor.angiang", "editor");
        assertProblem(Api.bad(adminCli).get("/api/v1/me").then(), 401, "unauthorized");
        assertProblem(Api.bad(adminCli).get("/api/v1/directives").then(), 401, "unauthorized");
        assertProblem(Api.bad(adminCli).get("/api/v1/assignments").then(), 401, "unauthorized");
    }

    @Test
    void aTokenThatNamesNobodyIs401NotA500() {
        String nameless = signed(Tokens.AUDIENCE, null, "editor");
        assertProblem(Api.bad(nameless).get("/api/v1/me").then(), 401, "unauthorized");
        assertProblem(Api.bad(nameless).get("/api/v1/me/digest").then(), 401, "unauthorized");
    }

    @Test
    void aPersonWithoutADanVanRoleIs403Everywhere() {
        String noRole = signed(Tokens.AUDIENCE, "nobody");
        assertProblem(Api.bad(noRole).get("/api/v1/me").then(), 403, "forbidden");
        assertProblem(Api.bad(noRole).get("/api/v1/me/digest").then(), 403, "forbidden");
        assertProblem(Api.bad(noRole).get("/api/v1/directives").then(), 403, "forbidden");
    }

    @Test
    void theApiAudienceWithARoleIsAccepted() {
        Api.as(signed(Tokens.AUDIENCE, "editor.angiang", "editor")).get("/api/v1/me").then().statusCode(200);
    }
}
