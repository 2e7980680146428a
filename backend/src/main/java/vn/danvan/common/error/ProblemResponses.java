package vn.danvan.common.error;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses, so every mapper answers in the same shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"danvan\"");
        }
        return builder.build();
    }

    public static Response of(ProblemType type, String detail) {
        return of(Problem.of(type, detail, List.of()));
    }

    public static Response of(ProblemType type, String detail, List<FieldError> errors) {
        return of(Problem.of(type, detail, errors));
    }
}
