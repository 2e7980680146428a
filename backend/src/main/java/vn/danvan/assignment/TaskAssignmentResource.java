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

/** /api/v1/tasks/{id}/assignments: a task's assignments (a root of its own, so that it wins over /api/v1/tasks). */
@Path("/api/v1/tasks/{id}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskAssignmentResource {

    @Inject
    AssignmentService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<AssignmentDto> listTaskAssignments(@PathParam("id") String id) {
        return service.ofTask(RequestParams.pathId(id));
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response assignTask(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") AssignmentTargetsDto body) {
        long taskId = RequestParams.pathId(id);
        List<AssignmentDto> created = service.assign(taskId, body);
        return Response.created(URI.create("/api/v1/tasks/" + taskId + "/assignments")).entity(created).build();
    }

    /** What assignTask would do with the same body: the same checks and answers, nothing written. */
    @POST
    @Path("/preview")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public AssignmentPreviewDto assignTaskPreview(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") AssignmentTargetsDto body) {
        return service.previewAssign(RequestParams.pathId(id), body);
    }
}
