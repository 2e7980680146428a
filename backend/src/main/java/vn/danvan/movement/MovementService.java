package vn.danvan.movement;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.directive.DirectiveService;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Emulation movements: their fields, periods and rounds with registration windows and appraisal deadlines. A movement
 * is read by everyone whose scope holds its launching body or lies under it (a commune sees its province's movement),
 * and changed by the editors of the launching body's scope.
 */
@ApplicationScoped
public class MovementService {

    static final String AUDIT_TYPE = "EmulationMovement";

    @Inject
    MovementRepository movements;

    @Inject
    MovementMapper mapper;

    @Inject
    OrganizationService organizations;

    @Inject
    DirectiveService directives;

    @Inject
    UnitScopeService scope;

    @Inject
    AuditLog audit;

    @Inject
    Instance<FieldUsage> usage;

    @Transactional
    public List<MovementDtos.Movement> list() {
        return movements.visibleFrom(scope.scopePath()).stream().map(this::toDto).toList();
    }

    @Transactional
    public MovementDtos.Movement get(long id) {
        EmulationMovement movement = require(id);
        requireVisible(movement);
        return toDto(movement);
    }

    @Transactional
    public MovementDtos.Movement create(MovementDtos.Create dto) {
        if (organizations.refs(List.of(dto.organizationId())).isEmpty()) {
            throw ProblemException.invalid("organizationId", "tổ chức không tồn tại (no such organization)");
        }
        if (!organizations.inCallerScope(dto.organizationId())) {
            throw ProblemException.outOfScope("organizationId",
                    "tổ chức nằm ngoài phạm vi của bạn (the organization is outside your unit)");
        }
        requireReadableDirective(dto.directiveId());
        requireDistinctCodes(dto.fields());
        for (int i = 0; i < dto.periods().size(); i++) {
            checkPeriod(i, dto.periods().get(i));
        }
        EmulationMovement movement = new EmulationMovement();
        movement.name = dto.name().strip();
        movement.organizationId = dto.organizationId();
        movement.directiveId = dto.directiveId();
        movement.description = blankToNull(dto.description());
        movement.createdAt = OffsetDateTime.now();
        movements.persistAndFlush(movement);
        writeFields(movement.id, dto.fields(), List.of());
        for (MovementDtos.PeriodWrite p : dto.periods()) {
            EmulationPeriod period = new EmulationPeriod();
            period.movementId = movement.id;
            period.startYear = p.startYear();
            period.endYear = p.endYear();
            period.name = p.name() == null || p.name().isBlank() ? p.startYear() + "–" + p.endYear() : p.name().strip();
            period.demo = Boolean.TRUE.equals(p.demo());
            movements.persistPart(period);
            movements.flush();
            for (MovementDtos.RoundWrite r : p.rounds()) {
                EmulationRound round = new EmulationRound();
                round.periodId = period.id;
                round.kind = r.kind();
                round.year = r.year();
                round.name = r.name() == null || r.name().isBlank() ? defaultName(r.kind(), r.year())
                        : r.name().strip();
                round.registrationFrom = r.registrationFrom();
                round.registrationTo = r.registrationTo();
                round.appraisalDeadline = r.appraisalDeadline();
                movements.persistPart(round);
            }
        }
        movements.flush();
        MovementDtos.Movement result = toDto(movement);
        audit.record(AUDIT_TYPE, movement.id, AuditAction.CREATE, organizations.scopePathOf(movement.organizationId),
                result);
        return result;
    }

    @Transactional
    public MovementDtos.Movement update(long id, MovementDtos.Update dto) {
        EmulationMovement movement = require(id);
        requireManager(movement);
        if (dto.version() != movement.version) {
            throw ProblemException.staleVersion(dto.version(), movement.version);
        }
        requireReadableDirective(dto.directiveId());
        requireDistinctCodes(dto.fields());
        List<EmulationField> existing = movements.fields(id);
        Set<String> kept = dto.fields().stream().map(MovementDtos.Field::code).collect(Collectors.toSet());
        for (EmulationField f : existing) {
            if (!kept.contains(f.code) && usage.stream().anyMatch(u -> u.inUse(f.id))) {
                throw new ProblemException(ProblemType.CONFLICT, "Lĩnh vực " + f.code
                        + " đang có mô hình, không bỏ được (the field has models and cannot be removed)");
            }
        }
        movement.name = dto.name().strip();
        movement.directiveId = dto.directiveId();
        movement.description = blankToNull(dto.description());
        writeFields(id, dto.fields(), existing);
        movement.version++; // the fields are part of the movement: a change to them is a new version
        movements.flush();
        MovementDtos.Movement result = toDto(movement);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, organizations.scopePathOf(movement.organizationId), result);
        return result;
    }

    @Transactional
    public MovementDtos.Round updateRound(long roundId, MovementDtos.RoundUpdate dto) {
        EmulationRound round = movements.round(roundId);
        if (round == null) {
            throw ProblemException.notFound("Đợt (round)", roundId);
        }
        EmulationMovement movement = require(movements.period(round.periodId).movementId);
        requireManager(movement);
        checkDates("", dto.registrationFrom(), dto.registrationTo(), dto.appraisalDeadline());
        if (dto.version() != round.version) {
            throw ProblemException.staleVersion(dto.version(), round.version);
        }
        round.registrationFrom = dto.registrationFrom();
        round.registrationTo = dto.registrationTo();
        round.appraisalDeadline = dto.appraisalDeadline();
        movements.flush();
        MovementDtos.Round result = mapper.toDto(round);
        audit.record(AUDIT_TYPE, movement.id, AuditAction.UPDATE, organizations.scopePathOf(movement.organizationId),
                Map.of("round", result));
        return result;
    }

    /** For start-up data: the movement of this name launched by the organization with this code. */
    @Transactional
    public Optional<Long> launchedBy(String organizationCode, String name) {
        Optional<OrganizationRefDto> organization = organizations.refByCode(organizationCode);
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        List<EmulationMovement> found = movements.list("organizationId = ?1 and name = ?2 order by id",
                organization.get().id(), name);
        return found.stream().findFirst().map(m -> m.id);
    }

    /** Every round of a movement, oldest first (for start-up data). */
    @Transactional
    public List<MovementDtos.RoundFacts> roundsOf(long movementId) {
        return movements.rounds(movements.periods(movementId).stream().map(p -> p.id).toList()).stream()
                .map(this::facts).toList();
    }

    /** For start-up data: the directive that launched the movement, when it is registered and not yet linked. */
    @Transactional
    public void linkDirective(long movementId, long directiveId, String actor) {
        EmulationMovement movement = require(movementId);
        if (movement.directiveId == null) {
            movement.directiveId = directiveId;
            movements.flush();
            audit.recordAs(actor, AUDIT_TYPE, movementId, AuditAction.UPDATE,
                    organizations.scopePathOf(movement.organizationId), Map.of("directiveId", directiveId));
        }
    }

    /** A round with what models need of it, for the models feature; empty when there is none. */
    @Transactional
    public Optional<MovementDtos.RoundFacts> round(long roundId) {
        return Optional.ofNullable(movements.round(roundId)).map(this::facts);
    }

    /** Rounds by id, in one pass (unknown ids left out). */
    @Transactional
    public Map<Long, MovementDtos.RoundFacts> rounds(Collection<Long> ids) {
        Map<Long, MovementDtos.RoundFacts> found = new HashMap<>();
        new HashSet<>(ids).forEach(id -> round(id).ifPresent(r -> found.put(id, r)));
        return found;
    }

    /** The field of a movement with this code. */
    @Transactional
    public Optional<MovementDtos.FieldRef> field(long movementId, String code) {
        return movements.fields(movementId).stream().filter(f -> f.code.equals(code)).findFirst()
                .map(f -> new MovementDtos.FieldRef(f.id, f.code, f.name));
    }

    /** The ids of the fields with this code, in every movement (for a list filter). */
    @Transactional
    public List<Long> fieldIdsWithCode(String code) {
        return movements.fieldIdsWithCode(code);
    }

    /** Fields by id (unknown ids left out). */
    @Transactional
    public Map<Long, MovementDtos.FieldRef> fields(Collection<Long> ids) {
        Map<Long, MovementDtos.FieldRef> found = new HashMap<>();
        new HashSet<>(ids).forEach(id -> {
            EmulationField f = movements.field(id);
            if (f != null) {
                found.put(id, new MovementDtos.FieldRef(f.id, f.code, f.name));
            }
        });
        return found;
    }

    private MovementDtos.RoundFacts facts(EmulationRound r) {
        EmulationPeriod period = movements.period(r.periodId);
        EmulationMovement movement = movements.findById(period.movementId);
        return new MovementDtos.RoundFacts(r.id, movement.id, movement.organizationId, r.name, r.year, r.kind,
                r.registrationFrom, r.registrationTo, r.appraisalDeadline);
    }

    private void writeFields(long movementId, List<MovementDtos.Field> wanted, List<EmulationField> existing) {
        Map<String, EmulationField> byCode = new LinkedHashMap<>();
        existing.forEach(f -> byCode.put(f.code, f));
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            MovementDtos.Field w = wanted.get(i);
            kept.add(w.code());
            EmulationField field = byCode.get(w.code());
            if (field == null) {
                field = new EmulationField();
                field.movementId = movementId;
                field.code = w.code();
                field.name = w.name().strip();
                field.position = i + 1;
                movements.persistPart(field);
            } else {
                field.name = w.name().strip();
                field.position = i + 1;
            }
        }
        existing.stream().filter(f -> !kept.contains(f.code)).forEach(movements::removePart);
        movements.flush();
    }

    private void requireReadableDirective(Long directiveId) {
        if (directiveId == null) {
            return;
        }
        try {
            directives.visibleSummary(directiveId);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ProblemException.invalid("directiveId", "văn bản không tồn tại (no such directive)");
            }
            throw ProblemException.outOfScope("directiveId",
                    "văn bản nằm ngoài phạm vi của bạn (the directive is outside your reach)");
        }
    }

    private static void requireDistinctCodes(List<MovementDtos.Field> fields) {
        if (fields.stream().map(MovementDtos.Field::code).distinct().count() != fields.size()) {
            throw ProblemException.invalid("fields", "mã lĩnh vực bị trùng (a field code is repeated)");
        }
    }

    private static void checkPeriod(int index, MovementDtos.PeriodWrite p) {
        String at = "periods[" + index + "]";
        if (p.endYear() < p.startYear()) {
            throw ProblemException.invalid(at + ".endYear", "trước năm bắt đầu (before the start year)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.rounds().size(); i++) {
            MovementDtos.RoundWrite r = p.rounds().get(i);
            String round = at + ".rounds[" + i + "]";
            if (r.year() < p.startYear() || r.year() > p.endYear()) {
                throw ProblemException.invalid(round + ".year", "ngoài giai đoạn (outside the period)");
            }
            if (!seen.add(r.kind() + "/" + r.year())) {
                throw ProblemException.invalid(round + ".year", "đợt bị trùng (the round is repeated)");
            }
            checkDates(round + ".", r.registrationFrom(), r.registrationTo(), r.appraisalDeadline());
        }
    }

    private static void checkDates(String prefix, java.time.LocalDate from, java.time.LocalDate to,
            java.time.LocalDate deadline) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid(prefix + "registrationTo",
                    "trước ngày mở đăng ký (before registrationFrom)");
        }
        if (deadline.isBefore(from)) {
            throw ProblemException.invalid(prefix + "appraisalDeadline",
                    "trước ngày mở đăng ký (before registrationFrom)");
        }
    }

    private static String defaultName(RoundKind kind, int year) {
        return switch (kind) {
        case YEARLY -> "Năm " + year;
        case MID_TERM -> "Sơ kết giữa kỳ " + year;
        case FINAL -> "Tổng kết " + year;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireVisible(EmulationMovement movement) {
        String path = organizations.scopePathOf(movement.organizationId);
        String mine = scope.scopePath();
        if (!path.startsWith(mine) && !mine.startsWith(path)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Phong trào này không thuộc phạm vi của bạn (this movement is outside your unit)");
        }
    }

    private void requireManager(EmulationMovement movement) {
        if (!scope.reaches(organizations.scopePathOf(movement.organizationId))) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ cơ quan phát động phong trào mới sửa được (only the launching body changes it)");
        }
    }

    private EmulationMovement require(long id) {
        return movements.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Phong trào (movement)", id));
    }

    private MovementDtos.Movement toDto(EmulationMovement movement) {
        OrganizationRefDto organization = organizations.refs(List.of(movement.organizationId))
                .get(movement.organizationId);
        List<MovementDtos.Field> fields = movements.fields(movement.id).stream().map(mapper::toDto).toList();
        List<EmulationPeriod> periods = movements.periods(movement.id);
        Map<Long, List<MovementDtos.Round>> rounds = movements.rounds(periods.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.periodId, LinkedHashMap::new,
                        Collectors.mapping(mapper::toDto, Collectors.toList())));
        return mapper.toDto(movement, organization, fields,
                periods.stream().map(p -> mapper.toDto(p, rounds.getOrDefault(p.id, List.of()))).toList());
    }
}
