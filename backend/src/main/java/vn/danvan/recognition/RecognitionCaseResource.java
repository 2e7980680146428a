package vn.danvan.recognition;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Role;

/** /api/v1/recognition-cases: registration, the list, a case and its timeline, each step of its way to a decision. */
@Path("/api/v1/recognition-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class RecognitionCaseResource {

    private static final String REQUIRED = "bắt buộc (required)";

    @Inject
    RecognitionCaseService service;

    @Inject
    RecognitionAssessmentService assessments;

    @GET
    public PageResult<RecognitionDtos.Summary> listRecognitionCases(@QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("titleId") String titleId, @QueryParam("state") String state,
            @QueryParam("residentialAreaId") String residentialAreaId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        Long unit = p.optionalLong("unitId", unitId);
        Integer wantedYear = p.optionalInt("year", year, 1990, 2100);
        Long title = p.optionalLong("titleId", titleId);
        RecognitionCaseState wantedState = p.optionalEnum("state", state, RecognitionCaseState.class);
        Long area = p.optionalLong("residentialAreaId", residentialAreaId);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(unit, wantedYear, title, wantedState, area, pageRequest);
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response registerRecognitionCase(@Valid @NotNull(message = REQUIRED) RecognitionDtos.Registration body) {
        RecognitionDtos.Case created = service.register(body);
        return Response.created(URI.create("/api/v1/recognition-cases/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public RecognitionDtos.Case getRecognitionCase(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @GET
    @Path("/{id}/timeline")
    public List<RecognitionDtos.Event> getRecognitionCaseTimeline(@PathParam("id") String id) {
        return service.timeline(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}/assessments/{criterionId}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public RecognitionDtos.Assessment selfAssessRecognitionCriterion(@PathParam("id") String id,
            @PathParam("criterionId") String criterionId,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.SelfAssessment body) {
        return assessments.selfAssess(RequestParams.pathId(id), RequestParams.pathId(criterionId), body);
    }

    @POST
    @Path("/{id}/assessments/{criterionId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response addRecognitionEvidence(@PathParam("id") String id, @PathParam("criterionId") String criterionId,
            @RestForm("file") FileUpload file) {
        long caseId = RequestParams.pathId(id);
        long criterion = RequestParams.pathId(criterionId);
        AttachmentDto added = assessments.addEvidence(caseId, criterion, file == null ? null : file.fileName(),
                AttachmentService.bytesOf(file));
        return Response.created(URI.create(
                "/api/v1/recognition-cases/" + caseId + "/assessments/" + criterion + "/attachments/" + added.id()))
                .entity(added).build();
    }

    @GET
    @Path("/{id}/assessments/{criterionId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadRecognitionEvidence(@PathParam("id") String id,
            @PathParam("criterionId") String criterionId, @PathParam("attachmentId") String attachmentId) {
        return AttachmentService.download(assessments.openEvidence(RequestParams.pathId(id),
                RequestParams.pathId(criterionId), AttachmentService.attachmentIdOf(attachmentId)));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public RecognitionDtos.Case submitRecognitionSelfAssessment(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.VersionOnly body) {
        return service.submit(RequestParams.pathId(id), body);
    }

    @PUT
    @Path("/{id}/reviews/{criterionId}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Assessment reviewRecognitionCriterion(@PathParam("id") String id,
            @PathParam("criterionId") String criterionId,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.ReviewWrite body) {
        return assessments.review(RequestParams.pathId(id), RequestParams.pathId(criterionId), body);
    }

    @POST
    @Path("/{id}/complete-review")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Case completeRecognitionReview(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.VersionOnly body) {
        return service.completeReview(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/post")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Case postRecognitionCase(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.Posting body) {
        return service.post(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/posting-comments")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response addRecognitionPostingComment(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.PostingCommentWrite body) {
        long caseId = RequestParams.pathId(id);
        RecognitionDtos.Case updated = service.addComment(caseId, body);
        return Response.created(URI.create("/api/v1/recognition-cases/" + caseId)).entity(updated).build();
    }

    @POST
    @Path("/{id}/council")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Case recordRecognitionCouncil(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.Council body) {
        return service.council(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/appraise")
    @RolesAllowed({ Role.ADMIN, Role.APPRAISER })
    public RecognitionDtos.Case appraiseRecognitionCase(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.Appraisal body) {
        return service.appraise(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Case decideRecognitionCase(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.DecisionWrite body) {
        return service.decide(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Case refuseRecognitionCase(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.Refusal body) {
        return service.refuse(RequestParams.pathId(id), body);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RecognitionDtos.Case withdrawRecognitionCase(@PathParam("id") String id,
            @Valid @NotNull(message = REQUIRED) RecognitionDtos.Withdrawal body) {
        return service.withdraw(RequestParams.pathId(id), body);
    }
}
