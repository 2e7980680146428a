package vn.danvan.criteria.title;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.criteria.CriteriaDtos;
import vn.danvan.criteria.CriteriaSetService;
import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/recognition-titles: titles, and the versions of each title's criteria sets. */
@Path("/api/v1/recognition-titles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class RecognitionTitleResource {

    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    RecognitionTitleService titles;

    @Inject
    CriteriaSetService sets;

    @GET
    public List<CriteriaDtos.Title> listRecognitionTitles() {
        return titles.list();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response createRecognitionTitle(@Valid @NotNull(message = REQUIRED) CriteriaDtos.TitleCreate body) {
        CriteriaDtos.Title created = titles.create(body);
        return Response.created(URI.create("/api/v1/recognition-titles/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public CriteriaDtos.Title getRecognitionTitle(@PathParam("id") String id) {
        return titles.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    public CriteriaDtos.Title updateRecognitionTitle(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) CriteriaDtos.TitleUpdate body) {
        return titles.update(RequestParams.pathId(id), body);
    }

    @GET
    @Path("/{id}/criteria-sets")
    public List<CriteriaDtos.SetSummary> listCriteriaSets(@PathParam("id") String id) {
        return sets.list(RequestParams.pathId(id));
    }

    @POST
    @Path("/{id}/criteria-sets")
    @RolesAllowed(Role.ADMIN)
    public Response createCriteriaSet(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) CriteriaDtos.SetWrite body) {
        CriteriaDtos.Set created = sets.create(RequestParams.pathId(id), body);
        return Response.created(URI.create("/api/v1/criteria-sets/" + created.id())).entity(created).build();
    }
}
