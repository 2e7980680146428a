package vn.danvan.unit;

import java.time.LocalDate;

/** A unit in a list (UnitSummary in openapi.yaml). */
public record UnitSummaryDto(Long id, String code, String name, String shortName, UnitKind kind, UnitLevel level,
        Long parentId, LocalDate validFrom, LocalDate validTo, Long successorId, boolean current) {
}
