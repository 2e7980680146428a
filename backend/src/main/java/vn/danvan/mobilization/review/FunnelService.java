package vn.danvan.mobilization.review;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.mobilization.ModelOwnerKind;
import vn.danvan.movement.MovementDtos;
import vn.danvan.movement.MovementService;
import vn.danvan.unit.UnitDetailDto;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.UnitSummaryDto;

/**
 * The review tables leaders read: the funnel of a round for a unit of the caller's scope (the province total, the
 * province's own bodies, each commune), by field and by collective / individual, as JSON and as a workbook.
 */
@ApplicationScoped
public class FunnelService {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Inject
    FunnelRepository funnel;

    @Inject
    MovementService movements;

    @Inject
    UnitService units;

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    /** The filters of a funnel, read and checked by the resource. */
    public record Query(long roundId, Long unitId, String field, ModelOwnerKind ownerKind) {
    }

    @Transactional
    public FunnelDtos.Funnel funnel(Query q) {
        MovementDtos.RoundFacts round = movements.round(q.roundId())
                .orElseThrow(() -> ProblemException.notFound("Đợt (round)", q.roundId()));
        MovementDtos.Movement movement = movements.get(round.movementId()); // 403 when the movement is not the caller's
        UnitDetailDto unit = unit(q.unitId());
        String path = units.pathOf(unit.id()).orElseThrow();
        Long fieldId = null;
        if (q.field() != null) {
            fieldId = movements.field(round.movementId(), q.field()).orElseThrow(() -> ProblemException.invalid("field",
                    "lĩnh vực không có trong phong trào (no such field of the movement)")).id();
        }
        List<FunnelRepository.Group> groups = funnel.count(round.id(), path, fieldId,
                q.ownerKind() == null ? null : q.ownerKind().name());
        Map<Long, MovementDtos.FieldRef> fieldsById = movements
                .fields(groups.stream().map(FunnelRepository.Group::fieldId).distinct().toList());

        Tally total = new Tally();
        Tally own = new Tally();
        Map<String, Tally> byChild = new LinkedHashMap<>();
        for (UnitSummaryDto child : unit.children()) {
            byChild.put(String.valueOf(child.id()), new Tally());
        }
        for (FunnelRepository.Group g : groups) {
            MovementDtos.FieldRef f = fieldsById.get(g.fieldId());
            String code = f == null ? String.valueOf(g.fieldId()) : f.code();
            total.add(code, g.ownerKind(), g.counts());
            (g.child().isEmpty() ? own : byChild.computeIfAbsent(g.child(), k -> new Tally())).add(code, g.ownerKind(),
                    g.counts());
        }
        List<MovementDtos.Field> fields = movement.fields();
        Map<String, UnitSummaryDto> children = new HashMap<>();
        unit.children().forEach(c -> children.put(String.valueOf(c.id()), c));
        List<FunnelDtos.Row> rows = new ArrayList<>();
        byChild.forEach((key, tally) -> {
            UnitSummaryDto child = children.get(key);
            FunnelDtos.UnitRef ref = child != null ? new FunnelDtos.UnitRef(child.id(), child.code(), child.name())
                    : new FunnelDtos.UnitRef(Long.parseLong(key), null, units.nameOf(Long.parseLong(key)));
            rows.add(tally.row(ref, fields));
        });
        Collator collator = (Collator) VIETNAMESE.clone();
        Map<FunnelDtos.Row, CollationKey> keys = new java.util.IdentityHashMap<>();
        rows.forEach(r -> keys.put(r, collator.getCollationKey(r.unit().name())));
        rows.sort(Comparator.comparing(keys::get));
        FunnelDtos.UnitRef self = new FunnelDtos.UnitRef(unit.id(), unit.code(), unit.name());
        return new FunnelDtos.Funnel(new FunnelDtos.RoundRef(round.id(), round.name(), round.year(), round.kind()),
                self, q.field(), q.ownerKind(), total.row(self, fields), own.row(self, fields), rows);
    }

    /** The funnel as an .xlsx workbook (Vietnamese headers, the day it was made). */
    @Transactional
    public byte[] workbook(Query q) {
        return FunnelWorkbook.of(funnel(q), clock.today());
    }

    /**
     * The unit asked for (in the caller's scope), or the caller's own unit; an account of the central level names one.
     */
    private UnitDetailDto unit(Long unitId) {
        long id;
        if (unitId != null) {
            id = unitId;
        } else if (scope.central()) {
            throw ProblemException.invalid("unitId",
                    "bắt buộc với tài khoản cấp trung ương (required for an account of the central level)");
        } else {
            id = units.currentByCode(caller.current().unitCode()).orElseThrow().id();
        }
        try {
            return units.get(id);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)");
            }
            throw e;
        }
    }

    /** Counts of one row as they add up: in all, by field code, by owner kind. */
    private static final class Tally {
        private FunnelDtos.Counts all = FunnelDtos.Counts.ZERO;
        private final Map<String, FunnelDtos.Counts> byField = new HashMap<>();
        private final Map<String, FunnelDtos.Counts> byOwner = new HashMap<>();

        void add(String field, String ownerKind, FunnelDtos.Counts c) {
            all = all.plus(c);
            byField.merge(field, c, FunnelDtos.Counts::plus);
            byOwner.merge(ownerKind, c, FunnelDtos.Counts::plus);
        }

        FunnelDtos.Row row(FunnelDtos.UnitRef unit, List<MovementDtos.Field> fields) {
            List<FunnelDtos.FieldCounts> perField = fields.stream().map(f -> new FunnelDtos.FieldCounts(f.code(),
                    f.name(), byField.getOrDefault(f.code(), FunnelDtos.Counts.ZERO))).toList();
            List<FunnelDtos.OwnerKindCounts> perOwner = java.util.Arrays.stream(ModelOwnerKind.values())
                    .map(k -> new FunnelDtos.OwnerKindCounts(k, byOwner.getOrDefault(k.name(), FunnelDtos.Counts.ZERO)))
                    .toList();
            return new FunnelDtos.Row(unit, all, perField, perOwner);
        }
    }
}
