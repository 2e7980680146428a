package vn.danvan.mobilization.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;

/** /api/v1/mobilization-models/funnel.xlsx: the same funnel as an Excel workbook. */
@Path("/api/v1/mobilization-models/funnel.xlsx")
public class FunnelExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FunnelService service;

    @Inject
    BusinessClock clock;

    @GET
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public Response exportModelFunnel(@QueryParam("roundId") String roundId, @QueryParam("unitId") String unitId,
            @QueryParam("field") String field, @QueryParam("ownerKind") String ownerKind) {
        FunnelService.Query q = FunnelResource.query(roundId, unitId, field, ownerKind);
        byte[] workbook = service.workbook(q);
        String name = "pheu-mo-hinh-dan-van-kheo-dot-" + q.roundId() + "-" + clock.today() + ".xlsx";
        return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
