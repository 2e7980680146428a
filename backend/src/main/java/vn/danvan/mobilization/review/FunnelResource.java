package vn.danvan.mobilization.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;
import vn.danvan.mobilization.ModelOwnerKind;

/** /api/v1/mobilization-models/funnel: the funnel of a round for a unit of the caller's scope. */
@Path("/api/v1/mobilization-models/funnel")
@Produces(MediaType.APPLICATION_JSON)
public class FunnelResource {

    @Inject
    FunnelService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public FunnelDtos.Funnel getModelFunnel(@QueryParam("roundId") String roundId, @QueryParam("unitId") String unitId,
            @QueryParam("field") String field, @QueryParam("ownerKind") String ownerKind) {
        return service.funnel(query(roundId, unitId, field, ownerKind));
    }

    /** The funnel's query parameters, read and checked once for the JSON and the workbook. */
    static FunnelService.Query query(String roundId, String unitId, String field, String ownerKind) {
        RequestParams p = new RequestParams();
        Long round = p.id("roundId", roundId);
        Long unit = p.optionalLong("unitId", unitId);
        String fieldCode = p.optionalText("field", field, 40);
        ModelOwnerKind owner = p.optionalEnum("ownerKind", ownerKind, ModelOwnerKind.class);
        p.validate();
        return new FunnelService.Query(round, unit, fieldCode == null ? null : fieldCode.strip(), owner);
    }
}
