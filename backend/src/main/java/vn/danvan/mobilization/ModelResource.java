package vn.danvan.mobilization;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;

/** /api/v1/mobilization-models: registration, the list, a model's page and timeline, its own transitions. */
@Path("/api/v1/mobilization-models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelResource {

    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    ModelService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public PageResult<ModelDtos.Summary> listModels(@QueryParam("unitId") String unitId,
            @QueryParam("movementId") String movementId, @QueryParam("roundId") String roundId,
            @QueryParam("roundState") String roundState, @QueryParam("field") String field,
            @QueryParam("state") String state, @QueryParam("level") String level,
            @QueryParam("ownerKind") String ownerKind, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long unit = p.optionalLong("unitId", unitId);
        Long movement = p.optionalLong("movementId", movementId);
        Long round = p.optionalLong("roundId", roundId);
        ModelRoundState wantedRoundState = p.optionalEnum("roundState", roundState, ModelRoundState.class);
        String fieldCode = p.optionalText("field", field, 40);
        ModelState wantedState = p.optionalEnum("state", state, ModelState.class);
        ModelLevel wantedLevel = p.optionalEnum("level", level, ModelLevel.class);
        ModelOwnerKind wantedOwner = p.optionalEnum("ownerKind", ownerKind, ModelOwnerKind.class);
        String text = p.optionalText("q", q, 100);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(new ModelQuery(null, movement, round, wantedRoundState, null, wantedState, wantedLevel,
                wantedOwner, text), fieldCode, unit, pageRequest);
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response registerModel(@Valid @NotNull(message = REQUIRED) ModelDtos.Registration body) {
        ModelDtos.Model created = service.register(body);
        return Response.created(URI.create("/api/v1/mobilization-models/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public ModelDtos.Model getModel(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public ModelDtos.Model updateModel(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Update body) {
        return service.update(RequestParams.pathId(id), body);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<ModelDtos.Transition> getModelTimeline(@PathParam("id") String id) {
        return service.timeline(RequestParams.pathId(id));
    }

    @POST
    @Path("/{id}/rounds")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response enrollModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Enrollment body) {
        long modelId = RequestParams.pathId(id);
        ModelDtos.Model model = service.enroll(modelId, body);
        return Response.created(URI.create("/api/v1/mobilization-models/" + modelId)).entity(model).build();
    }

    @POST
    @Path("/{id}/discontinue")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Model discontinueModel(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Discontinuation body) {
        return service.discontinue(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Model publishModel(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.publish(RequestParams.pathId(id), body, true);
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Model unpublishModel(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.publish(RequestParams.pathId(id), body, false);
    }
}
