package vn.danvan.report;

import java.time.LocalDate;

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

    @Inject
    ReportBulkReviewService bulk;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public PageResult<ReportDtos.Slot> listReports(@QueryParam("inbox") String inbox,
            @QueryParam("status") String status, @QueryParam("organizationId") String organizationId,
            @QueryParam("taskId") String taskId, @QueryParam("directiveId") String directiveId,
            @QueryParam("period") String period, @QueryParam("dueFrom") String dueFrom,
            @QueryParam("dueTo") String dueTo, @QueryParam("late") String late, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        boolean wantInbox = p.flag("inbox", inbox);
        ReportStatus wanted = p.optionalEnum("status", status, ReportStatus.class);
        Long organization = p.optionalLong("organizationId", organizationId);
        Long task = p.optionalLong("taskId", taskId);
        Long directive = p.optionalLong("directiveId", directiveId);
        PeriodKind periodKind = p.optionalEnum("period", period, PeriodKind.class);
        LocalDate from = p.optionalDate("dueFrom", dueFrom);
        LocalDate to = p.optionalDate("dueTo", dueTo);
        if (from != null && to != null && to.isBefore(from)) {
            p.reject("dueTo", "trước dueFrom (before dueFrom)");
        }
        Boolean wantLate = late == null || late.isBlank() ? null : p.flag("late", late);
        String text = p.optionalText("q", q, 100);
        ReportSort order = null;
        if (sort != null && !sort.isBlank()) {
            order = ReportSort.of(sort.trim()).orElse(null);
            if (order == null) {
                p.reject("sort", "phải là một trong (must be one of) " + ReportSort.allowed());
            }
        }
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(new ReportQuery(wantInbox, wanted, organization, task, directive, periodKind, from, to,
                wantLate, text, order), pageRequest);
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

    /** Many reviews at once: 200 with a result per report; 403 only for a caller whose role reviews nothing. */
    @POST
    @Path("/reviews")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ReportBulkReviewDtos.Result reviewReports(
            @Valid @NotNull(message = "bắt buộc (required)") ReportBulkReviewDtos.Request body) {
        return bulk.review(body);
    }
}
