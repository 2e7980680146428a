package vn.danvan.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import vn.danvan.common.audit.AuditAction;

/** One change (AuditEvent in openapi.yaml). */
public record AuditEventDto(Long id, String entityType, Long entityId, AuditAction action, String actor,
        OffsetDateTime at, JsonNode changes) {
}
