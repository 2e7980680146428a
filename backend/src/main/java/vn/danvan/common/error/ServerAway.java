package vn.danvan.common.error;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a failure caused by a server the backend depends on being away (the database restarting, the identity provider
 * not reachable) from a fault of the backend. The first is answered 503 with Retry-After: the same request will succeed
 * shortly. Read from the cause chain, so it holds whatever layer (Agroal, Hibernate, Quartz, OIDC) wrapped it.
 */
final class ServerAway {

    /** Seconds a client waits before trying again: a PostgreSQL restart or a Keycloak start takes a few. */
    static final int RETRY_AFTER_SECONDS = 5;

    private ServerAway() {
    }

    /**
     * What is away, in words for the problem's detail, or empty when the failure is the backend's own. Causes and
     * suppressed exceptions are both followed: a commit that fails as the database shuts down arrives as a
     * RollbackException whose SQLException hangs on a suppressed XAException.
     */
    static Optional<String> of(Throwable failure) {
        java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pending.add(failure);
        while (!pending.isEmpty() && seen.size() < 50) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && databaseAway(sql)
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return Optional.of("Cơ sở dữ liệu tạm thời không kết nối được (the database is unreachable)");
            }
            if (t.getClass().getName().equals("io.quarkus.oidc.OIDCException")
                    || t.getClass().getName().equals("io.quarkus.oidc.common.OidcEndpointAccessException")) {
                return Optional
                        .of("Máy chủ đăng nhập tạm thời không kết nối được (the identity provider is unreachable)");
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return Optional.empty();
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down, crashed, or not yet accepting
     * connections), or the pool's own "acquisition timeout" (no SQLSTATE) while no connection can be made.
     */
    private static boolean databaseAway(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        String message = e.getMessage();
        return message != null && message.toLowerCase().contains("acquisition timeout");
    }
}
