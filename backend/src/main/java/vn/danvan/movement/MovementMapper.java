package vn.danvan.movement;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.unit.organization.OrganizationRefDto;

/** Movement entities → the movement read back, with its fields, periods and rounds. */
@Mapper
interface MovementMapper {

    MovementDtos.Field toDto(EmulationField field);

    MovementDtos.Round toDto(EmulationRound round);

    @Mapping(target = "rounds", source = "rounds")
    MovementDtos.Period toDto(EmulationPeriod period, List<MovementDtos.Round> rounds);

    @Mapping(target = "id", source = "movement.id")
    @Mapping(target = "name", source = "movement.name")
    @Mapping(target = "version", source = "movement.version")
    MovementDtos.Movement toDto(EmulationMovement movement, OrganizationRefDto organization,
            List<MovementDtos.Field> fields, List<MovementDtos.Period> periods);
}
