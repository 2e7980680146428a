package vn.danvan.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details: the one shape of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://danvan.vn/problems/";

    public Problem withStatus(int newStatus) {
        return new Problem(type, title, newStatus, detail, instance, errors);
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(BASE + type.slug(), type.title(), type.status(), detail, null, errors);
    }
}
