package vn.danvan.target;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/directives/{id}/targets: a directive's targets (a root of its own, so that it wins over /directives). */
@Path("/api/v1/directives/{id}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectiveTargetResource {

    @Inject
    TargetService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<TargetDtos.View> listDirectiveTargets(@PathParam("id") String id) {
        return service.ofDirective(RequestParams.pathId(id));
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response createTarget(@PathParam("id") String id,
            @Valid @NotNull(message = TargetDtos.REQUIRED) TargetDtos.Write body) {
        TargetDtos.View created = service.create(RequestParams.pathId(id), body);
        return Response.created(URI.create("/api/v1/targets/" + created.id())).entity(created).build();
    }
}
