package vn.danvan.common.security;

import java.util.List;

/**
 * The caller as the token describes them: who, which roles, which organization and which administrative unit (by code,
 * from the token claims {@code organization_code} and {@code unit_code}), and for a cadre of a residential area (a head
 * of a hamlet's Front committee, say), that area ({@code residential_area_code}).
 */
public record CurrentUser(String username, String fullName, String email, List<String> roles, String organizationCode,
        String unitCode, String residentialAreaCode) {

    public CurrentUser(String username, String fullName, String email, List<String> roles, String organizationCode,
            String unitCode) {
        this(username, fullName, email, roles, organizationCode, unitCode, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** An integration client (the provincial portal) with no role of a person: it reads published data only. */
    public boolean integrationOnly() {
        return roles.contains(Role.INTEGRATION) && roles.stream().allMatch(Role.INTEGRATION::equals);
    }
}
