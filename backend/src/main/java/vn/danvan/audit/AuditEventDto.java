package vn.danvan.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import vn.danvan.account.PersonDto;
import vn.danvan.common.audit.AuditAction;

/** One change (AuditEvent in openapi.yaml). */
public record AuditEventDto(Long id, String entityType, Long entityId, AuditAction action, String actor,
        PersonDto actorPerson, OffsetDateTime at, JsonNode changes) {
}
