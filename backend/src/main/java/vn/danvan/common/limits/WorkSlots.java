package vn.danvan.common.limits;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.error.ProblemException;

/**
 * At most a configured number of heavy pieces of work (reading a document's text, extracting a file) at once per
 * instance, so that a burst of them cannot take every worker thread and both cores. One more is not queued behind the
 * others: it is answered 503 with {@code Retry-After} at once, and the client (the web app) tries again.
 */
@ApplicationScoped
public class WorkSlots {

    static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    DanvanConfig config;

    private int maxConcurrent;
    private Semaphore slots;

    @PostConstruct
    void init() {
        maxConcurrent = config.heavyWork().maxConcurrent();
        slots = new Semaphore(maxConcurrent);
    }

    /** Runs the work in a free slot, or refuses it with 503 when every slot is taken. */
    public <T> T run(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            throw ProblemException.unavailable(
                    "Máy chủ đang đọc " + maxConcurrent + " văn bản khác, xin thử lại sau ít giây (busy reading "
                            + maxConcurrent + " other documents: try again in a few seconds)",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }
}
