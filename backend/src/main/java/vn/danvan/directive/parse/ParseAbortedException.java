package vn.danvan.directive.parse;

/**
 * The parser stopped before it finished: its {@link ParseBudget} ran out, or the caller cancelled. Unchecked, because a
 * caller that passes a budget expects it and one that does not never meets it on a real document.
 */
public class ParseAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the parser stopped. */
    public enum Reason {
        /** The text needed more steps than the budget allowed. */
        BUDGET_EXCEEDED,
        /** The budget's {@code cancelled} supplier said stop. */
        CANCELLED
    }

    private final Reason reason;
    private final long steps;

    public ParseAbortedException(Reason reason, long steps) {
        super(switch (reason) {
        case BUDGET_EXCEEDED -> "parsing stopped: the work budget ran out after " + steps + " steps";
        case CANCELLED -> "parsing stopped: cancelled after " + steps + " steps";
        });
        this.reason = reason;
        this.steps = steps;
    }

    public Reason reason() {
        return reason;
    }

    /** The steps counted when the parser stopped. */
    public long steps() {
        return steps;
    }
}
