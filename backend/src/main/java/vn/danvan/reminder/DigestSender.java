package vn.danvan.reminder;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.danvan.account.AccountService;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.security.Role;
import vn.danvan.report.ReportService;

/**
 * Sends the day's digests: one e-mail per person whose organization has something due, none to anyone else. Each digest
 * is claimed in the database (unique per person and day) before it is sent, so that two backend instances running the
 * job at the same moment send it once; a send that fails gives its claim back for the next run.
 */
@ApplicationScoped
public class DigestSender {

    private static final Logger LOG = Logger.getLogger(DigestSender.class);

    private static final Set<String> REMINDED = Set.of(Role.REPORTER, Role.EDITOR, Role.ADMIN, Role.LEADER);

    /** What one run did. */
    public record Run(LocalDate day, int people, int sent, int nothingDue, int sentElsewhere, int failed,
            int slotsMade) {
    }

    @Inject
    AccountService accounts;

    @Inject
    DigestService digests;

    @Inject
    ReportService reports;

    @Inject
    Mailer mailer;

    private static final Object SMTP = new Object();

    @Inject
    EntityManager em;

    @Inject
    DanvanConfig config;

    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    public Run sendAll(LocalDate day) {
        int slotsMade = reports.ensureCurrentSlots(day);
        List<AccountService.Person> people = accounts.reachable().stream()
                .filter(p -> p.roles().stream().anyMatch(REMINDED::contains)).toList();
        Map<String, DigestDtos.Digest> byOrganization = new HashMap<>();
        int sent = 0;
        int nothingDue = 0;
        int elsewhere = 0;
        int failed = 0;
        for (AccountService.Person person : people) {
            DigestDtos.Digest digest = byOrganization.computeIfAbsent(person.organizationCode(),
                    code -> digests.forOrganization(code, day, config.reminders().dueSoonDays()));
            if (digest.empty()) {
                nothingDue++;
                continue;
            }
            String subject = DigestMail.subject(digest);
            String body = DigestMail.body(person.fullName(), config.appUrl(), digest);
            Long claim = QuarkusTransaction.requiringNew().call(() -> claim(person, digest, body));
            if (claim == null) {
                elsewhere++;
                continue;
            }
            try {
                // one SMTP session at a time per instance: two job runs of one JVM sending at once stalled a
                // session until the server's 30 s timeout (421), and the digest went out a day late
                synchronized (SMTP) {
                    mailer.send(Mail.withText(person.email(), subject, body));
                }
                QuarkusTransaction.requiringNew().run(() -> em
                        .createNativeQuery("UPDATE reminder_digest SET status = 'SENT', sent_at = :at WHERE id = :id")
                        .setParameter("at", OffsetDateTime.now()).setParameter("id", claim).executeUpdate());
                sent++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "digest for %s not sent; it will be tried again on the next run", person.username());
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("DELETE FROM reminder_digest WHERE id = :id")
                                .setParameter("id", claim).executeUpdate());
                failed++;
            }
        }
        Run run = new Run(day, people.size(), sent, nothingDue, elsewhere, failed, slotsMade);
        LOG.infof("reminders %s on %s: %s", day, node, run);
        return run;
    }

    /** The claim's id, or null when another run (here or on another instance) has this digest already. */
    private Long claim(AccountService.Person person, DigestDtos.Digest digest, String body) {
        @SuppressWarnings("unchecked")
        List<Object> id = em
                .createNativeQuery("INSERT INTO reminder_digest (username, day, email, items, body, status,"
                        + " node) VALUES (:u, :d, :e, :n, :b, 'SENDING', :node) ON CONFLICT (username, day) DO NOTHING"
                        + " RETURNING id")
                .setParameter("u", person.username()).setParameter("d", digest.day()).setParameter("e", person.email())
                .setParameter("n", digest.items().size()).setParameter("b", body).setParameter("node", node)
                .getResultList();
        return id.isEmpty() ? null : ((Number) id.get(0)).longValue();
    }
}
