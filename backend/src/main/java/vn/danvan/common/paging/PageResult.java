package vn.danvan.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same shape for every list endpoint: items, page, size, total; and, for lists whose count
 * stops at a cap (read models of a whole province), whether {@code total} is that cap plus one ("more than").
 */
public record PageResult<T>(List<T> items, int page, int size, long total, Boolean totalCapped) {

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** A page whose count was taken up to {@code cap} + 1 rows. */
    public static <T> PageResult<T> capped(List<T> items, int page, int size, long counted, int cap) {
        return new PageResult<>(items, page, size, Math.min(counted, cap), counted > cap);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
    }
}
