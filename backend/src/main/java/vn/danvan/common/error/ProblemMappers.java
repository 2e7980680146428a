package vn.danvan.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into RFC 9457 problem+json. Nothing here echoes an exception class name, a stack trace or a SQL
 * message to the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = ProblemResponses.of(e.toProblem());
        if (e.retryAfterSeconds() != null) {
            response.getHeaders().putSingle(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage())).sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return ProblemResponses.of(ProblemType.VALIDATION, "Kiểm tra lại các trường được nêu (check the fields listed)",
                errors);
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        String field = jsonPath(e);
        String message = e instanceof InvalidFormatException ife
                ? (ife.getTargetType() == String.class
                        ? "chứa ký tự NUL hoặc nửa cặp thay thế (holds a NUL character or half a surrogate pair)"
                        : "giá trị '" + ife.getValue() + "' không hợp lệ (invalid value)")
                : "kiểu dữ liệu không đúng (wrong type)";
        if (field.isEmpty()) {
            return ProblemResponses.of(ProblemType.MALFORMED, "Nội dung JSON không đúng cấu trúc (unexpected JSON)");
        }
        return ProblemResponses.of(ProblemType.VALIDATION, message, List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        return ProblemResponses.of(ProblemType.MALFORMED, "Nội dung JSON không đọc được (unreadable JSON)");
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return ProblemResponses.of(ProblemType.MALFORMED, "Nội dung JSON không đọc được (unreadable JSON)");
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, "Cần đăng nhập (a valid bearer token is required)");
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        var away = ServerAway.of(e);
        if (away.isPresent()) { // the token could not be checked: not the client's fault
            return problem(ProblemException.unavailable(away.get(), ServerAway.RETRY_AFTER_SECONDS));
        }
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, "Cần đăng nhập (a valid bearer token is required)");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(ProblemType.FORBIDDEN,
                "Vai trò của bạn không được làm việc này (your role does not allow this)");
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return ProblemResponses.of(ProblemType.STALE_VERSION,
                "Bản ghi vừa bị người khác thay đổi: tải lại rồi sửa (changed concurrently: reload and edit again)");
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e) {
        return stale((OptimisticLockException) null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
        case 404 -> "Không có tài nguyên này (no such resource)";
        case 405 -> "Phương thức không được hỗ trợ ở đây (method not allowed here)";
        case 415 -> "Hãy gửi application/json (send application/json)";
        case 406 -> "Chỉ trả về application/json (only application/json is produced)";
        default -> type.title();
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return ProblemResponses.of(Problem.of(type, detail, List.of()).withStatus(status));
    }

    /**
     * A multipart body the parser cannot read (cut off before its closing boundary, a boundary that is never met) is
     * the client's fault: 400 naming the file part, as the upload routes name it for every other bad upload.
     */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean multipart = trace.length > 0
                && trace[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart");
        if (!multipart) {
            return unexpected(e);
        }
        String message = "tệp gửi lên không đọc được: nội dung multipart hỏng (the multipart body is malformed)";
        return ProblemResponses.of(ProblemType.VALIDATION, message, List.of(new FieldError("file", message)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        var away = ServerAway.of(e);
        if (away.isPresent()) {
            LOG.warnf("answered 503: %s (%s)", away.get(), e.toString());
            return problem(ProblemException.unavailable(away.get(), ServerAway.RETRY_AFTER_SECONDS));
        }
        LOG.error("unexpected failure", e);
        return ProblemResponses.of(ProblemType.INTERNAL,
                "Đã có lỗi, xin thử lại sau (something went wrong, try again later)");
    }

    private static String fieldName(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                parameter = node.getName();
                continue;
            }
            if (!afterParameter) {
                continue;
            }
            // the index of a list element is carried by the node inside it: figures[0].value
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : v.getPropertyPath().toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
