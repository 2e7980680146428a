package vn.danvan.reminder;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.assignment.AssignmentDto;

/** An assignment (and the report or explanation that brings it up) → one item of a digest. */
@Mapper
interface DigestMapper {

    @Mapping(target = "kind", source = "kind")
    @Mapping(target = "assignmentId", source = "assignment.id")
    @Mapping(target = "taskId", source = "assignment.taskId")
    @Mapping(target = "ordinal", source = "assignment.ordinal")
    @Mapping(target = "title", source = "assignment.title")
    @Mapping(target = "organization", source = "assignment.organization")
    @Mapping(target = "dueDate", source = "assignment.dueDate")
    @Mapping(target = "reportId", source = "reportId")
    @Mapping(target = "periodLabel", source = "periodLabel")
    @Mapping(target = "explanationId", source = "explanationId")
    @Mapping(target = "note", source = "note")
    DigestDtos.Item toItem(DigestDtos.Kind kind, AssignmentDto assignment, Long reportId, String periodLabel,
            Long explanationId, String note);
}
