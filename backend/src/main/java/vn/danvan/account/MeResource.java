package vn.danvan.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/** /api/v1/me: the caller, as the backend understands them. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService service;

    @GET
    @Authenticated
    public CurrentUserDto getCurrentUser() {
        return service.me();
    }
}
