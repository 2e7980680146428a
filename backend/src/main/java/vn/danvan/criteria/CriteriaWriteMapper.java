package vn.danvan.criteria;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** What a draft's writer sends → the set's own columns and new rows of its groups and criteria. */
@Mapper
interface CriteriaWriteMapper {

    /** The rule's figures onto the set (every figure: an absent one clears it). */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "titleId", ignore = true)
    @Mapping(target = "versionNo", ignore = true)
    @Mapping(target = "name", ignore = true)
    @Mapping(target = "level", ignore = true)
    @Mapping(target = "directiveId", ignore = true)
    @Mapping(target = "effectiveFrom", ignore = true)
    @Mapping(target = "effectiveTo", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "copiedFromId", ignore = true)
    @Mapping(target = "notes", ignore = true)
    @Mapping(target = "demo", ignore = true)
    @Mapping(target = "publishedAt", ignore = true)
    @Mapping(target = "publishedBy", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void applyRule(CriteriaDtos.Rule rule, @MappingTarget CriteriaSet set);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "setId", source = "setId")
    @Mapping(target = "position", source = "position")
    CriteriaGroup newGroup(CriteriaDtos.Group group, long setId, int position);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "setId", source = "setId")
    @Mapping(target = "groupId", source = "groupId")
    @Mapping(target = "parentId", ignore = true)
    @Mapping(target = "keyCriterion", source = "criterion.key")
    @Mapping(target = "position", source = "position")
    Criterion newCriterion(CriteriaDtos.Criterion criterion, long setId, Long groupId, int position);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "setId", source = "setId")
    @Mapping(target = "groupId", source = "groupId")
    @Mapping(target = "parentId", source = "parentId")
    @Mapping(target = "keyCriterion", source = "indicator.key")
    @Mapping(target = "position", source = "position")
    Criterion newIndicator(CriteriaDtos.Indicator indicator, long setId, Long groupId, long parentId, int position);

    /** A copy of a criterion into another set (a revision). */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "setId", source = "setId")
    @Mapping(target = "groupId", source = "groupId")
    @Mapping(target = "parentId", source = "parentId")
    Criterion copy(Criterion criterion, long setId, Long groupId, Long parentId);
}
