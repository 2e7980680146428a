package vn.danvan.mobilization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.account.PeopleService;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.Problem;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.movement.FieldUsage;
import vn.danvan.movement.MovementDtos;
import vn.danvan.movement.MovementService;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * "Dân vận khéo" models: registration for a round (window, duplicates), corrections, carrying a model into a later
 * round, discontinuing it and putting it on the public showcase; the list of the caller's scope and the timeline.
 */
@ApplicationScoped
public class ModelService implements FieldUsage {

    static final String AUDIT_TYPE = "MobilizationModel";

    private static final TypeReference<List<ModelDtos.Indicator>> INDICATORS = new TypeReference<>() {
    };

    @Inject
    ModelRepository models;

    @Inject
    ModelRoundRepository records;

    @Inject
    ModelMapper mapper;

    @Inject
    ModelRoundService roundService;

    @Inject
    ModelAccess access;

    @Inject
    MovementService movements;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    ResidentialAreaService areas;

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Inject
    PeopleService people;

    @Inject
    ObjectMapper json;

    @Override
    public boolean inUse(long fieldId) {
        return models.fieldInUse(fieldId);
    }

    @Transactional
    public ModelDtos.Model register(ModelDtos.Registration dto) {
        MovementDtos.RoundFacts round = movements.round(dto.roundId())
                .orElseThrow(() -> ProblemException.invalid("roundId", "đợt không tồn tại (no such round)"));
        requireOrganization("organizationId", dto.organizationId());
        requireUnit(dto.unitId());
        MovementDtos.FieldRef field = requireField(round.movementId(), dto.field());
        requireOwner(dto.owner());
        requireArea("residentialAreaId", dto.residentialAreaId());
        if (dto.replicationOfId() != null) {
            requireOriginal(dto.replicationOfId());
        }
        boolean afterTheFact = access.afterTheFact(dto.afterTheFact());
        requireWindow(round, afterTheFact);
        models.sameName(dto.unitId(), round.id(), dto.name().strip()).ifPresent(first -> {
            throw new DuplicateModel(first);
        });
        String path = organizations.scopePathOf(dto.organizationId());
        MobilizationModel model = new MobilizationModel();
        model.movementId = round.movementId();
        model.registeredRoundId = round.id();
        model.organizationId = dto.organizationId();
        model.unitId = dto.unitId();
        model.level = ModelAccess.provinceOf(path).equals(path) ? ModelLevel.PROVINCE : ModelLevel.COMMUNE;
        model.state = ModelState.REGISTERED;
        model.replicationOfId = dto.replicationOfId();
        model.createdBy = caller.current().username();
        model.createdAt = OffsetDateTime.now();
        describe(model, dto.name(), field, dto.owner(), dto.residentialAreaId(), dto.place(), dto.startedOn(),
                dto.problem(), dto.approach(), dto.expectedResults(), dto.indicators());
        try {
            models.persistAndFlush(model);
        } catch (PersistenceException e) {
            throw new DuplicateModel(null); // a registration of the same name committed in between
        }
        ModelRound record = roundService.open(model, round.id(), ModelRoundMark.NEW);
        roundService.transition(model, record, "REGISTER", null, ModelRoundState.REGISTERED.name(), null, afterTheFact);
        ModelDtos.Model result = toDto(model);
        audit.record(AUDIT_TYPE, model.id, AuditAction.CREATE, path,
                Map.of("model", result, "afterTheFact", afterTheFact));
        return result;
    }

    @Transactional
    public ModelDtos.Model get(long id) {
        MobilizationModel model = require(id);
        access.requireReader(model);
        return toDto(model);
    }

    @Transactional
    public ModelDtos.Model update(long id, ModelDtos.Update dto) {
        MobilizationModel model = require(id);
        access.requireOwnerWriter(model);
        if (dto.version() != model.version) {
            throw ProblemException.staleVersion(dto.version(), model.version);
        }
        requireNotDiscontinued(model);
        MovementDtos.FieldRef field = requireField(model.movementId, dto.field());
        requireOwner(dto.owner());
        requireArea("residentialAreaId", dto.residentialAreaId());
        if (!model.name.equals(dto.name().strip())) {
            models.sameName(model.unitId, model.registeredRoundId, dto.name().strip()).filter(o -> o != id)
                    .ifPresent(first -> {
                        throw new DuplicateModel(first);
                    });
        }
        describe(model, dto.name(), field, dto.owner(), dto.residentialAreaId(), dto.place(), dto.startedOn(),
                dto.problem(), dto.approach(), dto.expectedResults(), dto.indicators());
        try {
            models.flush();
        } catch (PersistenceException e) {
            throw new DuplicateModel(null);
        }
        ModelDtos.Model result = toDto(model);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.pathOf(model), result);
        return result;
    }

    @Transactional
    public ModelDtos.Model enroll(long id, ModelDtos.Enrollment dto) {
        MobilizationModel model = require(id);
        access.requireOwnerWriter(model);
        MovementDtos.RoundFacts round = movements.round(dto.roundId()).filter(r -> r.movementId() == model.movementId)
                .orElseThrow(() -> ProblemException.invalid("roundId",
                        "đợt không thuộc phong trào của mô hình (no such round of the model's movement)"));
        requireNotDiscontinued(model);
        if (records.count("modelId = ?1 and roundId = ?2", id, round.id()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Mô hình đã có trong đợt này (the model is in this round already)");
        }
        boolean afterTheFact = access.afterTheFact(dto.afterTheFact());
        requireWindow(round, afterTheFact);
        ModelRound record = roundService.open(model, round.id(), ModelRoundMark.valueOf(dto.mark().name()));
        roundService.transition(model, record, "ENROLL", null, ModelRoundState.REGISTERED.name(), "mark " + dto.mark(),
                afterTheFact);
        // a new round record changes what the model reads like: a new version
        models.getEntityManager().lock(model, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        models.flush();
        ModelDtos.Model result = toDto(model);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.pathOf(model),
                Map.of("enrolled", round.name(), "mark", dto.mark(), "afterTheFact", afterTheFact));
        return result;
    }

    @Transactional
    public ModelDtos.Model discontinue(long id, ModelDtos.Discontinuation dto) {
        MobilizationModel model = require(id);
        access.requireOwnerWriter(model);
        if (dto.version() != model.version) {
            throw ProblemException.staleVersion(dto.version(), model.version);
        }
        requireNotDiscontinued(model);
        String from = model.state.name();
        model.state = ModelState.DISCONTINUED;
        List<ModelRound> all = records.ofModel(id);
        if (!all.isEmpty()) {
            all.get(all.size() - 1).mark = ModelRoundMark.DISCONTINUED;
        }
        models.flush();
        roundService.transition(model, null, "DISCONTINUE", from, model.state.name(), blank(dto.reason()), false);
        ModelDtos.Model result = toDto(model);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.pathOf(model),
                Map.of("state", model.state, "reason", String.valueOf(blank(dto.reason()))));
        return result;
    }

    @Transactional
    public ModelDtos.Model publish(long id, ModelDtos.VersionOnly dto, boolean published) {
        MobilizationModel model = require(id);
        access.requireAnyBodyEditor(model);
        if (dto.version() != model.version) {
            throw ProblemException.staleVersion(dto.version(), model.version);
        }
        if (model.published == published) {
            throw new ProblemException(ProblemType.CONFLICT,
                    published ? "Mô hình đã được công bố (already public)" : "Mô hình chưa được công bố (not public)");
        }
        if (published && records.ofModel(id).stream().noneMatch(r -> r.state.recognized())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Chỉ công bố mô hình đã được công nhận (only a recognized model is made public)");
        }
        model.published = published;
        models.flush();
        roundService.transition(model, null, published ? "PUBLISH" : "UNPUBLISH", null, null, null, false);
        ModelDtos.Model result = toDto(model);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.pathOf(model), Map.of("published", published));
        return result;
    }

    @Transactional
    public PageResult<ModelDtos.Summary> list(ModelQuery query, String fieldCode, Long unitId, PageRequest page) {
        String unitPath = unitId == null ? null : units.pathOf(unitId)
                .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
        List<Long> fieldIds = fieldCode == null ? null : movements.fieldIdsWithCode(fieldCode);
        ModelQuery q = new ModelQuery(unitPath, query.movementId(), query.roundId(), query.roundState(), fieldIds,
                query.state(), query.level(), query.ownerKind(), query.text());
        var found = models.page(scope.scopePath(), q, page.offset(), page.size());
        Map<Long, MobilizationModel> byId = found.getKey().isEmpty() ? Map.of() : models
                .list("id in ?1", found.getKey()).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<MobilizationModel> ordered = found.getKey().stream().map(byId::get).toList();
        Map<Long, ModelRound> latest = records.latestOf(found.getKey());
        Map<Long, MovementDtos.FieldRef> fields = movements
                .fields(ordered.stream().map(m -> m.fieldId).distinct().toList());
        Map<Long, OrganizationRefDto> orgs = organizations
                .refs(ordered.stream().map(m -> m.organizationId).distinct().toList());
        List<ModelDtos.Summary> items = ordered.stream().map(
                m -> mapper.toSummary(m, field(fields.get(m.fieldId)), orgs.get(m.organizationId), latest.get(m.id)))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), found.getValue());
    }

    @Transactional
    public List<ModelDtos.Transition> timeline(long id) {
        MobilizationModel model = require(id);
        access.requireReader(model);
        List<ModelTransition> steps = records.timeline(id);
        Map<Long, ModelRound> byRecord = records.ofModel(id).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<Long, MovementDtos.RoundFacts> rounds = movements
                .rounds(byRecord.values().stream().map(r -> r.roundId).toList());
        PeopleService.People named = people.byUsername(steps.stream().map(s -> s.actor).toList());
        return steps.stream().map(s -> {
            ModelRound record = s.modelRoundId == null ? null : byRecord.get(s.modelRoundId);
            String roundName = record == null ? null : rounds.get(record.roundId).name();
            return new ModelDtos.Transition(s.action, s.modelRoundId, roundName, s.fromState, s.toState, s.actor,
                    named.of(s.actor), s.at, s.comment, s.afterTheFact);
        }).toList();
    }

    ModelDtos.Model toDto(MobilizationModel model) {
        MovementDtos.FieldRef field = movements.fields(List.of(model.fieldId)).get(model.fieldId);
        OrganizationRefDto organization = organizations.refs(List.of(model.organizationId)).get(model.organizationId);
        ModelDtos.Ref original = model.replicationOfId == null ? null
                : models.findByIdOptional(model.replicationOfId).map(o -> new ModelDtos.Ref(o.id, o.name)).orElse(null);
        List<ModelDtos.Ref> copies = models.replicationsOf(model.id).stream().map(c -> new ModelDtos.Ref(c.id, c.name))
                .toList();
        return mapper.toDto(model, field(field), organization, indicators(model.indicators), original, copies,
                roundService.toDtos(records.ofModel(model.id)));
    }

    private static MovementDtos.Field field(MovementDtos.FieldRef ref) {
        return ref == null ? null : new MovementDtos.Field(ref.code(), ref.name());
    }

    private void describe(MobilizationModel model, String name, MovementDtos.FieldRef field, ModelDtos.Owner owner,
            Long areaId, String place, LocalDate startedOn, String problem, String approach, String expected,
            List<ModelDtos.Indicator> indicators) {
        model.name = name.strip();
        model.fieldId = field.id();
        model.ownerKind = owner.kind();
        model.ownerName = owner.name().strip();
        model.ownerPosition = blank(owner.position());
        model.ownerOrganizationId = owner.organizationId();
        model.ownerAreaId = owner.residentialAreaId();
        model.residentialAreaId = areaId;
        model.place = blank(place);
        model.startedOn = startedOn;
        model.problem = problem.strip();
        model.approach = approach.strip();
        model.expectedResults = blank(expected);
        model.indicators = write(indicators == null ? List.of() : indicators);
    }

    private void requireWindow(MovementDtos.RoundFacts round, boolean afterTheFact) {
        LocalDate today = clock.today();
        if (!afterTheFact && (today.isBefore(round.registrationFrom()) || today.isAfter(round.registrationTo()))) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Ngoài thời gian đăng ký của " + round.name() + " (" + round.registrationFrom() + " – "
                            + round.registrationTo() + ") (outside the round's registration window)");
        }
    }

    private static void requireNotDiscontinued(MobilizationModel model) {
        if (model.state == ModelState.DISCONTINUED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Mô hình đang ở trạng thái DISCONTINUED (the model is discontinued)");
        }
    }

    private MovementDtos.FieldRef requireField(long movementId, String code) {
        return movements.field(movementId, code.strip()).orElseThrow(
                () -> ProblemException.invalid("field", "lĩnh vực không có trong phong trào (no such field)"));
    }

    private void requireOrganization(String field, Long id) {
        if (organizations.refs(List.of(id)).isEmpty()) {
            throw ProblemException.invalid(field, "tổ chức không tồn tại (no such organization)");
        }
        if (!organizations.inCallerScope(id)) {
            throw ProblemException.outOfScope(field,
                    "tổ chức nằm ngoài phạm vi của bạn (the organization is outside your unit)");
        }
    }

    private void requireOwner(ModelDtos.Owner owner) {
        if (owner.organizationId() != null) {
            requireOrganization("owner.organizationId", owner.organizationId());
        }
        requireArea("owner.residentialAreaId", owner.residentialAreaId());
    }

    private void requireUnit(long unitId) {
        try {
            units.get(unitId);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)");
            }
            throw ProblemException.outOfScope("unitId", "đơn vị nằm ngoài phạm vi của bạn (outside your unit)");
        }
    }

    private void requireArea(String field, Long areaId) {
        if (areaId == null) {
            return;
        }
        try {
            areas.get(areaId);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ProblemException.invalid(field, "khu dân cư không tồn tại (no such residential area)");
            }
            throw ProblemException.outOfScope(field, "khu dân cư nằm ngoài phạm vi của bạn (outside your unit)");
        }
    }

    /** A replication copies a model of the caller's province, or a public one from anywhere. */
    private void requireOriginal(long originalId) {
        MobilizationModel original = models.findByIdOptional(originalId).orElseThrow(
                () -> ProblemException.invalid("replicationOfId", "mô hình không tồn tại (no such model)"));
        String province = ModelAccess.provinceOf(scope.scopePath());
        if (!original.published && !access.pathOf(original).startsWith(province)) {
            throw ProblemException.outOfScope("replicationOfId",
                    "mô hình gốc nằm ngoài phạm vi của bạn (the original is outside your reach)");
        }
    }

    private MobilizationModel require(long id) {
        return models.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Mô hình (model)", id));
    }

    private List<ModelDtos.Indicator> indicators(String stored) {
        try {
            return json.readValue(stored, INDICATORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored indicators are not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be written as JSON", e);
        }
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 409 that points at the model registered first with the same name, unit and round. */
    static final class DuplicateModel extends ProblemException {
        private final Long firstId;

        DuplicateModel(Long firstId) {
            super(ProblemType.DUPLICATE,
                    "Mô hình cùng tên đã đăng ký ở đơn vị này trong đợt này"
                            + (firstId == null ? "" : ": /api/v1/mobilization-models/" + firstId)
                            + " (a model of the same name is registered in this unit and round)");
            this.firstId = firstId;
        }

        @Override
        public Problem toProblem() {
            Problem p = super.toProblem();
            return new Problem(p.type(), p.title(), p.status(), p.detail(),
                    firstId == null ? null : "/api/v1/mobilization-models/" + firstId, p.errors());
        }
    }
}
