package vn.danvan.common.idempotency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The table {@code idempotency_key} (V14). Every method runs in the caller's transaction: the request's own, begun by
 * {@link IdempotencyFilters}.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long an answer is kept and replayed. */
    static final int KEPT_DAYS = 7;

    /** How long a duplicate waits for the first request with its key before it is told to try again. */
    static final String WAIT_FOR_FIRST = "5s";

    @Inject
    EntityManager em;

    /** What a request with a key is: who sent it, and what it asked for. */
    record Claim(String username, String key, String method, String path, String fingerprint) {
    }

    /** The answer kept for a key, and the request it answered. */
    record Stored(String method, String path, String fingerprint, int status, String body, String location) {

        boolean answers(Claim claim) {
            return method.equals(claim.method()) && path.equals(claim.path())
                    && fingerprint.equals(claim.fingerprint());
        }
    }

    /**
     * Takes the key for this request, or finds the answer it already has. The row is inserted in the current
     * transaction; while another transaction holds the same key (the first request, still running), the insert waits
     * for it, at most {@link #WAIT_FOR_FIRST} (then PostgreSQL cancels the statement with SQLSTATE 55P03). A row older
     * than {@link #KEPT_DAYS} days is taken over as if it were not there.
     *
     * @return empty when the key is now this request's; the kept answer otherwise
     */
    Optional<Stored> claim(Claim claim) {
        String previousTimeout = (String) em.createNativeQuery("SELECT current_setting('lock_timeout')")
                .getSingleResult();
        em.createNativeQuery("SELECT set_config('lock_timeout', :timeout, true)")
                .setParameter("timeout", WAIT_FOR_FIRST).getSingleResult();
        int taken = em.createNativeQuery("""
                INSERT INTO idempotency_key (username, idempotency_key, method, request_path, fingerprint)
                VALUES (:username, :key, :method, :path, :fingerprint)
                ON CONFLICT (username, idempotency_key) DO UPDATE
                SET method = excluded.method, request_path = excluded.request_path,
                    fingerprint = excluded.fingerprint, created_at = now(), status_code = NULL,
                    response_body = NULL, location = NULL
                WHERE idempotency_key.created_at < now() - make_interval(days => :days)
                """).setParameter("username", claim.username()).setParameter("key", claim.key())
                .setParameter("method", claim.method()).setParameter("path", claim.path())
                .setParameter("fingerprint", claim.fingerprint()).setParameter("days", KEPT_DAYS).executeUpdate();
        em.createNativeQuery("SELECT set_config('lock_timeout', :timeout, true)")
                .setParameter("timeout", previousTimeout).getSingleResult();
        if (taken == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT method, request_path, fingerprint, status_code, response_body, location
                FROM idempotency_key WHERE username = :username AND idempotency_key = :key
                """).setParameter("username", claim.username()).setParameter("key", claim.key()).getResultList();
        if (rows.isEmpty() || rows.get(0)[3] == null) {
            // the row that made the insert do nothing was deleted since (expired): the same request will take the key
            throw IdempotencyFilters.inProgress();
        }
        Object[] row = rows.get(0);
        return Optional.of(new Stored((String) row[0], (String) row[1], ((String) row[2]).trim(),
                ((Number) row[3]).intValue(), (String) row[4], (String) row[5]));
    }

    /** Keeps the answer with the key taken by {@link #claim}; committed with the request's work. */
    void complete(Claim claim, int status, String body, String location) {
        em.createNativeQuery("""
                UPDATE idempotency_key SET status_code = :status, response_body = CAST(:body AS text),
                    location = CAST(:location AS text)
                WHERE username = :username AND idempotency_key = :key
                """).setParameter("status", status).setParameter("body", body).setParameter("location", location)
                .setParameter("username", claim.username()).setParameter("key", claim.key()).executeUpdate();
    }

    /** Writes the request's pending changes now, so that their failures surface before the answer is kept. */
    void flush() {
        em.flush();
    }

    /** Deletes the answers older than {@link #KEPT_DAYS} days; returns how many. */
    int deleteExpired() {
        return em
                .createNativeQuery(
                        "DELETE FROM idempotency_key WHERE created_at < now() - make_interval(days => :days)")
                .setParameter("days", KEPT_DAYS).executeUpdate();
    }
}
