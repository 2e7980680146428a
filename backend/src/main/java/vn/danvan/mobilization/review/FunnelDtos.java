package vn.danvan.mobilization.review;

import java.util.List;

import vn.danvan.mobilization.ModelOwnerKind;
import vn.danvan.movement.RoundKind;

/** The funnel of a round (ModelFunnel in openapi.yaml): counts of round records per unit, field and owner kind. */
public final class FunnelDtos {

    private FunnelDtos() {
    }

    /**
     * The stages a round record reached: registered (every record of the round), appraised (passed an appraisal),
     * recognized (a recognition decision), exemplary, commended; replicated counts the records of copies of another
     * model registered in that round.
     */
    public record Counts(long registered, long appraised, long recognized, long exemplary, long commended,
            long replicated) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(registered + o.registered, appraised + o.appraised, recognized + o.recognized,
                    exemplary + o.exemplary, commended + o.commended, replicated + o.replicated);
        }
    }

    public record FieldCounts(String code, String name, Counts counts) {
    }

    public record OwnerKindCounts(ModelOwnerKind ownerKind, Counts counts) {
    }

    public record UnitRef(long id, String code, String name) {
    }

    /** One row of the table: a unit (with its subtree), or the unit's own bodies. */
    public record Row(UnitRef unit, Counts counts, List<FieldCounts> byField, List<OwnerKindCounts> byOwnerKind) {
    }

    public record RoundRef(long id, String name, int year, RoundKind kind) {
    }

    /**
     * The unit read (total), the records of its own bodies (own: e.g. the province's departments), and one row per unit
     * directly under it (the communes of a province), in Vietnamese order, those without records included.
     */
    public record Funnel(RoundRef round, UnitRef unit, String field, ModelOwnerKind ownerKind, Row total, Row own,
            List<Row> rows) {
    }
}
