package vn.danvan.assignment.explanation;

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

/** /api/v1/assignments/{id}/explanations: the explanations demanded of an overdue assignment. */
@Path("/api/v1/assignments/{id}/explanations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentExplanationResource {

    @Inject
    ExplanationService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<ExplanationDtos.View> listExplanations(@PathParam("id") String id) {
        return service.ofAssignment(RequestParams.pathId(id));
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.LEADER })
    public Response requestExplanation(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") ExplanationDtos.Request body) {
        ExplanationDtos.View created = service.request(RequestParams.pathId(id), body);
        return Response.created(URI.create("/api/v1/explanations/" + created.id())).entity(created).build();
    }
}
