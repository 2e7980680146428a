package vn.danvan.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.common.time.BusinessClock;
import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * The daily digest through a real SMTP server (GreenMail on port 3025): one e-mail per person with something due, none
 * to a person with nothing due, and each sent once even when two runs (two instances) go at the same moment.
 */
@QuarkusTest
class ReminderJobTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Inject
    DigestSender sender;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    @BeforeEach
    void forgetTodaysDigests() {
        // each test is a fresh day for the people it sends to
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM reminder_digest").executeUpdate());
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void onePerPersonWithSomethingDueNoneForNothingAndOnceWithTwoInstances() throws Exception {
        TaskFixtures.Unit busy = TaskFixtures.newOrganization();
        TaskFixtures.assignmentDue(busy.id(), TaskFixtures.day(-3),
                "Tổ chức hội nghị sơ kết mô hình “Dân vận khéo” ấp Rạch Sỏi");
        String busyEditor = Tokens.token("editor." + busy.code().toLowerCase(), Tokens.COMMUNE, busy.code(), "editor");
        TaskFixtures.Unit quiet = TaskFixtures.newOrganization();
        // the people, as the app learns them when they open it
        Api.as(busy.reporter()).get("/api/v1/me").then().statusCode(200);
        Api.as(busyEditor).get("/api/v1/me").then().statusCode(200);
        Api.as(quiet.reporter()).get("/api/v1/me").then().statusCode(200);
        String editorEmail = "editor." + busy.code().toLowerCase() + "@danvan.example";

        // two instances run the job at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DigestSender.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return sender.sendAll(clock.today());
            }));
        }
        start.countDown();
        int sent = 0;
        int failedFirst = 0;
        for (Future<DigestSender.Run> run : runs) {
            sent += run.get().sent();
            failedFirst += run.get().failed();
        }
        pool.shutdown();
        assertEquals(sent, smtp.getReceivedMessages().length, "every claimed digest was sent, and only those");

        // What failed (a session GreenMail stalls until its 30 s timeout, seen after its restarts) gave its claim
        // back: the job's next run sends it, once.
        int resent = 0;
        for (int run = 0; run < 3 && resent < failedFirst; run++) {
            resent += sender.sendAll(clock.today()).sent();
        }
        assertEquals(failedFirst, resent, "what failed is sent by a later run");

        assertEquals(1, to(busy.email()).size());
        assertEquals(1, to(editorEmail).size());
        assertEquals(0, to(quiet.email()).size(), "nothing due: nothing sent");

        MimeMessage mail = to(busy.email()).get(0);
        assertTrue(mail.getSubject().startsWith("[DânVận] Nhắc việc ngày "), mail.getSubject());
        String text = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("Nhiệm vụ quá hạn"), text);
        assertTrue(text.contains("Tổ chức hội nghị sơ kết mô hình “Dân vận khéo” ấp Rạch Sỏi"), text);
        assertTrue(text.contains("http://localhost:5173/tasks/"), "a link to the task's page: " + text);

        // the job fires again the same day: nothing more is sent
        DigestSender.Run again = sender.sendAll(clock.today());
        assertEquals(0, again.sent(), again.toString());
        assertEquals(0, again.failed(), again.toString());
        assertEquals(1, to(busy.email()).size());
        assertEquals(sent + resent, smtp.getReceivedMessages().length);
    }

    @Test
    void aFailedSendGivesItsClaimBackAndTheNextRunSendsIt() {
        TaskFixtures.Unit busy = TaskFixtures.newOrganization();
        TaskFixtures.assignmentDue(busy.id(), TaskFixtures.day(-1), "Rà soát mô hình “Dân vận khéo”");
        Api.as(busy.reporter()).get("/api/v1/me").then().statusCode(200);
        smtp.stop();
        DigestSender.Run failed = sender.sendAll(clock.today());
        assertTrue(failed.failed() > 0, failed.toString());
        assertEquals(0, failed.sent());
        smtp.start();
        // The next run sends what failed. GreenMail, just restarted, sometimes stalls the first session until its
        // 30 s timeout (421): that digest gives its claim back too, and the run after sends it. Never twice.
        int sent = 0;
        DigestSender.Run retried = null;
        for (int run = 0; run < 3 && sent < failed.failed(); run++) {
            retried = sender.sendAll(clock.today());
            sent += retried.sent();
        }
        assertEquals(failed.failed(), sent, String.valueOf(retried));
        assertEquals(0, retried.failed(), retried.toString());
        assertEquals(1, to(busy.email()).size());
    }
}
