package vn.danvan.task;

import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import vn.danvan.account.PeopleService.People;
import vn.danvan.unit.organization.OrganizationRefDto;

/** Task entity ↔ DTOs (its author named from the people of the response). */
@Mapper
interface TaskMapper {

    @Mapping(target = "id", source = "task.id")
    @Mapping(target = "version", source = "task.version")
    @Mapping(target = "createdByPerson", expression = "java(people.of(task.createdBy))")
    TaskDto toDto(Task task, OrganizationRefDto leadOrganization, List<OrganizationRefDto> coordinatingOrganizations,
            @Context People people);

    TaskRefDto toRef(Task task);

    /** Copies what the editor wrote; directive, coordinators and authorship are set by the service. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "directiveId", ignore = true)
    @Mapping(target = "coordinatingOrganizationIds", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void apply(TaskWriteDto dto, @MappingTarget Task task);
}
