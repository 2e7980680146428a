package vn.danvan.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts a target's progress from the data. The day counted is the earliest of the deadline, today and — for a scope
 * unit since abolished — its last day in force; the units are those of the tree as it was that day. A target over
 * districts is not measurable: none is in force after the 2025 reform, and no NTM title for districts is held.
 */
@ApplicationScoped
class TargetProgress {

    @Inject
    ProgressRepository counts;

    /** The day a target is counted on. */
    static LocalDate asOf(Target t, ProgressRepository.ScopeUnit scope, LocalDate today) {
        LocalDate day = t.deadline.isBefore(today) ? t.deadline : today;
        return scope.validTo() != null && scope.validTo().isBefore(day) ? scope.validTo() : day;
    }

    TargetDtos.Progress of(Target t, ProgressRepository.ScopeUnit scope, LocalDate today) {
        LocalDate asOf = asOf(t, scope, today);
        boolean settled = asOf.isBefore(today) || asOf.equals(t.deadline);
        if (t.measure == TargetMeasure.UNITS_WITH_TITLE && t.unitGroup == TargetUnitGroup.DISTRICTS) {
            TargetNotMeasurableReason reason = counts.inForce(scope, TargetUnitGroup.DISTRICTS, t.deadline) == 0
                    ? TargetNotMeasurableReason.DISTRICTS_ABOLISHED : TargetNotMeasurableReason.NO_DISTRICT_TITLE;
            return new TargetDtos.Progress(TargetStatus.NOT_MEASURABLE, reason, reason.text, asOf, settled, null, null,
                    null, null);
        }
        Figure f = figure(t, scope, asOf);
        boolean achieved = reached(t, f);
        TargetStatus status = achieved ? TargetStatus.ACHIEVED
                : settled ? TargetStatus.MISSED : TargetStatus.IN_PROGRESS;
        return new TargetDtos.Progress(status, null, null, asOf, settled, f.counted(), f.of(), f.share(),
                f.of() == null ? null : f.of() - f.counted());
    }

    /**
     * The figure at the end of each year from the directive's year to the year counted (the last point on the day
     * counted); none for a target that is not measurable.
     */
    List<TargetDtos.TrendPoint> trend(Target t, ProgressRepository.ScopeUnit scope, LocalDate today,
            Integer directiveYear) {
        if (t.measure == TargetMeasure.UNITS_WITH_TITLE && t.unitGroup == TargetUnitGroup.DISTRICTS) {
            return List.of();
        }
        LocalDate asOf = asOf(t, scope, today);
        int from = directiveYear == null ? asOf.getYear() : Math.min(directiveYear, asOf.getYear());
        from = Math.max(from, asOf.getYear() - 20); // a trend of a lifetime reads badly: the last twenty years
        List<TargetDtos.TrendPoint> points = new ArrayList<>();
        for (int year = from; year <= asOf.getYear(); year++) {
            LocalDate day = year == asOf.getYear() ? asOf : LocalDate.of(year, 12, 31);
            Figure f = figure(t, scope, day);
            points.add(new TargetDtos.TrendPoint(year, day, f.counted(), f.of(), f.share()));
        }
        return points;
    }

    /** What a measure counts on a day; {@code of} only for units. */
    record Figure(long counted, Long of, Double share) {
    }

    Figure figure(Target t, ProgressRepository.ScopeUnit scope, LocalDate day) {
        return switch (t.measure) {
        case UNITS_WITH_TITLE -> {
            ProgressRepository.UnitCount c = counts.units(scope, t.unitGroup, t.titleLevel.rank(), day);
            yield new Figure(c.counted(), c.of(), share(c.counted(), c.of()));
        }
        case RECOGNIZED_AREAS -> new Figure(counts.areas(scope, t.titleId, day), null, null);
        case RECOGNIZED_MODELS -> new Figure(counts.models(scope, day), null, null);
        };
    }

    /** counted / of in percent with one decimal; none of none is no share. */
    static Double share(long counted, long of) {
        return of == 0 ? null : Math.round(counted * 1000.0 / of) / 10.0;
    }

    /** Reached when the figure is at least the value (a range's lower end), compared exactly for a share. */
    static boolean reached(Target t, Figure f) {
        if (t.expression == TargetExpression.SHARE) {
            return f.of() != null && f.of() > 0
                    && java.math.BigDecimal.valueOf(f.counted()).multiply(java.math.BigDecimal.valueOf(100))
                            .compareTo(t.valueMin.multiply(java.math.BigDecimal.valueOf(f.of()))) >= 0;
        }
        return java.math.BigDecimal.valueOf(f.counted()).compareTo(t.valueMin) >= 0;
    }
}
