package vn.danvan.mobilization;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.account.PersonDto;
import vn.danvan.attachment.AttachmentDto;

/**
 * Round record entity → the record read back, with its round's name, figures, commendations, evidence and the
 * appraiser's name.
 */
@Mapper
interface ModelRoundMapper {

    @Mapping(target = "id", source = "record.id")
    @Mapping(target = "version", source = "record.version")
    @Mapping(target = "figures", source = "figures")
    @Mapping(target = "appraisal", expression = "java(appraisal(record, appraiser))")
    @Mapping(target = "recognition", expression = "java(recognition(record))")
    ModelDtos.Round toDto(ModelRound record, String roundName, int year, List<ModelDtos.Figure> figures,
            List<ModelDtos.Commendation> commendations, List<AttachmentDto> attachments, PersonDto appraiser);

    ModelDtos.Commendation toDto(ModelCommendation commendation);

    /** The appraisal, its appraiser named from the user directory (looked up with the rest of the response). */
    default ModelDtos.AppraisalRecord appraisal(ModelRound r, PersonDto appraiser) {
        return r.appraisalResult == null ? null : new ModelDtos.AppraisalRecord(r.appraisalResult, r.appraisalOpinion,
                r.appraisalReasons, r.appraisedBy, appraiser, r.appraisedOn);
    }

    default ModelDtos.RecognitionRecord recognition(ModelRound r) {
        return r.decisionNumber == null ? null
                : new ModelDtos.RecognitionRecord(r.decisionNumber, r.decisionDate, r.decisionSigner, r.decisionLevel);
    }
}
