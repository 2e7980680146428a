package vn.danvan.unit.residential;

import java.time.LocalDate;

/** A residential area (ResidentialArea in openapi.yaml). */
public record ResidentialAreaDto(Long id, Long unitId, String code, String name, ResidentialAreaKind kind,
        LocalDate validFrom, LocalDate validTo, boolean current, long version) {
}
