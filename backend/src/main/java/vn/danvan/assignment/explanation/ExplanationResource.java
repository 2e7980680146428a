package vn.danvan.assignment.explanation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/explanations/{id}: one explanation, and its answer. */
@Path("/api/v1/explanations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExplanationResource {

    @Inject
    ExplanationService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public ExplanationDtos.View getExplanation(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public ExplanationDtos.View answerExplanation(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") ExplanationDtos.Answer body) {
        return service.answer(RequestParams.pathId(id), body);
    }
}
