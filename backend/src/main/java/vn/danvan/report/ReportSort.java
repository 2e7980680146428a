package vn.danvan.report;

import java.util.Arrays;
import java.util.Optional;

/** The orders of a report list (ReportSort in openapi.yaml); {@code -} first means newest or latest first. */
public enum ReportSort {
    SUBMITTED_AT("submittedAt", "s.submitted_at NULLS LAST, s.id"),
    SUBMITTED_AT_DESC("-submittedAt", "s.submitted_at DESC NULLS LAST, s.id DESC"),
    DUE_DATE("dueDate", "s.due_date, s.id"), DUE_DATE_DESC("-dueDate", "s.due_date DESC, s.id DESC"),
    /** By the organization's name in Vietnamese order (the column's collation), then latest due first. */
    ORGANIZATION("organization", "o.name, o.id, s.due_date DESC, s.id DESC"),
    /** By directive, then the task's ordinal within it, then organization. */
    TASK("task", "t.directive_id, t.ordinal, o.name, o.id, s.due_date DESC, s.id DESC");

    private final String value;
    private final String orderBy;

    ReportSort(String value, String orderBy) {
        this.value = value;
        this.orderBy = orderBy;
    }

    /** As the contract spells it. */
    public String value() {
        return value;
    }

    /** The ORDER BY of ReportSlotRepository's page query (aliases s, t, o). */
    String orderBy() {
        return orderBy;
    }

    boolean needsTask() {
        return this == TASK;
    }

    boolean needsOrganization() {
        return this == ORGANIZATION || this == TASK;
    }

    public static Optional<ReportSort> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(ReportSort::value).toList());
    }
}
