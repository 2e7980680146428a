package vn.danvan.common.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings (prefix {@code danvan}); every one can be set by environment variable. */
@ConfigMapping(prefix = "danvan")
public interface DanvanConfig {

    /** The business time zone: "today" and due dates are computed in it. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    /** Load the demo residential areas at start-up (make run); never in production. */
    @WithDefault("false")
    boolean demoData();

    /** Where the web app is, for links in e-mails. */
    @WithDefault("http://localhost:5173")
    String appUrl();

    /** The daily reminders. */
    Reminders reminders();

    /** Heavy work a client can ask for (reading documents). */
    HeavyWork heavyWork();

    /** Satisfaction surveys (issue 14, part 4). */
    SurveyDefaults survey();

    interface SurveyDefaults {

        /** A new survey's minimum share (%) of planned households answered before it can be published. */
        @WithDefault("60")
        java.math.BigDecimal minimumResponsePercent();

        /** A new survey's pass mark: a share (%) of satisfied answers strictly above it passes. */
        @WithDefault("80")
        java.math.BigDecimal thresholdPercent();

        /** The public survey endpoints' limits (requests per minute). */
        PublicRate publicRate();

        interface PublicRate {

            /** Per client address. */
            @WithDefault("60")
            int perAddressPerMinute();

            /** Per survey, whatever the address (bounds guessing codes from many addresses). */
            @WithDefault("600")
            int perSurveyPerMinute();
        }
    }

    interface HeavyWork {

        /** How many may run at once per instance; one more is answered 503 with Retry-After. */
        @WithDefault("2")
        int maxConcurrent();
    }

    interface Reminders {

        /** When the daily digest goes out (Quartz cron, Asia/Ho_Chi_Minh); {@code off} disables it. */
        @WithDefault("0 0 7 * * ?")
        String cron();

        /** How many days ahead "due soon" looks. */
        @WithDefault("7")
        int dueSoonDays();
    }
}
