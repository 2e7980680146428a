package vn.danvan.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.restassured.response.ValidatableResponse;

/** Assertions on problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("type", equalTo("https://danvan.vn/problems/" + typeSlug))
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("at vn.danvan")));
    }

    public static ValidatableResponse assertFieldError(ValidatableResponse response, String field) {
        return assertProblem(response, 400, "validation").body("errors.field", hasItem(field));
    }
}
