package vn.danvan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.account.PeopleService;
import vn.danvan.account.PeopleService.People;
import vn.danvan.common.audit.AuditEvent;
import vn.danvan.common.audit.AuditEventRepository;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.unit.UnitScopeService;

/** Reads the change history of one record, within the caller's unit. */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditEventRepository events;

    @Inject
    UnitScopeService scope;

    @Inject
    AuditEventMapper mapper;

    @Inject
    PeopleService people;

    @Transactional
    public PageResult<AuditEventDto> history(AuditedEntity type, long entityId, PageRequest pageRequest) {
        String path = events.unitPathOf(type.name(), entityId);
        if (path == null) {
            throw ProblemException.notFound("Lịch sử của (history of) " + type.name(), entityId);
        }
        PageResult<AuditEvent> page = events.history(type.name(), entityId, scope.scopePath(), pageRequest);
        People actors = people.byUsername(page.items().stream().map(e -> e.actor).toList());
        PageResult<AuditEventDto> found = page.map(e -> mapper.toDto(e, actors));
        if (found.total() == 0) {
            scope.requireInScope(path); // there is a history, and none of it is the caller's: 403
        }
        return found;
    }
}
