package vn.danvan.recognition;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.account.PersonDto;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.criteria.CriteriaSetDto;

/** Case, assessment, decision and timeline entities (and the set they are judged by) → the records read back. */
@Mapper
interface RecognitionReadMapper {

    @Mapping(target = "id", source = "recognitionCase.id")
    @Mapping(target = "version", source = "recognitionCase.version")
    @Mapping(target = "residentialArea", source = "area")
    RecognitionDtos.Summary toSummary(RecognitionCase recognitionCase, String titleName, RecognitionDtos.AreaRef area,
            String unitName, Long decisionId);

    @Mapping(target = "id", source = "decision.id")
    @Mapping(target = "version", source = "decision.version")
    RecognitionDtos.Decision toDto(RecognitionDecision decision, String titleName, RecognitionDecisionStatus status);

    RecognitionDtos.PostingComment toDto(RecognitionPostingComment comment);

    RecognitionDtos.Event toDto(RecognitionCaseEvent event, PersonDto actorPerson);

    @Mapping(target = "id", source = "assessment.id")
    @Mapping(target = "version", source = "assessment.version")
    RecognitionDtos.Assessment toDto(RecognitionAssessment assessment, List<AttachmentDto> attachments);

    @Mapping(target = "id", source = "criterion.id")
    RecognitionDtos.CaseCriterion toDto(CriteriaSetDto.CriterionView criterion, RecognitionDtos.Assessment assessment);

    RecognitionDtos.CaseSet toCaseSet(CriteriaSetDto set);

    @Mapping(target = "id", source = "titleId")
    @Mapping(target = "code", source = "titleCode")
    @Mapping(target = "name", source = "titleName")
    RecognitionDtos.TitleRef toTitle(CriteriaSetDto set);
}
