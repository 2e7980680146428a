package vn.danvan.movement;

import java.net.URI;
import java.util.List;

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

/** /api/v1/emulation: movements, their fields, periods and rounds. */
@Path("/api/v1/emulation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementResource {

    @Inject
    MovementService service;

    @GET
    @Path("/movements")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<MovementDtos.Movement> listMovements() {
        return service.list();
    }

    @POST
    @Path("/movements")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response createMovement(@Valid @NotNull(message = "bắt buộc (required)") MovementDtos.Create body) {
        MovementDtos.Movement created = service.create(body);
        return Response.created(URI.create("/api/v1/emulation/movements/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/movements/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public MovementDtos.Movement getMovement(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/movements/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public MovementDtos.Movement updateMovement(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") MovementDtos.Update body) {
        return service.update(RequestParams.pathId(id), body);
    }

    @PUT
    @Path("/rounds/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public MovementDtos.Round updateRound(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") MovementDtos.RoundUpdate body) {
        return service.updateRound(RequestParams.pathId(id), body);
    }
}
