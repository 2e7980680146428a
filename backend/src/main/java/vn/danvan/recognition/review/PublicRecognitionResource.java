package vn.danvan.recognition.review;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.error.RequestParams;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;

/** /api/v1/public/recognized-areas: the recognized residential areas whose decision is in force, read without login. */
@Path("/api/v1/public/recognized-areas")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicRecognitionResource {

    @Inject
    PublicRecognitionService service;

    @GET
    public PageResult<PublicRecognitionDtos.PublicRecognizedArea> listPublicRecognizedAreas(
            @QueryParam("provinceCode") String provinceCode, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RequestParams p = new RequestParams();
        String province = p.optionalText("provinceCode", provinceCode, 20);
        String text = p.optionalText("q", q, 100);
        PageRequest pageRequest = p.page(page, size);
        p.validate();
        return service.list(province, text, pageRequest);
    }
}
