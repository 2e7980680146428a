package vn.danvan.directive;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.vertx.core.http.HttpServerResponse;

import vn.danvan.directive.relation.DirectiveRelationService;
import vn.danvan.directive.relation.RelationChainDto;
import vn.danvan.directive.relation.RelationDto;
import vn.danvan.directive.relation.RelationWriteDto;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.security.Role;
import vn.danvan.directive.parse.DirectiveDraft;
import vn.danvan.directive.parse.DirectiveImportService;
import vn.danvan.directive.parse.ParseRequestDto;
import vn.danvan.unit.UnitService;

/** /api/v1/directives: the register, and reading a draft from a document's text. */
@Path("/api/v1/directives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectiveResource {

    @Inject
    DirectiveService service;

    @Inject
    DirectiveImportService imports;

    @Inject
    DirectiveRelationService relations;

    @Inject
    DirectiveAttachmentService attachments;

    @Inject
    UnitService units;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public DirectivePageDto listDirectives(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("issuerId") String issuerId, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("period") String period, @QueryParam("status") String status,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        String text = p.optionalText("q", q, 200);
        DirectiveType directiveType = p.optionalEnum("type", type, DirectiveType.class);
        Long issuer = p.optionalLong("issuerId", issuerId);
        Long unit = p.optionalLong("unitId", unitId);
        Integer issueYear = p.optionalInt("year", year, 1945, 2100);
        Integer periodYear = p.optionalInt("period", period, 1945, 2100);
        DirectiveStatus directiveStatus = p.optionalEnum("status", status, DirectiveStatus.class);
        SortOrder order = p.optionalEnum("sort", sort == null ? null : sort.toUpperCase(java.util.Locale.ROOT),
                SortOrder.class);
        PageRequest pageRequest = p.page(page, size);
        if (pageRequest.offset() + pageRequest.size() > DirectivePageDto.COUNT_CAP) {
            p.reject("page",
                    "chỉ xem được 1.000 kết quả đầu, hãy lọc thêm (only the first 1,000 results; narrow the search)");
        }
        String unitPath = unit == null ? null : units.pathOf(unit).orElse(null);
        if (unit != null && unitPath == null) {
            p.reject("unitId", "đơn vị không tồn tại (no such unit)");
        }
        p.validate();
        boolean byRelevance = order == null ? text != null : order == SortOrder.RELEVANCE;
        return service.search(new DirectiveQuery(text, directiveType, issuer, unitPath, issueYear, periodYear,
                directiveStatus, byRelevance, null, false), pageRequest);
    }

    /** The orders a search can have. */
    enum SortOrder {
        RELEVANCE, DATE
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response createDirective(@Valid @NotNull(message = "bắt buộc (required)") DirectiveWriteDto body) {
        DirectiveDto created = service.create(body);
        return Response.created(URI.create("/api/v1/directives/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public DirectiveDto getDirective(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public DirectiveDto updateDirective(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") DirectiveWriteDto body) {
        return service.update(RequestParams.pathId(id), body);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public void deleteDirective(@PathParam("id") String id, @QueryParam("version") String version) {
        long directiveId = RequestParams.pathId(id);
        RequestParams p = new RequestParams();
        Long expected = p.optionalLong("version", version);
        if (expected == null && (version == null || version.isBlank())) {
            p.reject("version", "bắt buộc (required)");
        }
        p.validate();
        service.delete(directiveId, expected);
    }

    @GET
    @Path("/{id}/attachments")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public List<AttachmentDto> listDirectiveAttachments(@PathParam("id") String id) {
        return attachments.list(RequestParams.pathId(id));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response addDirectiveAttachment(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        long directiveId = RequestParams.pathId(id);
        AttachmentDto added = attachments.add(directiveId, file == null ? null : file.fileName(),
                AttachmentService.bytesOf(file));
        return Response.created(URI.create("/api/v1/directives/" + directiveId + "/attachments/" + added.id()))
                .entity(added).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public Response downloadDirectiveAttachment(@PathParam("id") String id,
            @PathParam("attachmentId") String attachmentId) {
        long directiveId = RequestParams.pathId(id);
        StoredFile file = attachments.open(directiveId, AttachmentService.attachmentIdOf(attachmentId));
        return AttachmentService.download(file);
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public void deleteDirectiveAttachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        long directiveId = RequestParams.pathId(id);
        attachments.delete(directiveId, AttachmentService.attachmentIdOf(attachmentId));
    }

    @GET
    @Path("/{id}/relations")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public RelationChainDto getDirectiveRelations(@PathParam("id") String id) {
        return relations.chain(RequestParams.pathId(id));
    }

    @POST
    @Path("/{id}/relations")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public Response addDirectiveRelation(@PathParam("id") String id,
            @Valid @NotNull(message = "bắt buộc (required)") RelationWriteDto body) {
        RelationDto created = relations.add(RequestParams.pathId(id), body);
        return Response.created(URI.create("/api/v1/directives/" + created.sourceId() + "/relations")).entity(created)
                .build();
    }

    @POST
    @Path("/parse")
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public DirectiveDraft parseDirective(@Valid @NotNull(message = "bắt buộc (required)") ParseRequestDto body,
            @Context HttpServerResponse response) {
        return imports.draftFromText(body.text(), response::closed);
    }

    @POST
    @Path("/parse-file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public DirectiveDraft parseDirectiveFile(@RestForm("file") FileUpload file, @Context HttpServerResponse response) {
        byte[] content = AttachmentService.bytesOf(file);
        AttachmentService.check(content);
        return imports.draftFromFile(content, response::closed);
    }
}
