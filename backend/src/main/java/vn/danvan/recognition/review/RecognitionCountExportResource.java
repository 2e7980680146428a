package vn.danvan.recognition.review;

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

/** /api/v1/recognition-counts.xlsx: the same counts and criteria as an Excel workbook. */
@Path("/api/v1/recognition-counts.xlsx")
public class RecognitionCountExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RecognitionCountService service;

    @Inject
    BusinessClock clock;

    @GET
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public Response exportRecognitionCounts(@QueryParam("unitId") String unitId, @QueryParam("year") String year,
            @QueryParam("titleId") String titleId) {
        RecognitionCountService.Query q = RecognitionCountResource.query(unitId, year, titleId);
        byte[] workbook = service.workbook(q);
        String name = "cong-nhan-khu-dan-cu-" + q.year() + "-" + clock.today() + ".xlsx";
        return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
