package vn.danvan.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import vn.danvan.common.time.BusinessClock;

/**
 * The daily reminder job. Its trigger lives in the clustered Quartz store (PostgreSQL), so with several backend
 * instances one of them fires it; the digests' claims make a second firing harmless.
 */
@ApplicationScoped
public class ReminderJob {

    @Inject
    DigestSender sender;

    @Inject
    BusinessClock clock;

    @Scheduled(identity = "daily-digest", cron = "${danvan.reminders.cron}", timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDigests() {
        sender.sendAll(clock.today());
    }
}
