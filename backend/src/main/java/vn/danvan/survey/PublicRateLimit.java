package vn.danvan.survey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;

/**
 * The limit on the public survey endpoints (no login): a token bucket per client address and one per survey, in memory
 * (per instance; behind nginx the address is the client's, from X-Forwarded-For of a trusted proxy). A request with no
 * token left is a 429 with Retry-After. The per-survey bucket bounds how fast codes can be guessed from many addresses.
 */
@ApplicationScoped
public class PublicRateLimit {

    /** More buckets than this and the full ones (idle clients) are forgotten. */
    private static final int MAX_BUCKETS = 50_000;

    private final int perAddress;
    private final int perSurvey;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicRateLimit(DanvanConfig config) {
        this.perAddress = config.survey().publicRate().perAddressPerMinute();
        this.perSurvey = config.survey().publicRate().perSurveyPerMinute();
    }

    /** Takes a token for the address (and the survey, when given), or refuses with 429. */
    public void take(String address, Long surveyId) {
        long now = System.nanoTime();
        take("a:" + address, perAddress, now);
        if (surveyId != null) {
            take("s:" + surveyId, perSurvey, now);
        }
    }

    public int perAddressPerMinute() {
        return perAddress;
    }

    public int perSurveyPerMinute() {
        return perSurvey;
    }

    /** Forgets every bucket (tests start from full buckets). */
    public void reset() {
        buckets.clear();
    }

    private void take(String key, int perMinute, long now) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        long waitNanos = bucket.take(now);
        if (waitNanos > 0) {
            int seconds = (int) Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw ProblemException.retryLater(ProblemType.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu, xin thử lại sau "
                    + seconds + " giây (too many requests; retry after " + seconds + " s)", seconds);
        }
    }

    /** {@code capacity} tokens, refilled evenly over a minute. */
    private static final class Bucket {
        private final int capacity;
        private final double perNano;
        private double tokens;
        private long at;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.perNano = capacity / 60e9;
            this.tokens = capacity;
            this.at = now;
        }

        /** Takes a token: 0 when taken, else the nanoseconds until one is there. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized boolean full(long now) {
            return tokens + (now - at) * perNano >= capacity;
        }
    }
}
