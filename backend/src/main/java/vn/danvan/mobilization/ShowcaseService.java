package vn.danvan.mobilization;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.movement.MovementDtos;
import vn.danvan.movement.MovementService;
import vn.danvan.unit.UnitService;

/**
 * The public showcase (no login): recognized models marked public, with their recognized rounds' results and photos,
 * and nothing else — no registering organization, no appraisal, no person but the owner's name and position. Any other
 * model is a 404, as if it did not exist.
 */
@ApplicationScoped
public class ShowcaseService {

    @Inject
    ModelRepository models;

    @Inject
    ModelRoundRepository records;

    @Inject
    ModelRoundService roundService;

    @Inject
    MovementService movements;

    @Inject
    UnitService units;

    @Inject
    AttachmentService attachments;

    @Transactional
    public PageResult<ModelDtos.PublicModel> list(String fieldCode, String text, PageRequest page) {
        List<Long> fieldIds = fieldCode == null ? null : movements.fieldIdsWithCode(fieldCode);
        var found = models.publicPage(fieldIds, text, page.offset(), page.size());
        Map<Long, MobilizationModel> byId = found.getKey().isEmpty() ? Map.of() : models
                .list("id in ?1", found.getKey()).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<ModelDtos.PublicModel> items = found.getKey().stream().map(id -> toPublic(byId.get(id))).toList();
        return new PageResult<>(items, page.page(), page.size(), found.getValue());
    }

    @Transactional
    public ModelDtos.PublicModel get(long id) {
        MobilizationModel model = requirePublic(id);
        return toPublic(model);
    }

    @Transactional
    public StoredFile photo(long id, long attachmentId) {
        MobilizationModel model = requirePublic(id);
        for (ModelRound r : recognized(model)) {
            for (AttachmentDto a : attachments.listOf(ModelRoundService.AUDIT_TYPE, List.of(r.id)).getOrDefault(r.id,
                    List.of())) {
                if (a.id() == attachmentId && a.mediaType().startsWith("image/")) {
                    return attachments.open(ModelRoundService.AUDIT_TYPE, r.id, attachmentId);
                }
            }
        }
        throw ProblemException.notFound("Ảnh (photo)", attachmentId);
    }

    private MobilizationModel requirePublic(long id) {
        return models.findByIdOptional(id).filter(m -> m.published && !recognized(m).isEmpty())
                .orElseThrow(() -> ProblemException.notFound("Mô hình (model)", id));
    }

    private List<ModelRound> recognized(MobilizationModel model) {
        return records.ofModel(model.id).stream().filter(r -> r.state.recognized()).toList();
    }

    private ModelDtos.PublicModel toPublic(MobilizationModel m) {
        List<ModelRound> rounds = recognized(m);
        Map<Long, MovementDtos.RoundFacts> facts = movements.rounds(rounds.stream().map(r -> r.roundId).toList());
        MovementDtos.FieldRef field = movements.fields(List.of(m.fieldId)).get(m.fieldId);
        Map<Long, List<AttachmentDto>> files = attachments.listOf(ModelRoundService.AUDIT_TYPE,
                rounds.stream().map(r -> r.id).toList());
        List<ModelDtos.PublicResult> results = rounds.stream().map(r -> {
            MovementDtos.RoundFacts round = facts.get(r.roundId);
            return new ModelDtos.PublicResult(round.name(), round.year(), r.resultsText,
                    roundService.figures(r.figures),
                    r.decisionNumber == null ? null : new ModelDtos.RecognitionRecord(r.decisionNumber, r.decisionDate,
                            r.decisionSigner, r.decisionLevel));
        }).toList();
        List<ModelDtos.PublicPhoto> photos = rounds.stream().flatMap(r -> files.getOrDefault(r.id, List.of()).stream())
                .filter(a -> a.mediaType().startsWith("image/"))
                .map(a -> new ModelDtos.PublicPhoto(a.id(), a.mediaType())).toList();
        return new ModelDtos.PublicModel(m.id, m.name, field == null ? null : field.name(), units.nameOf(m.unitId),
                m.place, m.ownerKind, m.ownerName, m.ownerPosition, m.startedOn, m.problem, m.approach, results,
                photos);
    }
}
