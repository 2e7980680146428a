package vn.danvan.common.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;

/** Reads and appends audit events; never updates nor deletes them. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /** The events of a record whose own unit path lies under the scope path: each event is checked on its own. */
    public PageResult<AuditEvent> history(String entityType, long entityId, String scopePath, PageRequest page) {
        var query = find("entityType = ?1 and entityId = ?2 and unitPath like ?3",
                Sort.descending("at").and("id", Sort.Direction.Descending), entityType, entityId,
                scopePath.replace("%", "\\%").replace("_", "\\_") + "%").page(Page.of(page.page(), page.size()));
        return new PageResult<>(query.list(), page.page(), page.size(), query.count());
    }

    public String unitPathOf(String entityType, long entityId) {
        return find("entityType = ?1 and entityId = ?2", Sort.descending("id"), entityType, entityId)
                .firstResultOptional().map(e -> e.unitPath).orElse(null);
    }
}
