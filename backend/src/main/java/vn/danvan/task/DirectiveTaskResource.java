package vn.danvan.task;

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

/** /api/v1/directives/{id}/tasks: a directive's tasks (a root of its own, so that it wins over /api/v1/directives). */
@Path("/api/v1/directives/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectiveTaskResource {

    @Inject
    TaskService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<TaskDto> listDirectiveTasks(@PathParam("id") String id) {
        return service.ofDirective(RequestParams.pathId(id));
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response createDirectiveTasks(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") TaskBatchDto body) {
        long directiveId = RequestParams.pathId(id);
        List<TaskDto> created = service.createAll(directiveId, body);
        return Response.created(URI.create("/api/v1/directives/" + directiveId + "/tasks")).entity(created).build();
    }
}
