package vn.danvan.survey;

import java.net.URI;

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
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;

/**
 * /api/v1/satisfaction-surveys: the design and steps of a commune's survey, paper forms, one-time codes and the
 * aggregate results (JSON and .xlsx).
 */
@Path("/api/v1/satisfaction-surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class SurveyResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    SurveyService service;

    @Inject
    SurveyEntryService entries;

    @Inject
    SurveyResultService results;

    @Inject
    BusinessClock clock;

    @GET
    public PageResult<SurveyDtos.Summary> listSatisfactionSurveys(@QueryParam("unitId") String unitId,
            @QueryParam("state") String state, @QueryParam("titleId") String titleId, @QueryParam("year") String year,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long unit = p.optionalLong("unitId", unitId);
        SatisfactionSurveyState wanted = p.optionalEnum("state", state, SatisfactionSurveyState.class);
        Long title = p.optionalLong("titleId", titleId);
        Integer wantedYear = p.optionalInt("year", year, 1990, 2100);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(unit, wanted, title, wantedYear, pageRequest);
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response createSatisfactionSurvey(@Valid @NotNull(message = REQUIRED) SurveyDtos.Create body) {
        SurveyDtos.Survey created = service.create(body);
        return Response.created(URI.create("/api/v1/satisfaction-surveys/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public SurveyDtos.Survey getSatisfactionSurvey(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public SurveyDtos.Survey updateSatisfactionSurvey(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.Update body) {
        return service.update(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public SurveyDtos.Survey openSatisfactionSurvey(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.VersionOnly body) {
        return service.open(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public SurveyDtos.Survey closeSatisfactionSurvey(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.VersionOnly body) {
        return service.close(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public SurveyDtos.Survey publishSatisfactionSurvey(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.VersionOnly body) {
        return service.publish(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/responses")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response enterSatisfactionResponse(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.ResponseWrite body) {
        return Response.status(Response.Status.CREATED).entity(entries.enter(RequestParams.pathId(id), body)).build();
    }

    @POST
    @Path("/{id}/codes")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response generateSatisfactionCodes(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.CodeBatchWrite body) {
        return Response.status(Response.Status.CREATED).entity(entries.generateCodes(RequestParams.pathId(id), body))
                .build();
    }

    @GET
    @Path("/{id}/results")
    public SurveyDtos.Results getSatisfactionResults(@PathParam("id") String id) {
        return results.results(RequestParams.pathId(id));
    }

    @GET
    @Path("/{id}/results.xlsx")
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    public Response exportSatisfactionResults(@PathParam("id") String id) {
        long surveyId = RequestParams.pathId(id);
        byte[] workbook = results.export(surveyId);
        String name = "ket-qua-khao-sat-" + surveyId + "-" + clock.today() + ".xlsx";
        return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
