package vn.danvan.target;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;

/** /api/v1/targets.xlsx: the targets of the list with their progress as an Excel workbook. */
@Path("/api/v1/targets.xlsx")
public class TargetExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TargetService service;

    @Inject
    BusinessClock clock;

    @GET
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public Response exportTargets(@QueryParam("unitId") String unitId, @QueryParam("directiveId") String directiveId,
            @QueryParam("year") String year) {
        RequestParams p = new RequestParams();
        TargetService.ListQuery q = TargetResource.query(p, unitId, directiveId, year);
        p.validate();
        byte[] workbook = service.workbook(q);
        String name = "chi-tieu-" + clock.today() + ".xlsx";
        return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
