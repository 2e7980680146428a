package vn.danvan.criteria;

import java.math.BigDecimal;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Set entities → a set read back: a line of the versions, or the whole set with its parts. */
@Mapper
interface CriteriaSetReadMapper {

    CriteriaDtos.SetSummary toSummary(CriteriaSet set, int criteriaCount);

    @Mapping(target = "rule", source = "set")
    CriteriaDtos.Set toDto(CriteriaSet set, List<CriteriaDtos.Group> groups, List<CriteriaDtos.Criterion> criteria,
            BigDecimal totalMaxPoints);

    CriteriaDtos.Rule toRule(CriteriaSet set);

    CriteriaDtos.Group toDto(CriteriaGroup group);

    @Mapping(target = "communeGroup", expression = "java((int) variant.communeGroup)")
    CriteriaDtos.Variant toDto(CriterionVariant variant);

    @Mapping(target = "id", source = "criterion.id")
    @Mapping(target = "code", source = "criterion.code")
    @Mapping(target = "name", source = "criterion.name")
    @Mapping(target = "key", source = "criterion.keyCriterion")
    @Mapping(target = "variants", source = "variants")
    @Mapping(target = "questions", source = "questions")
    CriteriaDtos.Indicator toIndicator(Criterion criterion, List<CriteriaDtos.Variant> variants,
            List<String> questions);

    @Mapping(target = "id", source = "criterion.id")
    @Mapping(target = "code", source = "criterion.code")
    @Mapping(target = "name", source = "criterion.name")
    @Mapping(target = "key", source = "criterion.keyCriterion")
    @Mapping(target = "groupCode", source = "groupCode")
    @Mapping(target = "indicators", source = "indicators")
    @Mapping(target = "variants", source = "variants")
    @Mapping(target = "questions", source = "questions")
    CriteriaDtos.Criterion toCriterion(Criterion criterion, String groupCode, List<CriteriaDtos.Indicator> indicators,
            List<CriteriaDtos.Variant> variants, List<String> questions);
}
