package vn.danvan.recognition;

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

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/recognition-decisions/{id}: a decision with its status today, and its revocation. */
@Path("/api/v1/recognition-decisions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionDecisionResource {

    @Inject
    RecognitionDecisionService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public RecognitionDtos.Decision getRecognitionDecision(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @POST
    @Path("/revoke")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Decision revokeRecognitionDecision(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") RecognitionDtos.Revocation body) {
        return service.revoke(RequestParams.pathId(id), body);
    }
}
