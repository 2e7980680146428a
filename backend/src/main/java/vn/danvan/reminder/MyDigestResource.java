package vn.danvan.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.danvan.common.security.Role;
import vn.danvan.common.error.RequestParams;

/** /api/v1/me/digest: the caller's reminders today, as the daily e-mail carries them. */
@Path("/api/v1/me/digest")
@Produces(MediaType.APPLICATION_JSON)
public class MyDigestResource {

    @Inject
    DigestService digests;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.EDITOR, Role.REPORTER, Role.APPRAISER, Role.LEADER })
    public DigestDtos.Digest getMyDigest(@QueryParam("dueSoonDays") String dueSoonDays) {
        RequestParams p = new RequestParams();
        Integer soon = p.optionalInt("dueSoonDays", dueSoonDays, 0, 90);
        p.validate();
        return digests.forCaller(soon == null ? 7 : soon);
    }
}
