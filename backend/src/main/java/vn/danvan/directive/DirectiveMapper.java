package vn.danvan.directive;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import vn.danvan.unit.organization.OrganizationRefDto;

/** Directive entity ↔ DTOs. The number's parts are read again from the text as written. */
@Mapper(imports = { DirectiveNumber.class, List.class })
public interface DirectiveMapper {

    @Mapping(target = "id", source = "directive.id")
    @Mapping(target = "number", expression = "java(directive.numberText == null ? null : DirectiveNumber.parse(directive.numberText))")
    @Mapping(target = "version", source = "directive.version")
    @Mapping(target = "reportingCadences", expression = "java(directive.reportingCadences.stream().sorted().toList())")
    DirectiveDto toDto(Directive directive, OrganizationRefDto issuer, List<OrganizationRefDto> recipients,
            OrganizationRefDto monitoringOrganization);

    @Mapping(target = "id", source = "directive.id")
    @Mapping(target = "number", expression = "java(directive.numberText == null ? null : DirectiveNumber.parse(directive.numberText))")
    DirectiveSummaryDto toSummary(Directive directive, OrganizationRefDto issuer);

    /** Copies what the editor wrote; number key, recipients and status are set by the service. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "numberText", source = "number")
    @Mapping(target = "numberKey", ignore = true)
    @Mapping(target = "recipientIds", ignore = true)
    @Mapping(target = "reportingCadences", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    void apply(DirectiveWriteDto dto, @MappingTarget Directive directive);
}
