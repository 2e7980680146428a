package vn.danvan.directive;

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

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER, Role.INTEGRATION })
    public PageResult<DirectiveSummaryDto> listDirectives(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("issuerId") String issuerId, @QueryParam("year") String year,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        String text = p.optionalText("q", q, 200);
        DirectiveType directiveType = p.optionalEnum("type", type, DirectiveType.class);
        Long issuer = p.optionalLong("issuerId", issuerId);
        Long issueYear = p.optionalLong("year", year);
        DirectiveStatus directiveStatus = p.optionalEnum("status", status, DirectiveStatus.class);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.search(text, directiveType, issuer, issueYear == null ? null : issueYear.intValue(),
                directiveStatus, pageRequest);
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
    public DirectiveDraft parseDirective(@Valid @NotNull(message = "bắt buộc (required)") ParseRequestDto body) {
        return imports.draftFromText(body.text());
    }

}
