package vn.danvan.common.error;

/** One invalid field of a request: its name as the client sent it, and why. */
public record FieldError(String field, String message) {
}
