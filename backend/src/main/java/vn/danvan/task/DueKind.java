package vn.danvan.task;

/** A task's due rule: by a date (thời hạn), each period (định kỳ), or continuous work (thường xuyên). */
public enum DueKind {
    DATE, RECURRING, CONTINUOUS
}
