package vn.danvan.task;

import java.time.LocalDate;

import vn.danvan.directive.ReportingCadence;

/** What features above tasks need of a task: its directive, its number and title, its due rule. */
public record TaskRefDto(Long id, Long directiveId, int ordinal, String title, DueKind dueKind, LocalDate dueDate,
        ReportingCadence cadence) {
}
