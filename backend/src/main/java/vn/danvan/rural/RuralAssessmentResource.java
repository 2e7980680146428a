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
import jakarta.ws.rs.PUT;
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
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.security.Role;

/** /api/v1/rural/communes/{unitId}: a commune's group by period, its yearly assessments and their evidence. */
@Path("/api/v1/rural/communes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
public class RuralAssessmentResource {

    @Inject
    RuralStatusService status;

    @Inject
    RuralAssessmentService writes;

    @GET
    @Path("/{unitId}/groups")
    public List<RuralDtos.CommuneGroup> listRuralCommuneGroups(@PathParam("unitId") String unitId) {
        return status.groups(RequestParams.pathId(unitId));
    }

    @PUT
    @Path("/{unitId}/groups/{periodFrom}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public RuralDtos.CommuneGroup setRuralCommuneGroup(@PathParam("unitId") String unitId,
            @PathParam("periodFrom") String periodFrom,
            @Valid @NotNull(message = RuralDtos.REQUIRED) RuralDtos.CommuneGroupWrite body) {
        return writes.setGroup(RequestParams.pathId(unitId), year("periodFrom", periodFrom), body);
    }

    @PUT
    @Path("/{unitId}/assessments/{year}/{criterionId}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public RuralDtos.Assessment saveRuralAssessment(@PathParam("unitId") String unitId, @PathParam("year") String year,
            @PathParam("criterionId") String criterionId,
            @Valid @NotNull(message = RuralDtos.REQUIRED) RuralDtos.AssessmentWrite body) {
        return writes.save(RequestParams.pathId(unitId), year("year", year), RequestParams.pathId(criterionId), body);
    }

    @POST
    @Path("/{unitId}/assessments/{year}/{criterionId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response addRuralEvidence(@PathParam("unitId") String unitId, @PathParam("year") String year,
            @PathParam("criterionId") String criterionId, @RestForm("file") FileUpload file) {
        long unit = RequestParams.pathId(unitId);
        int wanted = year("year", year);
        long criterion = RequestParams.pathId(criterionId);
        AttachmentDto added = writes.addEvidence(unit, wanted, criterion, file == null ? null : file.fileName(),
                AttachmentService.bytesOf(file));
        return Response.created(URI.create("/api/v1/rural/communes/" + unit + "/assessments/" + wanted + "/" + criterion
                + "/attachments/" + added.id())).entity(added).build();
    }

    @GET
    @Path("/{unitId}/assessments/{year}/{criterionId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadRuralEvidence(@PathParam("unitId") String unitId, @PathParam("year") String year,
            @PathParam("criterionId") String criterionId, @PathParam("attachmentId") String attachmentId) {
        return AttachmentService.download(writes.openEvidence(RequestParams.pathId(unitId), year("year", year),
                RequestParams.pathId(criterionId), AttachmentService.attachmentIdOf(attachmentId)));
    }

    /** A year in a path: 2010 to 2100, else 400 naming it. */
    private static int year(String field, String raw) {
        try {
            int value = Integer.parseInt(raw);
            if (value >= 2010 && value <= 2100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.invalid(field, "một năm từ 2010 đến 2100 (a year from 2010 to 2100)");
    }
}
