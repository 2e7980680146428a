package vn.danvan.unit;

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
import vn.danvan.unit.organization.OrganizationDto;
import vn.danvan.unit.organization.OrganizationService;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/** /api/v1/units: read the unit tree; admins change it. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService service;

    @Inject
    OrganizationService organizations;

    @Inject
    ResidentialAreaService residentialAreas;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public PageResult<UnitSummaryDto> listUnits(@QueryParam("q") String q, @QueryParam("parentId") String parentId,
            @QueryParam("level") String level, @QueryParam("validOn") String validOn,
            @QueryParam("includeEnded") String includeEnded, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        String text = p.optionalText("q", q, 100);
        Long parent = p.optionalLong("parentId", parentId);
        UnitLevel unitLevel = p.optionalEnum("level", level, UnitLevel.class);
        var day = p.optionalDate("validOn", validOn);
        boolean ended = p.flag("includeEnded", includeEnded);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(text, parent, unitLevel, day, ended, pageRequest);
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response createUnit(@Valid @NotNull(message = "bắt buộc (required)") UnitCreateDto body) {
        UnitDetailDto created = service.create(body);
        return Response.created(URI.create("/api/v1/units/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/by-code/{code}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public UnitLookupDto getUnitByCode(@PathParam("code") String code) {
        RequestParams p = new RequestParams();
        String value = p.optionalText("code", code, 20);
        p.validate();
        return service.byCode(value);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public UnitDetailDto getUnit(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    public UnitDetailDto updateUnit(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") UnitUpdateDto body) {
        return service.update(RequestParams.pathId(id), body);
    }

    @GET
    @Path("/{id}/organizations")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public PageResult<OrganizationDto> listUnitOrganizations(@PathParam("id") String id,
            @QueryParam("validOn") String validOn, @QueryParam("includeEnded") String includeEnded,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long unitId = p.id("id", id);
        var day = p.optionalDate("validOn", validOn);
        boolean ended = p.flag("includeEnded", includeEnded);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return organizations.listOfUnit(unitId, day, ended, pageRequest);
    }

    @GET
    @Path("/{id}/residential-areas")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public PageResult<ResidentialAreaDto> listUnitResidentialAreas(@PathParam("id") String id,
            @QueryParam("q") String q, @QueryParam("includeEnded") String includeEnded, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long unitId = p.id("id", id);
        String text = p.optionalText("q", q, 100);
        boolean ended = p.flag("includeEnded", includeEnded);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return residentialAreas.listOfUnit(unitId, text, ended, pageRequest);
    }

}
