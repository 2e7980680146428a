package vn.danvan.report;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;

/** /api/v1/reports/{id}: a period's report, its submission and its review. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public PageResult<ReportDtos.Slot> listReports(@QueryParam("inbox") String inbox,
            @QueryParam("status") String status, @QueryParam("organizationId") String organizationId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        boolean wantInbox = p.flag("inbox", inbox);
        ReportStatus wanted = p.optionalEnum("status", status, ReportStatus.class);
        Long organization = p.optionalLong("organizationId", organizationId);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(wantInbox, wanted, organization, pageRequest);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public ReportDtos.Slot getReport(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public ReportDtos.Slot submitReport(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") ReportDtos.Submission body) {
        return service.submit(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ReportDtos.Slot reviewReport(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") ReportDtos.Review body) {
        return service.review(RequestParams.pathId(id), body);
    }
}
