package vn.danvan.common.error;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.danvan.common.paging.PageRequest;

/**
 * Reads query and path parameters as the client sent them and collects every mistake, so a bad parameter gets a 400
 * naming the field (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class RequestParams {

    private final List<FieldError> errors = new ArrayList<>();

    public Long id(String field, String raw) {
        Long value = optionalLong(field, raw);
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "bắt buộc (required)"));
        } else if (value != null && value < 1) {
            errors.add(new FieldError(field, "phải là số nguyên dương (must be a positive whole number)"));
            return null;
        }
        return value;
    }

    /** The {@code id} path parameter of a record: a positive whole number, or a 400 naming it. */
    public static long pathId(String raw) {
        RequestParams p = new RequestParams();
        Long id = p.id("id", raw);
        p.validate();
        return id;
    }

    public Long optionalLong(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "phải là số nguyên (must be a whole number)"));
            return null;
        }
    }

    /** A whole number within [min, max], or null when absent. */
    public Integer optionalInt(String field, String raw, int min, int max) {
        Long value = optionalLong(field, raw);
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            errors.add(
                    new FieldError(field, "phải từ " + min + " đến " + max + " (must be " + min + " to " + max + ")"));
            return null;
        }
        return value.intValue();
    }

    /** Records an error found by a check of the caller's own. */
    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public LocalDate optionalDate(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "ngày phải theo dạng yyyy-MM-dd (date must be yyyy-MM-dd)"));
            return null;
        }
    }

    public boolean flag(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase()) {
        case "true" -> true;
        case "false" -> false;
        default -> {
            errors.add(new FieldError(field, "phải là true hoặc false (must be true or false)"));
            yield false;
        }
        };
    }

    public <E extends Enum<E>> E requiredEnum(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "bắt buộc (required)"));
            return null;
        }
        return optionalEnum(field, raw, type);
    }

    public <E extends Enum<E>> E optionalEnum(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            errors.add(new FieldError(field, "phải là một trong (must be one of) " + String.join(", ", allowed)));
            return null;
        }
    }

    public String optionalText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            errors.add(new FieldError(field, "tối đa " + maxLength + " ký tự (at most " + maxLength + " characters)"));
            return null;
        }
        return raw.trim();
    }

    public PageRequest page(String rawPage, String rawSize) {
        Long page = optionalLong("page", rawPage);
        Long size = optionalLong("size", rawSize);
        if (page != null && page < 0) {
            errors.add(new FieldError("page", "phải từ 0 trở lên (must be 0 or more)"));
        }
        if (size != null && (size < 1 || size > PageRequest.MAX_SIZE)) {
            errors.add(new FieldError("size",
                    "phải từ 1 đến " + PageRequest.MAX_SIZE + " (must be 1 to " + PageRequest.MAX_SIZE + ")"));
        }
        int s = size == null || size < 1 || size > PageRequest.MAX_SIZE ? PageRequest.DEFAULT_SIZE : size.intValue();
        boolean tooFar = page != null && page > PageRequest.MAX_OFFSET / s; // divided: a product could overflow
        if (tooFar) {
            errors.add(new FieldError("page",
                    "quá xa: trang × cỡ trang tối đa " + PageRequest.MAX_OFFSET
                            + ", hãy lọc thêm (too far: page × size at most " + PageRequest.MAX_OFFSET
                            + "; narrow the search)"));
        }
        int p = page == null || page < 0 || tooFar ? 0 : page.intValue();
        return new PageRequest(p, s);
    }

    /** Throws a 400 listing every field read so far that was wrong. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Kiểm tra lại các tham số được nêu (check the parameters listed)", errors);
        }
    }
}
