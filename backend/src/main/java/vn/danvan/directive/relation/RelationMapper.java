package vn.danvan.directive.relation;

import java.time.LocalDate;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveSummaryDto;
import vn.danvan.directive.DirectiveType;

/** Relations → the steps of a relation chain (DirectiveRelationStep in openapi.yaml). */
@Mapper(imports = DirectiveNumber.class)
interface RelationMapper {

    /** A step to a directive the caller reads, or to one not registered yet (then {@code directive} is null). */
    @Mapping(target = "id", source = "relation.id")
    @Mapping(target = "kind", source = "relation.kind")
    @Mapping(target = "sourceId", source = "relation.sourceId")
    @Mapping(target = "linked", expression = "java(relation.targetId != null)")
    @Mapping(target = "directive", source = "directive")
    @Mapping(target = "number", source = "number")
    @Mapping(target = "type", source = "type")
    @Mapping(target = "issueDate", source = "issueDate")
    @Mapping(target = "depth", source = "depth")
    RelationDto toStep(DirectiveRelation relation, int depth, DirectiveSummaryDto directive, DirectiveNumber number,
            DirectiveType type, LocalDate issueDate);

    /** A cited directive the caller cannot read: only what the citing text says of it, never that it is registered. */
    @Mapping(target = "id", source = "relation.id")
    @Mapping(target = "kind", source = "relation.kind")
    @Mapping(target = "sourceId", source = "relation.sourceId")
    @Mapping(target = "linked", constant = "false")
    @Mapping(target = "directive", ignore = true)
    @Mapping(target = "number", expression = "java(relation.targetNumberText == null ? null : DirectiveNumber.parse(relation.targetNumberText))")
    @Mapping(target = "type", source = "relation.targetType")
    @Mapping(target = "issueDate", source = "relation.targetIssueDate")
    @Mapping(target = "depth", source = "depth")
    RelationDto toCited(DirectiveRelation relation, int depth);
}
