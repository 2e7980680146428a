package vn.danvan.mobilization;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.movement.MovementDtos;
import vn.danvan.unit.organization.OrganizationRefDto;

/** Model entity → the model read back (whole, or a line of the list). */
@Mapper
interface ModelMapper {

    @Mapping(target = "id", source = "model.id")
    @Mapping(target = "name", source = "model.name")
    @Mapping(target = "version", source = "model.version")
    @Mapping(target = "field", source = "field")
    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "state", source = "model.state")
    @Mapping(target = "level", source = "model.level")
    @Mapping(target = "latestRoundId", source = "latest.id")
    @Mapping(target = "latestRoundState", source = "latest.state")
    @Mapping(target = "latestMark", source = "latest.mark")
    ModelDtos.Summary toSummary(MobilizationModel model, MovementDtos.Field field, OrganizationRefDto organization,
            ModelRound latest);

    @Mapping(target = "id", source = "model.id")
    @Mapping(target = "name", source = "model.name")
    @Mapping(target = "version", source = "model.version")
    @Mapping(target = "field", source = "field")
    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "owner", expression = "java(owner(model))")
    @Mapping(target = "indicators", source = "indicators")
    @Mapping(target = "replicationOf", source = "replicationOf")
    @Mapping(target = "replications", source = "replications")
    @Mapping(target = "rounds", source = "rounds")
    ModelDtos.Model toDto(MobilizationModel model, MovementDtos.Field field, OrganizationRefDto organization,
            List<ModelDtos.Indicator> indicators, ModelDtos.Ref replicationOf, List<ModelDtos.Ref> replications,
            List<ModelDtos.Round> rounds);

    default ModelDtos.Owner owner(MobilizationModel m) {
        return new ModelDtos.Owner(m.ownerKind, m.ownerName, m.ownerPosition, m.ownerOrganizationId, m.ownerAreaId);
    }
}
