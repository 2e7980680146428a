package vn.danvan.report;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** /api/v1/reports/{id}/attachments: a report's evidence, files and photos. */
@Path("/api/v1/reports/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class ReportAttachmentResource {

    @Inject
    ReportService service;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public List<AttachmentDto> listReportAttachments(@PathParam("id") String id) {
        return service.evidence(RequestParams.pathId(id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public Response addReportAttachment(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        long reportId = RequestParams.pathId(id);
        AttachmentDto added = service.addEvidence(reportId, file == null ? null : file.fileName(),
                AttachmentService.bytesOf(file));
        return Response.created(URI.create("/api/v1/reports/" + reportId + "/attachments/" + added.id())).entity(added)
                .build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public Response downloadReportAttachment(@PathParam("id") String id,
            @PathParam("attachmentId") String attachmentId) {
        long reportId = RequestParams.pathId(id);
        return AttachmentService
                .download(service.openEvidence(reportId, AttachmentService.attachmentIdOf(attachmentId)));
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER })
    public void deleteReportAttachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        long reportId = RequestParams.pathId(id);
        service.deleteEvidence(reportId, AttachmentService.attachmentIdOf(attachmentId));
    }
}
