package vn.danvan.common.security;

/** The realm roles of Keycloak realm {@code danvan}; the constants are for {@code @RolesAllowed}. */
public final class Role {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String REPORTER = "reporter";
    public static final String APPRAISER = "appraiser";
    public static final String LEADER = "leader";
    public static final String INTEGRATION = "integration";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, EDITOR, REPORTER, APPRAISER, LEADER,
            INTEGRATION);

    private Role() {
    }
}
