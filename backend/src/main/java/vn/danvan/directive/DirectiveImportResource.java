package vn.danvan.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.security.Role;

/** /api/v1/directives/parse: read a draft directive from a document's text. */
@Path("/api/v1/directives/parse")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectiveImportResource {

    @Inject
    DirectiveImportService service;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.EDITOR })
    public DirectiveDraft parseDirective(@Valid @NotNull(message = "bắt buộc (required)") ParseRequestDto body) {
        return service.draftFromText(body.text());
    }
}
