package vn.danvan.task;

import java.time.LocalDate;
import java.time.ZoneId;

/** The business day of the tests (Asia/Ho_Chi_Minh). */
final class TaskDates {

    private TaskDates() {
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }
}
