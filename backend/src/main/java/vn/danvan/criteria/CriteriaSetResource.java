package vn.danvan.criteria;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/criteria-sets: one version of a title's criteria, its transitions, and its .xlsx. */
@Path("/api/v1/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class CriteriaSetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    CriteriaSetService sets;

    @GET
    @Path("/template.xlsx")
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    public Response getCriteriaSetTemplate() {
        return workbook(sets.template(), "mau-bo-tieu-chi.xlsx");
    }

    @GET
    @Path("/{id}")
    public CriteriaDtos.Set getCriteriaSet(@PathParam("id") String id) {
        return sets.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    public CriteriaDtos.Set updateCriteriaSet(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) CriteriaDtos.SetUpdate body) {
        return sets.update(RequestParams.pathId(id), body);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    public Response deleteCriteriaSet(@PathParam("id") String id) {
        sets.delete(RequestParams.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/revise")
    @RolesAllowed(Role.ADMIN)
    public Response reviseCriteriaSet(@PathParam("id") String id) {
        CriteriaDtos.Set created = sets.revise(RequestParams.pathId(id));
        return Response.created(URI.create("/api/v1/criteria-sets/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.ADMIN)
    public CriteriaDtos.Set publishCriteriaSet(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) CriteriaDtos.Transition body) {
        return sets.publish(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Role.ADMIN)
    public CriteriaDtos.Set retireCriteriaSet(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) CriteriaDtos.Transition body) {
        return sets.retire(RequestParams.pathId(id), body);
    }

    @GET
    @Path("/{id}/criteria.xlsx")
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    public Response exportCriteriaSet(@PathParam("id") String id) {
        long setId = RequestParams.pathId(id);
        return workbook(sets.export(setId), "bo-tieu-chi-" + setId + ".xlsx");
    }

    @POST
    @Path("/{id}/criteria.xlsx")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN)
    public CriteriaDtos.Set importCriteriaSet(@PathParam("id") String id, @RestForm("file") FileUpload file,
            @RestForm("version") String version) {
        long setId = RequestParams.pathId(id);
        return sets.importSheet(setId, CriteriaSheet.versionOf(version), () -> CriteriaSheet.bytesOf(file));
    }

    private static Response workbook(byte[] content, String name) {
        return Response.ok(content, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
