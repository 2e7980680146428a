package vn.danvan.assignment;

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

/** /api/v1/assignments/{id}/sub-assignments: an assignment broken down to lower units (cascade). */
@Path("/api/v1/assignments/{id}/sub-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentSubResource {

    @Inject
    AssignmentService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<AssignmentDto> listSubAssignments(@PathParam("id") String id) {
        return service.subAssignments(RequestParams.pathId(id));
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response assignSubAssignments(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") AssignmentTargetsDto body) {
        long assignmentId = RequestParams.pathId(id);
        List<AssignmentDto> created = service.subAssign(assignmentId, body);
        return Response.created(URI.create("/api/v1/assignments/" + assignmentId + "/sub-assignments")).entity(created)
                .build();
    }
}
