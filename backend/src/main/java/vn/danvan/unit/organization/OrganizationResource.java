package vn.danvan.unit.organization;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;
import vn.danvan.unit.UnitLevel;

/** /api/v1/organizations: one organization; admins create and change them. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationService service;

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response createOrganization(@Valid @NotNull(message = "bắt buộc (required)") OrganizationCreateDto body) {
        OrganizationDto created = service.create(body);
        return Response.created(URI.create("/api/v1/organizations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public PageResult<OrganizationDto> listOrganizations(@QueryParam("q") String q, @QueryParam("unitId") String unitId,
            @QueryParam("level") String level, @QueryParam("forTaskId") String forTaskId,
            @QueryParam("kind") String kind, @QueryParam("validOn") String validOn,
            @QueryParam("includeEnded") String includeEnded, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        String text = p.optionalText("q", q, 100);
        Long unit = p.optionalLong("unitId", unitId);
        UnitLevel unitLevel = p.optionalEnum("level", level, UnitLevel.class);
        Long task = p.optionalLong("forTaskId", forTaskId);
        OrganizationKind organizationKind = p.optionalEnum("kind", kind, OrganizationKind.class);
        var day = p.optionalDate("validOn", validOn);
        boolean ended = p.flag("includeEnded", includeEnded);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.search(text, unit, unitLevel, task, organizationKind, day, ended, pageRequest);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public OrganizationDto getOrganization(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    public OrganizationDto updateOrganization(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") OrganizationUpdateDto body) {
        return service.update(RequestParams.pathId(id), body);
    }
}
