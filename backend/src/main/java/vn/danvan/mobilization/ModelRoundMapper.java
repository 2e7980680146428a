package vn.danvan.mobilization;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.attachment.AttachmentDto;

/** Round record entity → the record read back, with its round's name, figures, commendations and evidence. */
@Mapper
interface ModelRoundMapper {

    @Mapping(target = "id", source = "record.id")
    @Mapping(target = "version", source = "record.version")
    @Mapping(target = "figures", source = "figures")
    @Mapping(target = "appraisal", expression = "java(appraisal(record))")
    @Mapping(target = "recognition", expression = "java(recognition(record))")
    ModelDtos.Round toDto(ModelRound record, String roundName, int year, List<ModelDtos.Figure> figures,
            List<ModelDtos.Commendation> commendations, List<AttachmentDto> attachments);

    ModelDtos.Commendation toDto(ModelCommendation commendation);

    default ModelDtos.AppraisalRecord appraisal(ModelRound r) {
        return r.appraisalResult == null ? null : new ModelDtos.AppraisalRecord(r.appraisalResult, r.appraisalOpinion,
                r.appraisalReasons, r.appraisedBy, r.appraisedOn);
    }

    default ModelDtos.RecognitionRecord recognition(ModelRound r) {
        return r.decisionNumber == null ? null
                : new ModelDtos.RecognitionRecord(r.decisionNumber, r.decisionDate, r.decisionSigner, r.decisionLevel);
    }
}
