package vn.danvan.rural;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;

/** /api/v1/rural/communes: the communes' NTM status, a commune's criteria page, standing and decisions. */
@Path("/api/v1/rural/communes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class RuralCommuneResource {

    @Inject
    RuralStatusService status;

    @Inject
    RuralAssessmentService writes;

    @GET
    public PageResult<RuralDtos.CommuneRow> listRuralCommunes(@QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("level") String level, @QueryParam("group") String group,
            @QueryParam("kind") String kind, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long unit = p.optionalLong("unitId", unitId);
        Integer wantedYear = p.optionalInt("year", year, 2010, 2100);
        RuralLevelFilter wantedLevel = p.optionalEnum("level", level, RuralLevelFilter.class);
        Integer wantedGroup = p.optionalInt("group", group, 1, 3);
        UnitKind wantedKind = p.optionalEnum("kind", kind, UnitKind.class);
        String text = p.optionalText("q", q, 100);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return status.list(unit, wantedYear, wantedLevel, wantedGroup, wantedKind == null ? null : wantedKind.name(),
                text, pageRequest);
    }

    @GET
    @Path("/{unitId}/criteria")
    public RuralDtos.CriteriaPage getRuralCommuneCriteria(@PathParam("unitId") String unitId,
            @QueryParam("setId") String setId, @QueryParam("from") String from, @QueryParam("to") String to) {
        RequestParams p = new RequestParams();
        Long set = p.optionalLong("setId", setId);
        Integer first = p.optionalInt("from", from, 2010, 2100);
        Integer last = p.optionalInt("to", to, 2010, 2100);
        p.validate();
        return status.criteriaPage(RequestParams.pathId(unitId), set, first, last);
    }

    @GET
    @Path("/{unitId}/standing")
    public RuralDtos.Standing getRuralCommuneStanding(@PathParam("unitId") String unitId,
            @QueryParam("year") String year) {
        RequestParams p = new RequestParams();
        Integer wanted = p.optionalInt("year", year, 2010, 2100);
        p.validate();
        return status.standing(RequestParams.pathId(unitId), wanted);
    }

    @GET
    @Path("/{unitId}/recognitions")
    public List<RuralDtos.Recognition> listRuralRecognitions(@PathParam("unitId") String unitId) {
        return status.recognitions(RequestParams.pathId(unitId));
    }

    @POST
    @Path("/{unitId}/recognitions")
    @RolesAllowed(Role.ADMIN)
    public Response recordRuralRecognition(@PathParam("unitId") String unitId,
            @Valid @NotNull(message = RuralDtos.REQUIRED) RuralDtos.RecordedDecisionWrite body) {
        long unit = RequestParams.pathId(unitId);
        RuralDtos.Recognition recorded = writes.record(unit, body);
        return Response.created(URI.create("/api/v1/recognition-decisions/" + recorded.decisionId())).entity(recorded)
                .build();
    }

    /** The kinds of commune the list filters by (xã, phường, đặc khu). */
    public enum UnitKind {
        COMMUNE, WARD, SPECIAL_ZONE
    }
}
