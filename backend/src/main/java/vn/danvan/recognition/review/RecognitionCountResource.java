package vn.danvan.recognition.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/recognition-counts: a year's recognition counts and criterion failures for a unit of the caller's scope. */
@Path("/api/v1/recognition-counts")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionCountResource {

    @Inject
    RecognitionCountService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public RecognitionCountDtos.Counts getRecognitionCounts(@QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("titleId") String titleId) {
        return service.counts(query(unitId, year, titleId));
    }

    @GET
    @Path("/criteria")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public RecognitionCountDtos.CriterionFailures getRecognitionCriterionFailures(@QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("titleId") String titleId) {
        return service.failures(query(unitId, year, titleId));
    }

    /** The counts' query parameters, read and checked once for the JSON and the workbook. */
    static RecognitionCountService.Query query(String unitId, String year, String titleId) {
        RequestParams p = new RequestParams();
        Long unit = positive(p, "unitId", unitId);
        Integer y = p.optionalInt("year", year, 1990, 2100);
        if (year == null || year.isBlank()) {
            p.reject("year", "bắt buộc (required)");
        }
        Long title = positive(p, "titleId", titleId);
        p.validate();
        return new RecognitionCountService.Query(unit, y, title);
    }

    private static Long positive(RequestParams p, String field, String raw) {
        return raw == null || raw.isBlank() ? null : p.id(field, raw);
    }
}
