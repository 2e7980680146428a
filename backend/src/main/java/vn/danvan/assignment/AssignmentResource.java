package vn.danvan.assignment;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;

/** /api/v1/assignments: "my organization's work", the summary leaders read, one assignment. */
@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    AssignmentService service;

    @Inject
    BusinessClock clock;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public PageResult<AssignmentDto> listAssignments(@QueryParam("organizationId") String organizationId,
            @QueryParam("bucket") String bucket, @QueryParam("asOf") String asOf, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long organization = p.optionalLong("organizationId", organizationId);
        Bucket wanted = p.optionalEnum("bucket", bucket, Bucket.class);
        var day = p.optionalDate("asOf", asOf);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(organization, wanted, day, pageRequest);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public AssignmentSummaryDto summarizeAssignments(@QueryParam("unitId") String unitId,
            @QueryParam("asOf") String asOf, @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
            @QueryParam("dueSoonDays") String dueSoonDays) {
        SummaryQuery q = SummaryQuery.of(unitId, asOf, dueFrom, dueTo, dueSoonDays);
        return service.summary(q.unitId(), q.asOf(), q.dueFrom(), q.dueTo(), q.dueSoonDays());
    }

    @GET
    @Path("/summary/export")
    @Produces({ SummaryExport.XLSX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public Response exportAssignmentSummary(@QueryParam("unitId") String unitId, @QueryParam("asOf") String asOf,
            @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
            @QueryParam("dueSoonDays") String dueSoonDays) {
        SummaryQuery q = SummaryQuery.of(unitId, asOf, dueFrom, dueTo, dueSoonDays);
        byte[] workbook = service.summaryWorkbook(q.unitId(), q.asOf(), q.dueFrom(), q.dueTo(), q.dueSoonDays());
        return SummaryExport.download(workbook, q.asOf() != null ? q.asOf() : clock.today());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public AssignmentDto getAssignment(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public AssignmentDto updateAssignment(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") AssignmentUpdateDto body) {
        return service.update(RequestParams.pathId(id), body);
    }

    /** The summary's query parameters, read and checked once for the JSON and the workbook. */
    record SummaryQuery(Long unitId, java.time.LocalDate asOf, java.time.LocalDate dueFrom, java.time.LocalDate dueTo,
            int dueSoonDays) {

        static SummaryQuery of(String unitId, String asOf, String dueFrom, String dueTo, String dueSoonDays) {
            RequestParams p = new RequestParams();
            Long unit = p.optionalLong("unitId", unitId);
            var day = p.optionalDate("asOf", asOf);
            var from = p.optionalDate("dueFrom", dueFrom);
            var to = p.optionalDate("dueTo", dueTo);
            Integer soon = p.optionalInt("dueSoonDays", dueSoonDays, 0, 90);
            if (from != null && to != null && to.isBefore(from)) {
                p.reject("dueTo", "trước dueFrom (before dueFrom)");
            }
            p.validate();
            return new SummaryQuery(unit, day, from, to, soon == null ? 7 : soon);
        }
    }
}
