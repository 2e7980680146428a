package vn.danvan.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes requests for one operation of the contract from its parameters and request body schema: sometimes valid, mostly
 * malformed in one way or several. Values are plain Java objects written as JSON by {@link #json}, which can also write
 * what no JSON library would (a lone surrogate escape, raw garbage).
 */
final class Generator {

    record Request(String target, String contentType, byte[] body) {
    }

    /** JSON text written as it is. */
    record Raw(String json) {
    }

    private static final List<String> ODD_IDS = List.of("0", "-1", "1", "2147483648", "9223372036854775807",
            "99999999999999999999999", "abc", "1.5", "1e3", "%20", "%00", "%F0%9F%98%80", "null", "%27%20OR%201%3D1--",
            "..%2F..%2Fetc");
    private static final List<Object> WRONG_VALUES = List.of("abc", "", 12345, -1, 0, 1.5, true, false, List.of(),
            Map.of(), List.of(1, "a", true), Map.of("a", Map.of("b", List.of())), new Raw("null"),
            new Raw("99999999999999999999999"), new Raw("-9223372036854775809"), new Raw("1e308"), new Raw("-0.0"),
            new Raw("1E-400"));
    private static final List<String> ODD_STRINGS = List.of("\u0000", "a\u0000b", "\uFEFF", "a\u0301\u0301\u0301", "😀",
            "\u202Eabc", "\u200B", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ư̛̛̛̛̛̛", "\n\r\t", "%00", "' OR 1=1 --",
            "<script>alert(1)</script>", "../../etc/passwd", "Ｆｕｌｌｗｉｄｔｈ", "NOT_AN_ENUM", "plan", " ", "2026-02-30",
            "30/02/2026", "2026-13-01", "0000-00-00", "99999-01-01", "-2026-01-01", "2026-1-1", "2026-03-02T25:61:00",
            "\\", "\"", "%s%n", "${jndi:ldap://x}", "dân vận khéo", "DÂN VẬN KHÉO", "dan van kheo");
    private static final List<String> BAD_BODIES = List.of("", "null", "[]", "42", "\"text\"", "{", "{\"a\":}",
            "{\"a\":1,}", "{'a':1}", "{\"a\":1}{\"b\":2}", "\u0000", "{\"\\ud800\":1}", "[".repeat(2000),
            "{\"a\":".repeat(1500) + "1" + "}".repeat(1500));

    private final JsonNode contract;
    private final List<String> ids;

    Generator(JsonNode contract, List<String> ids) {
        this.contract = contract;
        this.ids = ids;
    }

    Request request(Random r, String pathTemplate, JsonNode pathItem, String method, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        String path = pathTemplate;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                String id = r.nextInt(10) < 6 ? ids.get(r.nextInt(ids.size())) : ODD_IDS.get(r.nextInt(ODD_IDS.size()));
                path = path.replace("{" + name + "}", id);
            } else if (in.equals("query") && r.nextBoolean()) {
                Object value = r.nextInt(10) < 3 ? valid(r, parameter.path("schema"), 0) : wrong(r);
                String piece = name + "=" + encode(value);
                // the whole target stays under the HTTP layer's 64 KiB ceiling, however many parameters there are
                if (query.length() + piece.length() < 50_000) { // + "unexpected" (12,000) stays under 64 KiB
                    query.append(query.length() == 0 ? '?' : '&').append(piece);
                }
            }
        }
        if (r.nextInt(10) == 0) {
            query.append(query.length() == 0 ? '?' : '&').append("unexpected=").append(encode(wrong(r)));
        }
        if (r.nextInt(15) == 0) { // a parameter given twice, or without a value
            query.append(query.length() == 0 ? '?' : '&').append("page&page=1&page=x");
        }
        String target = path + query;
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return new Request(target, r.nextInt(8) == 0 ? "application/json" : null,
                    r.nextInt(8) == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : null);
        }
        String type = content.fieldNames().next();
        if (type.startsWith("multipart/")) {
            return multipart(r, target);
        }
        return new Request(target, r.nextInt(25) == 0 ? "text/plain" : "application/json",
                jsonBody(r, content.path(type).path("schema")));
    }

    private byte[] jsonBody(Random r, JsonNode schema) {
        int shape = r.nextInt(20);
        if (shape < 2) {
            return BAD_BODIES.get(r.nextInt(BAD_BODIES.size())).getBytes(StandardCharsets.UTF_8);
        }
        if (shape == 2) {
            return new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }; // not UTF-8
        }
        Object body = valid(r, schema, 0);
        if (shape > 4 && body instanceof Map<?, ?> map && !map.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            List<String> keys = new ArrayList<>(fields.keySet());
            int mutations = 1 + r.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                String key = keys.get(r.nextInt(keys.size()));
                switch (r.nextInt(6)) {
                case 0 -> fields.remove(key);
                case 1 -> fields.put("unexpected" + m, wrong(r));
                case 2, 3 -> { // keep the type, change the content: the request gets as far as the database
                    if (fields.get(key) instanceof String) {
                        fields.put(key, r.nextBoolean() ? ODD_STRINGS.get(r.nextInt(ODD_STRINGS.size()))
                                : new Raw(r.nextBoolean() ? "\"\\u0000\"" : "\"x\\ud800y\""));
                    }
                }
                default -> fields.put(key, wrong(r));
                }
            }
        } else if (shape > 4) {
            body = wrong(r);
        }
        return json(body).getBytes(StandardCharsets.UTF_8);
    }

    private Request multipart(Random r, String target) {
        String boundary = "fuzz" + r.nextInt(1_000_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = r.nextInt(6) == 0 ? "document" : "file";
        String filename = switch (r.nextInt(5)) {
        case 0 -> "báo cáo.pdf";
        case 1 -> "a".repeat(2000) + ".docx";
        case 2 -> "../../x.png";
        case 3 -> "\u0000.pdf";
        default -> "minh-chung.jpg";
        };
        byte[] file = switch (r.nextInt(6)) {
        case 0 -> new byte[0];
        case 1 -> "%PDF-1.4\n%garbage".getBytes(StandardCharsets.UTF_8);
        case 2 -> new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3 };
        case 3 -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1 };
        default -> {
            byte[] bytes = new byte[r.nextInt(4096)];
            r.nextBytes(bytes);
            yield bytes;
        }
        };
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        if (r.nextInt(5) > 0) {
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String type = r.nextInt(8) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
        return new Request(target, type, out.toByteArray());
    }

    /** A value the schema allows, with random content. */
    Object valid(Random r, JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(r.nextInt(schema.get("enum").size())).asText();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
        case "object" -> {
            Map<String, Object> object = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (depth < 4 && (required.contains(property.getKey()) || r.nextBoolean())) {
                    object.put(property.getKey(),
                            property.getKey().endsWith("Id") && r.nextInt(4) > 0
                                    ? Long.parseLong(ids.get(r.nextInt(ids.size())))
                                    : valid(r, property.getValue(), depth + 1));
                }
            }
            yield object;
        }
        case "array" -> {
            List<Object> list = new ArrayList<>();
            int n = depth < 4 ? r.nextInt(4) : 0;
            for (int i = 0; i < n; i++) {
                list.add(valid(r, schema.path("items"), depth + 1));
            }
            yield list;
        }
        case "integer" -> {
            long min = schema.path("minimum").asLong(0);
            long max = schema.path("maximum").asLong(min + 1000);
            yield min + (long) (r.nextDouble() * (max - min));
        }
        case "number" -> r.nextDouble() * 1000;
        case "boolean" -> r.nextBoolean();
        default -> switch (schema.path("format").asText()) {
        case "date" -> "2026-%02d-%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28));
        case "date-time" -> "2026-03-02T10:15:30Z";
        default -> {
            int max = Math.min(schema.path("maxLength").asInt(200), 200);
            String words = "Ban Dân vận Tỉnh ủy phối hợp Mặt trận Tổ quốc xã hướng dẫn các ấp nhân rộng mô hình";
            int length = max == 0 ? 0 : 1 + r.nextInt(max);
            yield words.repeat(1 + length / words.length()).substring(0, length).strip();
        }
        };
        };
    }

    /** A value of the wrong type, out of range, huge, or an odd string. */
    Object wrong(Random r) {
        return switch (r.nextInt(4)) {
        case 0 -> WRONG_VALUES.get(r.nextInt(WRONG_VALUES.size()));
        case 1 -> r.nextBoolean() ? "Dân vận khéo ".repeat(1 + r.nextInt(20_000)) : "x".repeat(1 + r.nextInt(300_000));
        case 2 -> r.nextInt(4) == 0 ? new Raw("\"\\ud800\"") : new Raw("\"a\\udc00b\"");
        default -> ODD_STRINGS.get(r.nextInt(ODD_STRINGS.size()));
        };
    }

    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            String[] parts = node.get("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : parts) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    /**
     * A query value, cut to 12,000 characters: over the API's 8 KiB limit (a problem+json 414), under the HTTP layer's
     * own ceiling of 64 KiB, beyond which Netty answers a bare 414 before any handler (documented in HttpLimits).
     */
    private static String encode(Object value) {
        String text = value instanceof Raw raw ? raw.json() : String.valueOf(value);
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
        return encoded.length() <= 12_000 ? encoded : encoded.substring(0, 12_000).replaceAll("%[0-9A-F]?$", "");
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
