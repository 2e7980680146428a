package vn.danvan.directive.parse;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How much work one parse may do, and a way to stop it. The parser counts its steps (every character a pattern looks
 * at, every character a loop walks) and gives up with {@link ParseAbortedException} when the steps run out or when
 * {@code cancelled} says the caller no longer wants the answer (a client that has gone away). The default is
 * proportional to the text, with a constant far above what any real document needs, so that only a text built to make
 * the parser slow meets it.
 */
public final class ParseBudget {

    /**
     * Steps allowed per character of text by default; real documents and the adversarial shapes of ParserWorkTest use
     * under an eighth of it.
     */
    public static final long DEFAULT_STEPS_PER_CHARACTER = 1_000;
    /** Steps allowed whatever the length, so that a short text never runs out. */
    public static final long DEFAULT_BASE_STEPS = 1_000_000;

    private static final BooleanSupplier NEVER = () -> false;

    private final long maxSteps;
    private final BooleanSupplier cancelled;

    private ParseBudget(long maxSteps, BooleanSupplier cancelled) {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
        }
        this.maxSteps = maxSteps;
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    /** The default budget for a text of this many characters, never cancelled. */
    public static ParseBudget forLength(int length) {
        return forLength(length, NEVER);
    }

    /** The default budget for a text of this many characters, stopped when {@code cancelled} returns true. */
    public static ParseBudget forLength(int length, BooleanSupplier cancelled) {
        return new ParseBudget(DEFAULT_BASE_STEPS + DEFAULT_STEPS_PER_CHARACTER * Math.max(0, length), cancelled);
    }

    /** A budget of exactly {@code maxSteps} steps, stopped when {@code cancelled} returns true. */
    public static ParseBudget of(long maxSteps, BooleanSupplier cancelled) {
        return new ParseBudget(maxSteps, cancelled);
    }

    public long maxSteps() {
        return maxSteps;
    }

    public BooleanSupplier cancelled() {
        return cancelled;
    }
}
