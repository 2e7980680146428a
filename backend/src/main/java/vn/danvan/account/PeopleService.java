package vn.danvan.account;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * People by name for the records that name their actors by login (creator, submitter, reviewer, asker, uploader): the
 * user directory the reminders keep (app_user, filled from tokens as people open the app), read for a whole response in
 * one query.
 */
@ApplicationScoped
public class PeopleService {

    /** The people of one response, by login; a login never seen is named by itself. */
    public record People(Map<String, PersonDto> byUsername) {

        public static final People NONE = new People(Map.of());

        /** For a part of a response named later, with the rest of it: names nobody yet. */
        public static final People UNNAMED = new People(null);

        /** The person behind a login, or null for no login. */
        public PersonDto of(String username) {
            if (username == null || byUsername == null) {
                return null;
            }
            PersonDto known = byUsername.get(username);
            return known != null ? known : PersonDto.unknown(username);
        }
    }

    @Inject
    EntityManager em;

    /** These logins as people, in one query (organizations named through the read model organization_name). */
    @Transactional
    @SuppressWarnings("unchecked")
    public People byUsername(Collection<String> usernames) {
        String[] logins = usernames.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (logins.length == 0) {
            return People.NONE;
        }
        List<Object[]> rows = em
                .createNativeQuery("SELECT u.username, u.full_name, o.organization_id, o.code, o.name"
                        + " FROM app_user u LEFT JOIN organization_name o ON o.code = u.organization_code"
                        + " WHERE u.username = ANY(CAST(:logins AS varchar[]))")
                .setParameter("logins", logins).getResultList();
        Map<String, PersonDto> people = new HashMap<>();
        for (Object[] r : rows) {
            String username = (String) r[0];
            String name = r[1] == null || ((String) r[1]).isBlank() ? username : (String) r[1];
            OrganizationRefDto organization = r[2] == null ? null
                    : new OrganizationRefDto(((Number) r[2]).longValue(), (String) r[3], (String) r[4]);
            people.put(username, new PersonDto(username, name, organization));
        }
        return new People(people);
    }

    /** One login as a person (for a response that names one actor). */
    @Transactional
    public PersonDto person(String username) {
        return username == null ? null : byUsername(List.of(username)).of(username);
    }

    /**
     * For demo data: the login that writes an organization's reports ({@code reporter.<code>}), known to the directory
     * by a made-up name so that the demo shows people, not logins.
     */
    @Transactional
    public String demoReporterOf(OrganizationRefDto organization) {
        String username = "reporter." + organization.code().toLowerCase();
        introduce(username, DemoUsers.nameOf(username), organization.code(), null, "reporter");
        return username;
    }

    /**
     * For demo data: a person known to the directory as if they had opened the app, without an e-mail address (so no
     * reminder is ever written to them).
     */
    @Transactional
    public void introduce(String username, String fullName, String organizationCode, String unitCode, String role) {
        em.createNativeQuery("INSERT INTO app_user (username, full_name, organization_code, unit_code, roles,"
                + " last_seen_at) VALUES (:u, :n, :o, :c, :r, :at) ON CONFLICT (username) DO NOTHING")
                .setParameter("u", username).setParameter("n", fullName).setParameter("o", organizationCode)
                .setParameter("c", unitCode).setParameter("r", role).setParameter("at", OffsetDateTime.now())
                .executeUpdate();
    }
}
