package vn.danvan.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;

/** /api/v1/audit-events: who changed a record, what and when. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.LEADER })
    public PageResult<AuditEventDto> listAuditEvents(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        AuditedEntity type = p.requiredEnum("entityType", entityType, AuditedEntity.class);
        Long id = p.id("entityId", entityId);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.history(type, id, pageRequest);
    }
}
