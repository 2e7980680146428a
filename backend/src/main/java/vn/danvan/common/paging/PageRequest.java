package vn.danvan.common.paging;

/** A page asked for: number from 0, size from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** How far a list can be paged: page x size stops here (a person narrows the search long before). */
    public static final int MAX_OFFSET = 100_000;

    public int offset() {
        return page * size;
    }
}
