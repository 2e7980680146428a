package vn.danvan.audit;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.account.PeopleService.People;
import vn.danvan.common.audit.AuditEvent;

/**
 * Audit event entity → read DTO; the stored JSON snapshot is returned as JSON, not as a string, and the actor named
 * from the people of the page.
 */
@Mapper
public interface AuditEventMapper {

    ObjectMapper JSON = new ObjectMapper();

    @Mapping(target = "actorPerson", expression = "java(people.of(event.actor))")
    AuditEventDto toDto(AuditEvent event, @Context People people);

    default JsonNode toJson(String changes) {
        try {
            return JSON.readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit snapshot is not JSON", e);
        }
    }
}
