package vn.danvan.recognition.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The recognition counts leaders read (RecognitionCounts and RecognitionCriterionFailures in openapi.yaml): a year's
 * cases and decisions per unit and title, and each criterion's failure rate.
 */
public final class RecognitionCountDtos {

    private RecognitionCountDtos() {
    }

    /** The states of a case, in the order of the procedure (byState lists every one). */
    public static final List<String> STATES = List.of("REGISTERED", "SELF_ASSESSED", "REVIEWED", "POSTED", "VOTED",
            "APPRAISED", "RECOGNIZED", "REFUSED", "WITHDRAWN");

    /**
     * Cases of the year (registered: withdrawn ones not counted; refused) and decisions signed in the year, by what
     * became of them today (recognized = inForce + lapsed + revoked + lost).
     */
    public record Figures(long registered, long refused, long recognized, long inForce, long lapsed, long revoked,
            long lost) {

        public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0);

        public Figures plus(Figures o) {
            return new Figures(registered + o.registered, refused + o.refused, recognized + o.recognized,
                    inForce + o.inForce, lapsed + o.lapsed, revoked + o.revoked, lost + o.lost);
        }
    }

    public record UnitRef(long id, String code, String name) {
    }

    public record TitleRef(long id, String code, String name) {
    }

    public record TitleFigures(long titleId, Figures counts) {
    }

    public record StateCount(String state, long cases) {
    }

    /** One unit with its subtree: in all, per title (those of the answer's titles, in order), per state. */
    public record Row(UnitRef unit, Figures counts, List<TitleFigures> byTitle, List<StateCount> byState) {
    }

    /** The unit's subtree in total and one row per unit right under it, in Vietnamese order. */
    public record Counts(UnitRef unit, int year, Long titleId, LocalDate asOf, List<TitleRef> titles, Row total,
            List<Row> rows) {
    }

    public record CriterionFailure(long criterionId, String code, String name, String groupName, boolean keyCriterion,
            long setId, int setVersion, long titleId, String titleName, long assessed, long failed,
            double failureShare) {
    }

    /** The criteria of the year's cases of the unit's subtree, worst first. */
    public record CriterionFailures(UnitRef unit, int year, Long titleId, List<CriterionFailure> criteria) {
    }
}
