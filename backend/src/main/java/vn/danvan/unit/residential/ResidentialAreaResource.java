package vn.danvan.unit.residential;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/residential-areas: one residential area; admins create and change them. */
@Path("/api/v1/residential-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentialAreaResource {

    @Inject
    ResidentialAreaService service;

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response createResidentialArea(
            @Valid @NotNull(message = "bắt buộc (required)") ResidentialAreaCreateDto body) {
        ResidentialAreaDto created = service.create(body);
        return Response.created(URI.create("/api/v1/residential-areas/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public ResidentialAreaDto getResidentialArea(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    public ResidentialAreaDto updateResidentialArea(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") ResidentialAreaUpdateDto body) {
        return service.update(RequestParams.pathId(id), body);
    }
}
