package vn.danvan.common.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Resolves the caller of the current request, once, from the verified access token. */
@RequestScoped
public class Caller {

    static final String UNIT_CLAIM = "unit_code";
    static final String ORGANIZATION_CLAIM = "organization_code";
    static final String RESIDENTIAL_AREA_CLAIM = "residential_area_code";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private CurrentUser resolved;

    public CurrentUser current() {
        if (resolved == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            List<String> roles = Role.ALL.stream().filter(identity::hasRole).toList();
            String username = claim("preferred_username");
            if (username == null) {
                throw new UnauthorizedException(); // a token that names nobody is no sign-in
            }
            resolved = new CurrentUser(username, claim("name"), claim("email"), roles, claim(ORGANIZATION_CLAIM),
                    claim(UNIT_CLAIM), claim(RESIDENTIAL_AREA_CLAIM));
        }
        return resolved;
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
        return text.isBlank() ? null : text;
    }
}
