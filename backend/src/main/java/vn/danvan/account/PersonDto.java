package vn.danvan.account;

import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * Who did something, as people know them (Person in openapi.yaml): the name and organization the user directory learned
 * from their token, or the login name alone for a login never seen.
 */
public record PersonDto(String username, String displayName, OrganizationRefDto organization) {

    /** A login the directory does not know: shown by its login name, with no organization. */
    static PersonDto unknown(String username) {
        return new PersonDto(username, username, null);
    }
}
