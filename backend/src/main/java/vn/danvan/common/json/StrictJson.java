package vn.danvan.common.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly:
 * <ul>
 * <li>one JSON value and nothing after it: {@code {}}} or {@code {"a":1} garbage} is a 400, not the first value with
 * the rest ignored (which let a cut-and-pasted body pass as an empty one);</li>
 * <li>no text holds a NUL character or half of a surrogate pair: PostgreSQL cannot store the first, UTF-8 cannot encode
 * the second, and no document has either; the field is named in a 400 instead of failing at the database.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("danvan-strict-text").addDeserializer(String.class, new Text()));
    }

    /** The position of the first character no text may hold, or -1. */
    public static int firstUnstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static final class Text extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && firstUnstorable(value) >= 0) {
                throw ctxt.weirdStringException("", String.class,
                        "chứa ký tự NUL hoặc nửa cặp thay thế (holds a NUL character or half a surrogate pair)");
            }
            return value;
        }
    }
}
