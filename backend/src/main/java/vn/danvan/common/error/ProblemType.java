package vn.danvan.common.error;

/** The stable problem types clients can rely on. */
public enum ProblemType {
    VALIDATION("validation", "Dữ liệu không hợp lệ (invalid input)", 400),
    MALFORMED("malformed-request", "Yêu cầu không đọc được (malformed request)", 400),
    UNAUTHORIZED("unauthorized", "Chưa đăng nhập (authentication required)", 401),
    FORBIDDEN("forbidden", "Không có quyền (forbidden)", 403),
    OUT_OF_SCOPE("out-of-scope", "Ngoài phạm vi đơn vị của bạn (outside your unit)", 403),
    NOT_FOUND("not-found", "Không tìm thấy (not found)", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Phương thức không được hỗ trợ (method not allowed)", 405),
    NOT_ACCEPTABLE("not-acceptable", "Định dạng không được hỗ trợ (not acceptable)", 406),
    STALE_VERSION("stale-version", "Dữ liệu đã bị người khác thay đổi (stale version)", 409),
    DUPLICATE("duplicate", "Đã tồn tại (duplicate)", 409),
    CONFLICT("conflict", "Không thực hiện được ở trạng thái hiện tại (conflicts with the current state)", 409),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused",
            "Khóa Idempotency-Key đã dùng cho một yêu cầu khác (idempotency key reused for another request)", 409),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress",
            "Yêu cầu cùng khóa Idempotency-Key đang được xử lý (a request with this idempotency key is in progress)",
            409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Nội dung gửi lên quá lớn (payload too large)", 413),
    URI_TOO_LONG("uri-too-long", "Địa chỉ yêu cầu quá dài (URI too long)", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Kiểu nội dung không được hỗ trợ (unsupported media type)", 415),
    HEADERS_TOO_LARGE("headers-too-large", "Phần đầu yêu cầu quá lớn (request header fields too large)", 431),
    INTERNAL("internal", "Lỗi hệ thống (internal error)", 500),
    UNAVAILABLE("unavailable", "Tạm thời chưa phục vụ được, xin thử lại sau (temporarily unavailable)", 503),
    // recognition cases (issue 13)
    CRITERIA_NOT_MET("criteria-not-met", "Chưa đạt bộ tiêu chí (the criteria are not met)", 409),
    POSTING_NOT_ENDED("posting-not-ended", "Chưa hết thời gian niêm yết (the public posting has not ended)", 409),
    // criteria sets (issue 13)
    FROZEN("frozen", "Bản đã ban hành không sửa được nữa, hãy tạo phiên bản mới (frozen: revise it into a new version)",
            409),
    // satisfaction surveys (issue 14, part 4)
    SAMPLE_NOT_REACHED("sample-not-reached",
            "Chưa đủ số hộ được hỏi ý kiến theo kế hoạch (the sample plan's minimum share is not reached)", 409),
    SURVEY_CODE_SPENT("survey-code-spent", "Mã này đã được dùng (this code has already been used)", 409),
    SURVEY_NOT_CLOSED("survey-not-closed",
            "Cuộc khảo sát chưa kết thúc, hãy kết thúc trước khi công bố (the survey is not closed yet)", 409),
    TOO_MANY_REQUESTS("too-many-requests", "Quá nhiều yêu cầu, xin thử lại sau (too many requests)", 429);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return MALFORMED; // the REST layer's own 400s are unreadable bodies; field errors are ours
        }
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
