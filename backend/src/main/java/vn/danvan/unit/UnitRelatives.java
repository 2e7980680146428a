package vn.danvan.unit;

import java.util.List;

/** The units around one unit, loaded together for its detail view. */
record UnitRelatives(List<AdministrativeUnit> ancestors, List<AdministrativeUnit> children,
        AdministrativeUnit successor, List<AdministrativeUnit> predecessors) {
}
