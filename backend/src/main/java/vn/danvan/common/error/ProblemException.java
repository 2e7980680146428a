package vn.danvan.common.error;

import java.util.List;

/** A business failure that becomes a problem+json response; services throw it, resources do not catch it. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<FieldError> errors, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503 with {@code Retry-After}: the server is busy or a server it needs is away; the same request may succeed. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail, List.of(), retryAfterSeconds);
    }

    /** A problem of this type with {@code Retry-After}: the same request may succeed after that many seconds. */
    public static ProblemException retryLater(ProblemType type, String detail, int retryAfterSeconds) {
        return new ProblemException(type, detail, List.of(), retryAfterSeconds);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " không tồn tại (does not exist)");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new FieldError(field, message)));
    }

    /** 403 out-of-scope for a field of the request that names something outside the caller's reach. */
    public static ProblemException outOfScope(String field, String message) {
        return new ProblemException(ProblemType.OUT_OF_SCOPE, message, List.of(new FieldError(field, message)));
    }

    public static ProblemException staleVersion(long expected, long actual) {
        return new ProblemException(ProblemType.STALE_VERSION,
                "Phiên bản " + expected + " đã cũ, bản hiện tại là " + actual + " (version " + expected
                        + " is stale, current is " + actual + "): tải lại rồi sửa (reload and edit again)");
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Seconds a client should wait before trying again, or null when retrying would not help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage(), errors);
    }
}
