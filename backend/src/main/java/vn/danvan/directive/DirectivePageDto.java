package vn.danvan.directive;

import java.util.List;

/** One page of a register search (DirectivePage in openapi.yaml); the count stops at {@link #COUNT_CAP}. */
public record DirectivePageDto(List<DirectiveSummaryDto> items, int page, int size, long total, Boolean totalCapped) {

    /** Beyond this many matches the count stops and the last pages are not served: narrow the search instead. */
    public static final int COUNT_CAP = 1_000;
}
