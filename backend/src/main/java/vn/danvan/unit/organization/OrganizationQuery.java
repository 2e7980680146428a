package vn.danvan.unit.organization;

import java.time.LocalDate;

import vn.danvan.unit.UnitLevel;

/**
 * What an organization search asks for; null fields do not filter. {@code reach} keeps the organizations whose scope
 * path starts with it (a task's assignable ones); {@code callerScope}, when known, ranks the caller's own first.
 */
record OrganizationQuery(String text, String unitPath, UnitLevel level, String reach, OrganizationKind kind,
        LocalDate day, boolean includeEnded, String callerScope) {
}
