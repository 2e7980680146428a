package vn.danvan.mobilization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.account.PeopleService;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.movement.MovementDtos;
import vn.danvan.movement.MovementService;

/**
 * A model's record for one round and its yearly cycle: start, results, submission, appraisal or return, recognition,
 * exemplary status, commendation, the proposal upward. Every transition is checked against the table of ModelAction (a
 * wrong state is a 409 naming the current one), kept in the timeline and audited.
 */
@ApplicationScoped
public class ModelRoundService {

    static final String AUDIT_TYPE = "ModelRound";

    private static final TypeReference<List<ModelDtos.Figure>> FIGURES = new TypeReference<>() {
    };

    @Inject
    ModelRoundRepository records;

    @Inject
    ModelRepository models;

    @Inject
    ModelRoundMapper mapper;

    @Inject
    ModelAccess access;

    @Inject
    MovementService movements;

    @Inject
    AttachmentService attachments;

    @Inject
    PeopleService people;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Transactional
    public ModelDtos.Round get(long id) {
        ModelRound record = require(id);
        access.requireReader(model(record));
        return toDto(record);
    }

    @Transactional
    public ModelDtos.Round start(long id, ModelDtos.VersionOnly dto) {
        return owners(id, ModelAction.START, dto.version(), (model, r) -> {
            r.state = ModelRoundState.IN_PROGRESS;
            if (model.state == ModelState.REGISTERED) {
                model.state = ModelState.ACTIVE;
            }
        }, null);
    }

    @Transactional
    public ModelDtos.Round reportResults(long id, ModelDtos.Results dto) {
        return owners(id, ModelAction.REPORT_RESULTS, dto.version(), (model, r) -> {
            r.state = ModelRoundState.REPORTED;
            r.resultsText = dto.text().strip();
            r.figures = write(dto.figures() == null ? List.of() : dto.figures());
            r.reportedAt = OffsetDateTime.now();
        }, null);
    }

    @Transactional
    public ModelDtos.Round submit(long id, ModelDtos.VersionOnly dto) {
        return owners(id, ModelAction.SUBMIT, dto.version(), (model, r) -> {
            r.state = ModelRoundState.SUBMITTED;
            r.submittedAt = OffsetDateTime.now();
            r.returnComment = null;
        }, null);
    }

    @Transactional
    public ModelDtos.Round appraise(long id, ModelDtos.Appraisal dto) {
        if (dto.result() == ModelDtos.AppraisalResult.NOT_PASS && ModelService.blank(dto.reasons()) == null) {
            throw ProblemException.invalid("reasons", "bắt buộc khi không đạt (required when not passed)");
        }
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireAppraiser(model, record);
        boolean late = access.afterTheFact(dto.afterTheFact());
        return change(model, record, ModelAction.APPRAISE, dto.version(), late, true, r -> {
            r.state = dto.result() == ModelDtos.AppraisalResult.PASS ? ModelRoundState.APPRAISED
                    : ModelRoundState.NOT_PASSED;
            r.appraisalResult = dto.result().name();
            r.appraisalOpinion = dto.opinion().strip();
            r.appraisalReasons = ModelService.blank(dto.reasons());
            r.appraisedBy = caller.current().username();
            r.appraisedOn = dto.appraisedOn() != null ? dto.appraisedOn() : clock.today();
            if (dto.mark() != null) {
                r.mark = ModelRoundMark.valueOf(dto.mark().name());
            }
        }, dto.result() + ": " + dto.opinion().strip());
    }

    @Transactional
    public ModelDtos.Round returnForCompletion(long id, ModelDtos.Return dto) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireAppraiser(model, record);
        boolean late = access.afterTheFact(dto.afterTheFact());
        return change(model, record, ModelAction.RETURN, dto.version(), late, true, r -> {
            r.state = ModelRoundState.RETURNED;
            r.returnComment = dto.comment().strip();
        }, dto.comment().strip());
    }

    @Transactional
    public ModelDtos.Round recognize(long id, ModelDtos.Recognition dto) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireBodyEditor(model, record);
        boolean late = access.afterTheFact(dto.afterTheFact());
        return change(model, record, ModelAction.RECOGNIZE, dto.version(), late, false, r -> {
            r.state = ModelRoundState.RECOGNIZED;
            r.decisionNumber = dto.decisionNumber().strip();
            r.decisionDate = dto.decisionDate();
            r.decisionSigner = dto.signer().strip();
            r.decisionLevel = dto.level();
        }, dto.decisionNumber().strip() + " " + dto.decisionDate());
    }

    @Transactional
    public ModelDtos.Round markExemplary(long id, ModelDtos.VersionOnly dto) {
        return bodyEditors(id, ModelAction.MARK_EXEMPLARY, dto, r -> {
            r.state = ModelRoundState.EXEMPLARY;
            r.exemplary = true;
        });
    }

    @Transactional
    public ModelDtos.Round proposeCommendation(long id, ModelDtos.VersionOnly dto) {
        return bodyEditors(id, ModelAction.PROPOSE_COMMENDATION, dto,
                r -> r.state = ModelRoundState.PROPOSED_FOR_COMMENDATION);
    }

    @Transactional
    public ModelDtos.Round commend(long id, ModelDtos.CommendationWrite dto) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireBodyEditor(model, record);
        return change(model, record, ModelAction.COMMEND, dto.version(), false, false, r -> {
            r.state = ModelRoundState.COMMENDED;
            ModelCommendation c = new ModelCommendation();
            c.modelRoundId = r.id;
            c.form = dto.form();
            c.authority = dto.authority().strip();
            c.decisionNumber = dto.decisionNumber().strip();
            c.decisionDate = dto.decisionDate();
            c.recipientKind = dto.recipientKind();
            c.recipientName = ModelService.blank(dto.recipientName()) != null ? dto.recipientName().strip()
                    : model.ownerName;
            c.createdBy = caller.current().username();
            c.createdAt = OffsetDateTime.now();
            records.record(c);
        }, dto.form() + " " + dto.decisionNumber().strip());
    }

    @Transactional
    public ModelDtos.Round proposeUpward(long id, ModelDtos.VersionOnly dto) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireCommuneEditor(model);
        boolean late = access.afterTheFact(dto.afterTheFact());
        if (record.level == ModelLevel.PROVINCE && ModelAction.PROPOSE_UPWARD.allowedFrom(record.state)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Mô hình cấp tỉnh không đề nghị lên nữa (a province record is not proposed upward)");
        }
        return change(model, record, ModelAction.PROPOSE_UPWARD, dto.version(), late, false, r -> {
            r.state = ModelRoundState.PROPOSED_UPWARD;
            r.level = ModelLevel.PROVINCE;
            r.proposedUpward = true;
        }, null);
    }

    @Transactional
    public AttachmentDto addEvidence(long id, String fileName, byte[] content) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireOwnerWriter(model);
        AttachmentService.check(content);
        if (!record.state.open() || model.state == ModelState.DISCONTINUED) {
            throw new ProblemException(ProblemType.CONFLICT, "Hồ sơ đang ở trạng thái " + record.state
                    + ", minh chứng giữ nguyên (the record's evidence no longer changes)");
        }
        AttachmentDto added = attachments.store(AUDIT_TYPE, id, fileName, content);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.pathOf(model), Map.of("attachmentAdded", added));
        return added;
    }

    @Transactional
    public StoredFile openEvidence(long id, long attachmentId) {
        ModelRound record = require(id);
        access.requireReader(model(record));
        return attachments.open(AUDIT_TYPE, id, attachmentId);
    }

    /** A new record of the model for a round (registration, or a later round), for ModelService. */
    ModelRound open(MobilizationModel model, long roundId, ModelRoundMark mark) {
        ModelRound record = new ModelRound();
        record.modelId = model.id;
        record.roundId = roundId;
        record.state = ModelRoundState.REGISTERED;
        record.mark = mark;
        record.level = model.level;
        record.figures = "[]";
        records.persistAndFlush(record);
        return record;
    }

    /** One step of the model's timeline. */
    void transition(MobilizationModel model, ModelRound record, String action, String from, String to, String comment,
            boolean afterTheFact) {
        ModelTransition t = new ModelTransition();
        t.modelId = model.id;
        t.modelRoundId = record == null ? null : record.id;
        t.action = action;
        t.fromState = from;
        t.toState = to;
        t.actor = caller.current().username();
        t.at = OffsetDateTime.now();
        t.comment = comment;
        t.afterTheFact = afterTheFact;
        records.record(t);
    }

    private ModelDtos.Round owners(long id, ModelAction action, long version,
            java.util.function.BiConsumer<MobilizationModel, ModelRound> change, String comment) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireOwnerWriter(model);
        return change(model, record, action, version, false, false, r -> change.accept(model, r), comment);
    }

    private ModelDtos.Round bodyEditors(long id, ModelAction action, ModelDtos.VersionOnly dto,
            Consumer<ModelRound> change) {
        ModelRound record = require(id);
        MobilizationModel model = model(record);
        access.requireBodyEditor(model, record);
        boolean late = access.afterTheFact(dto.afterTheFact());
        return change(model, record, action, dto.version(), late, false, change, null);
    }

    /**
     * The checks every transition shares, in order — version, the model still running, the state, the appraisal
     * deadline — then the change, its timeline step and its audit event.
     */
    private ModelDtos.Round change(MobilizationModel model, ModelRound record, ModelAction action, long version,
            boolean afterTheFact, boolean deadlineApplies, Consumer<ModelRound> change, String comment) {
        if (version != record.version) {
            throw ProblemException.staleVersion(version, record.version);
        }
        if (model.state == ModelState.DISCONTINUED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Mô hình đang ở trạng thái DISCONTINUED (the model is discontinued)");
        }
        if (!action.allowedFrom(record.state)) {
            throw new ProblemException(ProblemType.CONFLICT, "Hồ sơ đang ở trạng thái " + record.state + ": không thể "
                    + action + " (the record is " + record.state + "; " + action + " is refused)");
        }
        if (deadlineApplies && !afterTheFact) {
            MovementDtos.RoundFacts round = movements.round(record.roundId).orElseThrow();
            LocalDate today = clock.today();
            if (today.isAfter(round.appraisalDeadline())) {
                throw new ProblemException(ProblemType.CONFLICT, "Đã quá hạn thẩm định của " + round.name() + " ("
                        + round.appraisalDeadline() + ") (after the round's appraisal deadline)");
            }
        }
        String from = record.state.name();
        change.accept(record);
        models.flush();
        records.flush();
        transition(model, record, action.name(), from, record.state.name(), comment, afterTheFact);
        ModelDtos.Round result = toDto(record);
        audit.record(AUDIT_TYPE, record.id, AuditAction.UPDATE, access.pathOf(model),
                Map.of("action", action, "state", record.state, "afterTheFact", afterTheFact));
        return result;
    }

    ModelDtos.Round toDto(ModelRound record) {
        return toDtos(List.of(record)).get(0);
    }

    /** The records with their round, commendations and evidence, read in one query each. */
    List<ModelDtos.Round> toDtos(List<ModelRound> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(r -> r.id).toList();
        Map<Long, MovementDtos.RoundFacts> rounds = movements.rounds(list.stream().map(r -> r.roundId).toList());
        Map<Long, List<ModelCommendation>> commendations = records.commendations(ids);
        Map<Long, List<AttachmentDto>> evidence = attachments.listOf(AUDIT_TYPE, ids);
        List<String> uploaders = new ArrayList<>();
        evidence.values().forEach(files -> files.forEach(f -> uploaders.add(f.uploadedBy())));
        list.forEach(r -> uploaders.add(r.appraisedBy));
        PeopleService.People named = people.byUsername(uploaders.stream().filter(java.util.Objects::nonNull).toList());
        return list.stream().map(r -> {
            MovementDtos.RoundFacts round = rounds.get(r.roundId);
            return mapper.toDto(r, round.name(), round.year(), figures(r.figures),
                    commendations.getOrDefault(r.id, List.of()).stream().map(mapper::toDto).toList(),
                    evidence.getOrDefault(r.id, List.of()).stream().map(f -> AttachmentService.named(f, named))
                            .toList(),
                    named.of(r.appraisedBy));
        }).toList();
    }

    List<ModelDtos.Figure> figures(String stored) {
        try {
            return json.readValue(stored, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures are not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be written as JSON", e);
        }
    }

    private MobilizationModel model(ModelRound record) {
        return models.findById(record.modelId);
    }

    private ModelRound require(long id) {
        return records.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ mô hình theo đợt (model round record)", id));
    }
}
