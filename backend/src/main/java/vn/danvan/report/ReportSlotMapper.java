package vn.danvan.report;

import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.account.PeopleService.People;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.task.TaskRefDto;
import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * Report slot entity → the report read back, with its task, organization, figures, evidence and history, its submitter
 * and reviewer named from the people of the response.
 */
@Mapper
interface ReportSlotMapper {

    @Mapping(target = "id", source = "slot.id")
    @Mapping(target = "taskId", source = "task.id")
    @Mapping(target = "directiveId", source = "task.directiveId")
    @Mapping(target = "directiveNumber", source = "directiveNumber")
    @Mapping(target = "ordinal", source = "task.ordinal")
    @Mapping(target = "title", source = "task.title")
    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "period", source = "slot.periodKind")
    @Mapping(target = "periodLabel", expression = "java(slot.period().label())")
    @Mapping(target = "dueDate", source = "slot.dueDate")
    @Mapping(target = "late", source = "late")
    @Mapping(target = "missing", source = "missing")
    @Mapping(target = "figures", source = "figures")
    @Mapping(target = "attachments", source = "attachments")
    @Mapping(target = "history", source = "history")
    @Mapping(target = "version", source = "slot.version")
    @Mapping(target = "submittedByPerson", expression = "java(people.of(slot.submittedBy))")
    @Mapping(target = "reviewedByPerson", expression = "java(people.of(slot.reviewedBy))")
    ReportDtos.Slot toDto(ReportSlot slot, TaskRefDto task, String directiveNumber, OrganizationRefDto organization,
            boolean late, boolean missing, List<ReportDtos.Figure> figures, List<AttachmentDto> attachments,
            List<ReportDtos.Event> history, @Context People people);
}
