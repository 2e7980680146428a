package vn.danvan.common.time;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.common.config.DanvanConfig;

/** "Today" as the business sees it: the calendar date in Asia/Ho_Chi_Minh, not the server's. */
@ApplicationScoped
public class BusinessClock {

    private final Clock clock;

    @Inject
    public BusinessClock(DanvanConfig config) {
        this(Clock.system(config.timeZone()));
    }

    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
