package vn.danvan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo people the digest knows before anyone signs in are the people of the demo realm. */
class DemoUsersTest {

    @Test
    void theDemoPeopleAreTheRealmsPeople() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Path.of("..", "docker", "keycloak", "danvan-realm.json").toFile());
        List<String> inRealm = new ArrayList<>();
        for (JsonNode user : realm.get("users")) {
            if (user.hasNonNull("email")) {
                inRealm.add(String.join("|", user.get("username").asText(), user.get("email").asText(),
                        user.get("firstName").asText() + " " + user.get("lastName").asText(),
                        user.get("attributes").get("organization_code").get(0).asText(),
                        user.get("attributes").get("unit_code").get(0).asText(),
                        user.get("realmRoles").get(0).asText()));
            }
        }
        List<String> demo = DemoUsers.PEOPLE.stream().map(p -> String.join("|", p.username(), p.email(), p.fullName(),
                p.organizationCode(), p.unitCode(), p.roles().get(0))).toList();
        assertEquals(inRealm, demo);
    }
}
