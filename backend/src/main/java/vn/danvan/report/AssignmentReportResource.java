package vn.danvan.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/assignments/{id}/reports: an assignment's report slots (a root of its own, over /api/v1/assignments). */
@Path("/api/v1/assignments/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentReportResource {

    @Inject
    ReportService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<ReportDtos.Slot> listAssignmentReports(@PathParam("id") String id) {
        return service.ofAssignment(RequestParams.pathId(id));
    }
}
