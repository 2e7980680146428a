package vn.danvan.audit;

import org.mapstruct.Mapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.common.audit.AuditEvent;

/** Audit event entity → read DTO; the stored JSON snapshot is returned as JSON, not as a string. */
@Mapper
public interface AuditEventMapper {

    ObjectMapper JSON = new ObjectMapper();

    AuditEventDto toDto(AuditEvent event);

    default JsonNode toJson(String changes) {
        try {
            return JSON.readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit snapshot is not JSON", e);
        }
    }
}
