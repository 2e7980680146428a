package vn.danvan.directive.relation;

import java.util.List;

/** What a directive implements (up the chain) and what implements it (down), nearest first. */
public record RelationChainDto(List<RelationDto> up, List<RelationDto> down) {
}
