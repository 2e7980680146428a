package vn.danvan.mobilization;

import java.net.URI;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.common.error.RequestParams;
import vn.danvan.common.security.Role;

/** /api/v1/model-rounds/{id}: a model's record for one round, its transitions and its evidence. */
@Path("/api/v1/model-rounds/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelRoundResource {

    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    ModelRoundService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public ModelDtos.Round getModelRound(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @POST
    @Path("/start")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public ModelDtos.Round startModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.start(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/report-results")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public ModelDtos.Round reportModelResults(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Results body) {
        return service.reportResults(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/submit")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public ModelDtos.Round submitModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.submit(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/appraise")
    @RolesAllowed({ Role.ADMIN, Role.APPRAISER })
    public ModelDtos.Round appraiseModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Appraisal body) {
        return service.appraise(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/return")
    @RolesAllowed({ Role.ADMIN, Role.APPRAISER })
    public ModelDtos.Round returnModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Return body) {
        return service.returnForCompletion(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/recognize")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Round recognizeModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.Recognition body) {
        return service.recognize(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/mark-exemplary")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Round markModelExemplary(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.markExemplary(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/propose-commendation")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Round proposeModelCommendation(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.proposeCommendation(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/commend")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Round commendModelRound(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.CommendationWrite body) {
        return service.commend(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/propose-upward")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public ModelDtos.Round proposeModelUpward(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) ModelDtos.VersionOnly body) {
        return service.proposeUpward(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response addModelRoundAttachment(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        long recordId = RequestParams.pathId(id);
        AttachmentDto added = service.addEvidence(recordId, file == null ? null : file.fileName(),
                AttachmentService.bytesOf(file));
        return Response.created(URI.create("/api/v1/model-rounds/" + recordId + "/attachments/" + added.id()))
                .entity(added).build();
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public Response downloadModelRoundAttachment(@PathParam("id") String id,
            @PathParam("attachmentId") String attachmentId) {
        return AttachmentService.download(
                service.openEvidence(RequestParams.pathId(id), AttachmentService.attachmentIdOf(attachmentId)));
    }
}
