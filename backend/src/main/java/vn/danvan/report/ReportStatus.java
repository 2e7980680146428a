package vn.danvan.report;

/** Chưa nộp, đã nộp, đã tiếp nhận, trả lại. */
public enum ReportStatus {
    OPEN, SUBMITTED, ACCEPTED, RETURNED
}
