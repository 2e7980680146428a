package vn.danvan.mobilization;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;

/** /api/v1/public/models: the public showcase of recognized models, read without a login. */
@Path("/api/v1/public/models")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ShowcaseResource {

    @Inject
    ShowcaseService service;

    @GET
    public PageResult<ModelDtos.PublicModel> listPublicModels(@QueryParam("field") String field,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        String fieldCode = p.optionalText("field", field, 40);
        String text = p.optionalText("q", q, 100);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(fieldCode, text, pageRequest);
    }

    @GET
    @Path("/{id}")
    public ModelDtos.PublicModel getPublicModel(@PathParam("id") String id) {
        return service.get(RequestParams.pathId(id));
    }

    @GET
    @Path("/{id}/photos/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadPublicModelPhoto(@PathParam("id") String id,
            @PathParam("attachmentId") String attachmentId) {
        return AttachmentService
                .download(service.photo(RequestParams.pathId(id), AttachmentService.attachmentIdOf(attachmentId)));
    }
}
