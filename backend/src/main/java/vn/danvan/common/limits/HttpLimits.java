package vn.danvan.common.limits;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.Problem;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.json.StrictJson;

/**
 * The request sizes the API accepts, answered as problem+json before any body is read.
 * <p>
 * The HTTP layer (Netty, then Quarkus's upload limit) answers a request line, headers or body over its limits itself,
 * with a bare status and no body. Its limits are set above these ({@code quarkus.http.limits.*} in
 * application.properties), so that a request between the two is answered here, in the one error shape, with the stable
 * {@code type} URIs; only a request beyond the HTTP layer's own ceilings still gets its bare answer (nginx, in front in
 * production, stops those earlier: {@code large_client_header_buffers}, {@code client_max_body_size}). A body sent
 * without a {@code Content-Length} (chunked) is measured as it is read, by Quarkus's own limit: nginx forwards every
 * body with its length, so behind it the answer is always this one. A request Netty cannot parse at all (a request line
 * without a version, a Content-Length that is not a number) is refused by Netty with a bare 400 before any handler
 * exists; Quarkus offers no hook there, and nginx in production refuses those itself.
 */
@ApplicationScoped
public class HttpLimits {

    /** The longest request target (path and query string): 8 KiB, twice the longest URL the web app builds. */
    public static final int MAX_URI_CHARS = 8 * 1024;
    /** All header names and values together: 16 KiB (a Keycloak access token is 1-2 KiB). */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** A multipart body: one 20 MB file and its framing. */
    public static final long MAX_MULTIPART_BYTES = 21L * 1024 * 1024;
    /** Any other body (JSON): 2 MiB, room for the 200,000-character text of a parse request, escaped. */
    public static final long MAX_OTHER_BYTES = 2L * 1024 * 1024;

    /** Just before Quarkus's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2), after its body handler. */
    private static final int ORDER = -3;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_CHARS) {
            refuse(context,
                    Problem.of(ProblemType.URI_TOO_LONG, "Địa chỉ dài hơn " + MAX_URI_CHARS
                            + " ký tự: thu hẹp truy vấn (the URI is longer than " + MAX_URI_CHARS + " characters)",
                            List.of()),
                    false);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(context,
                    Problem.of(ProblemType.HEADERS_TOO_LARGE,
                            "Phần đầu yêu cầu lớn hơn " + MAX_HEADER_BYTES
                                    + " byte (the request headers are larger than " + MAX_HEADER_BYTES + " bytes)",
                            List.of()),
                    false);
            return;
        }
        if (!queryStorable(context)) {
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            // Netty has already refused a Content-Length that is not a number (bare 400, the HTTP layer's answer)
            long bytes = Long.parseLong(length.trim());
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
            long limit = multipart ? MAX_MULTIPART_BYTES : MAX_OTHER_BYTES;
            if (bytes > limit) {
                String field = multipart ? "file" : "body";
                String message = multipart ? "tệp lớn hơn 20 MB (the file is larger than 20 MB)" : "nội dung lớn hơn "
                        + limit / (1024 * 1024) + " MB (the body is larger than " + limit / (1024 * 1024) + " MB)";
                refuse(context,
                        Problem.of(ProblemType.PAYLOAD_TOO_LARGE, message, List.of(new FieldError(field, message))),
                        true);
                return;
            }
        }
        context.next();
    }

    /**
     * A query value with a NUL character or half a surrogate pair can be neither searched for nor stored (PostgreSQL
     * refuses both): 400 naming the parameter, as the JSON reader names a body's field ({@link StrictJson}). A query
     * string that cannot be decoded at all is 400 too.
     */
    private boolean queryStorable(RoutingContext context) {
        if (context.request().query() == null) {
            return true;
        }
        try {
            for (Map.Entry<String, String> parameter : context.request().params()) {
                if (StrictJson.firstUnstorable(parameter.getKey()) >= 0
                        || StrictJson.firstUnstorable(parameter.getValue()) >= 0) {
                    String message = "chứa ký tự NUL hoặc nửa cặp thay thế (holds a NUL character or half a surrogate"
                            + " pair)";
                    refuse(context, Problem.of(ProblemType.VALIDATION, message,
                            List.of(new FieldError(parameter.getKey(), message))), false);
                    return false;
                }
            }
        } catch (IllegalArgumentException e) {
            refuse(context,
                    Problem.of(ProblemType.MALFORMED,
                            "Chuỗi truy vấn không giải mã được (the query string cannot be decoded)", List.of()),
                    false);
            return false;
        }
        return true;
    }

    /** Answers with the problem; when a body may follow unread, the connection is closed after the answer. */
    private void refuse(RoutingContext context, Problem problem, boolean closeAfter) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE,
                Problem.MEDIA_TYPE + ";charset=UTF-8");
        if (closeAfter) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> context.request().connection().close());
        }
        response.end(body);
    }
}
