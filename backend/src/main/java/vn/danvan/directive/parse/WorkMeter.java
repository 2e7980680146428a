package vn.danvan.directive.parse;

/**
 * Counts the parser's steps against its {@link ParseBudget}. Patterns are matched over {@link #over(CharSequence)}, so
 * every character a regular expression examines (backtracking included) is a step; loops that walk text by hand call
 * {@link #step(long)}. The cancel flag is read every few thousand steps: often enough to stop within milliseconds,
 * rarely enough to cost nothing.
 */
final class WorkMeter {

    private static final long CANCEL_CHECK_INTERVAL = 4_096;

    private final ParseBudget budget;
    private long steps;
    private long nextCancelCheck;

    WorkMeter(ParseBudget budget) {
        this.budget = budget;
        checkCancelled();
        this.nextCancelCheck = CANCEL_CHECK_INTERVAL;
    }

    void step(long n) {
        steps += n;
        if (steps > budget.maxSteps()) {
            throw new ParseAbortedException(ParseAbortedException.Reason.BUDGET_EXCEEDED, steps);
        }
        if (steps >= nextCancelCheck) {
            nextCancelCheck = steps + CANCEL_CHECK_INTERVAL;
            checkCancelled();
        }
    }

    long steps() {
        return steps;
    }

    private void checkCancelled() {
        if (budget.cancelled().getAsBoolean()) {
            throw new ParseAbortedException(ParseAbortedException.Reason.CANCELLED, steps);
        }
    }

    /** The text, seen through this meter: each character read is a step. */
    CharSequence over(CharSequence text) {
        return new MeteredText(text, 0, text.length());
    }

    private final class MeteredText implements CharSequence {
        private final CharSequence text;
        private final int start;
        private final int end;

        MeteredText(CharSequence text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            step(1);
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new MeteredText(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.subSequence(start, end).toString();
        }
    }
}
