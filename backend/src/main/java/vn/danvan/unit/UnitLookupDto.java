package vn.danvan.unit;

/** The answer to a lookup by code: the unit in force, and the abolished unit the code belonged to, if any. */
public record UnitLookupDto(UnitDetailDto unit, UnitSummaryDto formerUnit) {
}
