package vn.danvan.common.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.common.security.Caller;

/**
 * Records every change to data in the caller's transaction: if the change rolls back, so does its audit event, and a
 * change cannot be committed without one.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditEventRepository repository;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, long entityId, AuditAction action, String unitPath, Object snapshot) {
        recordAs(caller.current().username(), entityType, entityId, action, unitPath, snapshot);
    }

    /** For changes made by the system itself (start-up data), named by {@code actor}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String entityType, long entityId, AuditAction action, String unitPath,
            Object snapshot) {
        AuditEvent event = new AuditEvent();
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.actor = actor;
        event.at = OffsetDateTime.now();
        event.unitPath = unitPath;
        try {
            event.changes = json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the audited record", e);
        }
        repository.persist(event);
    }
}
