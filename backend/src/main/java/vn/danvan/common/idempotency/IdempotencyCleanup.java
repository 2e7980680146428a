package vn.danvan.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the idempotency keys older than {@link IdempotencyStore#KEPT_DAYS} days, once a night: one indexed range
 * delete. Its trigger lives in the clustered Quartz store like the reminders', so one instance runs it. A key older
 * than that which is still there is taken over by the next request that uses it ({@link IdempotencyStore#claim}).
 */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    @Inject
    IdempotencyStore store;

    @Scheduled(identity = "idempotency-cleanup", cron = "0 40 3 * * ?", timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        int deleted = store.deleteExpired();
        LOG.infof("deleted %d idempotency keys older than %d days", deleted, IdempotencyStore.KEPT_DAYS);
    }
}
