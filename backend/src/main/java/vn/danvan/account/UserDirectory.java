package vn.danvan.account;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.danvan.account.AccountService.Person;
import vn.danvan.common.security.CurrentUser;

/**
 * The people reminders go to. The app learns them from their token each time they open it (e-mail, organization,
 * roles), so the daily job knows whom to write to without asking the identity server.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    EntityManager em;

    @Transactional
    public void seen(CurrentUser user) {
        em.createNativeQuery("INSERT INTO app_user (username, full_name, email, organization_code, unit_code, roles,"
                + " last_seen_at) VALUES (:u, :n, :e, :o, :c, :r, :at) ON CONFLICT (username) DO UPDATE SET"
                + " full_name = EXCLUDED.full_name, email = EXCLUDED.email, organization_code = EXCLUDED.organization_code,"
                + " unit_code = EXCLUDED.unit_code, roles = EXCLUDED.roles, last_seen_at = EXCLUDED.last_seen_at")
                .setParameter("u", user.username()).setParameter("n", user.fullName()).setParameter("e", user.email())
                .setParameter("o", user.organizationCode()).setParameter("c", user.unitCode())
                .setParameter("r", String.join(",", user.roles())).setParameter("at", OffsetDateTime.now())
                .executeUpdate();
    }

    /** Everyone with an e-mail address and an organization, by organization. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Person> reachable() {
        List<Object[]> rows = em.createNativeQuery("SELECT username, full_name, email, organization_code, roles"
                + " FROM app_user WHERE email IS NOT NULL AND organization_code IS NOT NULL"
                + " ORDER BY organization_code, username").getResultList();
        return rows.stream().map(r -> new Person((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                List.of(((String) r[4]).split(",")))).toList();
    }
}
