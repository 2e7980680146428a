package vn.danvan.unit;

import java.time.LocalDate;
import java.util.List;

/** One unit with its place in the tree and in history (UnitDetail in openapi.yaml). */
public record UnitDetailDto(Long id, String code, String name, String shortName, UnitKind kind, UnitLevel level,
        Long parentId, LocalDate validFrom, LocalDate validTo, Long successorId, boolean current, long version,
        List<UnitSummaryDto> ancestors, List<UnitSummaryDto> children, UnitSummaryDto successor,
        List<UnitSummaryDto> predecessors) {
}
