package vn.danvan.criteria.title;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.criteria.CriteriaDtos;
import vn.danvan.criteria.RecognitionTitle;
import vn.danvan.unit.organization.OrganizationRefDto;

/** A title entity → the title read back, with its issuer and whether the caller may change it. */
@Mapper
interface TitleReadMapper {

    @Mapping(target = "id", source = "title.id")
    @Mapping(target = "code", source = "title.code")
    @Mapping(target = "name", source = "title.name")
    @Mapping(target = "version", source = "title.version")
    CriteriaDtos.Title toDto(RecognitionTitle title, OrganizationRefDto issuer, boolean canChange);
}
