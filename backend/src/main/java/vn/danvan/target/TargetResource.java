package vn.danvan.target;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.security.Role;

/** /api/v1/targets: the targets of the caller's scope with their progress; one target, its trend and missing units. */
@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class TargetResource {

    @Inject
    TargetService service;

    @GET
    public TargetDtos.Page listTargets(@QueryParam("unitId") String unitId,
            @QueryParam("directiveId") String directiveId, @QueryParam("year") String year,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        TargetService.ListQuery q = query(p, unitId, directiveId, year);
        PageRequest paging = p.page(page, size);
        p.validate();
        return service.list(q, paging);
    }

    @GET
    @Path("/{id}")
    public TargetDtos.View getTarget(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public TargetDtos.View updateTarget(@PathParam("id") String id,
            @Valid @NotNull(message = TargetDtos.REQUIRED) TargetDtos.Update body) {
        return service.update(RequestParams.pathId(id), body);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response deleteTarget(@PathParam("id") String id, @QueryParam("version") String version) {
        RequestParams p = new RequestParams();
        Long target = p.id("id", id);
        Long v = p.optionalLong("version", version);
        if (version == null || version.isBlank()) {
            p.reject("version", TargetDtos.REQUIRED);
        } else if (v != null && v < 0) {
            p.reject("version", "không âm (0 or more)");
        }
        p.validate();
        service.delete(target, v);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/progress")
    public TargetDtos.ProgressDetail getTargetProgress(@PathParam("id") String id) {
        return service.progress(RequestParams.pathId(id));
    }

    @GET
    @Path("/{id}/missing-units")
    public TargetDtos.MissingUnitPage listTargetMissingUnits(@PathParam("id") String id, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long target = p.id("id", id);
        String text = p.optionalText("q", q, 100);
        PageRequest paging = p.page(page, size);
        p.validate();
        return service.missing(target, text, paging);
    }

    /** The list's and the export's filters, read once. */
    static TargetService.ListQuery query(RequestParams p, String unitId, String directiveId, String year) {
        Long unit = unitId == null || unitId.isBlank() ? null : p.id("unitId", unitId);
        Long directive = directiveId == null || directiveId.isBlank() ? null : p.id("directiveId", directiveId);
        Integer y = p.optionalInt("year", year, 1990, 2100);
        return new TargetService.ListQuery(unit, directive, y);
    }
}
