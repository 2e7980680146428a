package vn.danvan.survey;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;
import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;

/**
 * /api/v1/public/satisfaction-surveys: without login — the published surveys and their results (chart data), the
 * questionnaire of an open survey and a resident's answers with a one-time code; every call rate-limited.
 */
@Path("/api/v1/public/satisfaction-surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicSurveyResource {

    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    SurveyResultService results;

    @Inject
    SurveyEntryService entries;

    @Inject
    PublicRateLimit limit;

    @Context
    HttpServerRequest request;

    @GET
    public PageResult<SurveyDtos.PublicSurvey> listPublicSatisfactionSurveys(
            @QueryParam("provinceCode") String provinceCode, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        limit.take(address(), null);
        RequestParams p = new RequestParams();
        String province = p.optionalText("provinceCode", provinceCode, 20);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return results.publicList(province, pageRequest);
    }

    @GET
    @Path("/{id}/results")
    public SurveyDtos.Results getPublicSatisfactionResults(@PathParam("id") String id) {
        long surveyId = RequestParams.pathId(id);
        limit.take(address(), surveyId);
        return results.publicResults(surveyId);
    }

    @GET
    @Path("/{id}/questionnaire")
    public SurveyDtos.Questionnaire getPublicSatisfactionQuestionnaire(@PathParam("id") String id) {
        long surveyId = RequestParams.pathId(id);
        limit.take(address(), surveyId);
        return entries.questionnaire(surveyId);
    }

    @POST
    @Path("/{id}/responses")
    public Response submitPublicSatisfactionResponse(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) SurveyDtos.PublicResponseWrite body) {
        long surveyId = RequestParams.pathId(id);
        limit.take(address(), surveyId);
        return Response.status(Response.Status.CREATED).entity(entries.submitPublic(surveyId, body)).build();
    }

    private String address() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
