package vn.danvan.assignment;

import java.time.LocalDate;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.task.TaskRefDto;
import vn.danvan.unit.organization.OrganizationRefDto;

/** Assignment entity → read DTOs, with what the service worked out for the day asked about. */
@Mapper
interface AssignmentReadMapper {

    @Mapping(target = "id", source = "assignment.id")
    @Mapping(target = "taskId", source = "assignment.taskId")
    @Mapping(target = "directiveId", source = "task.directiveId")
    @Mapping(target = "ordinal", source = "task.ordinal")
    @Mapping(target = "title", source = "task.title")
    @Mapping(target = "dueKind", source = "task.dueKind")
    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "dueDate", source = "dueDate")
    @Mapping(target = "status", source = "assignment.status")
    @Mapping(target = "progress", source = "assignment.progress")
    @Mapping(target = "completedOn", source = "assignment.completedOn")
    @Mapping(target = "parentId", source = "assignment.parentId")
    @Mapping(target = "createdAt", source = "assignment.createdAt")
    @Mapping(target = "version", source = "assignment.version")
    @Mapping(target = "bucket", source = "bucket")
    @Mapping(target = "dueSoon", source = "dueSoon")
    @Mapping(target = "rollup", source = "rollup")
    @Mapping(target = "explanationRequested", source = "explanationRequested")
    AssignmentDto toDto(TaskAssignment assignment, TaskRefDto task, OrganizationRefDto organization, LocalDate dueDate,
            Bucket bucket, boolean dueSoon, AssignmentDto.Rollup rollup, boolean explanationRequested);

    @Mapping(target = "id", source = "assignment.id")
    @Mapping(target = "task", source = "task")
    AssignmentRefDto toRef(TaskAssignment assignment, TaskRefDto task);
}
