package vn.danvan.recognition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.RecognitionSetFixtures;
import vn.danvan.testing.RecognitionFixtures;
import vn.danvan.testing.RecognitionFixtures.Case;
import vn.danvan.testing.Tokens;

/**
 * The way of a case as one table: every state × every step, by the province's admin (who may take each of them), so
 * that only the state decides. An allowed step answers with the state it leads to and is the last line of the timeline;
 * any other is 409 naming the current state and changes nothing. Written here by hand, from the issue.
 */
@QuarkusTest
class RecognitionTransitionTableTest {

    /** step → (the states it starts from → the state it leads to). */
    private static final Map<String, Map<String, String>> TABLE = Map.of("submit",
            Map.of("REGISTERED", "SELF_ASSESSED"), "complete-review", Map.of("SELF_ASSESSED", "REVIEWED"), "post",
            Map.of("REVIEWED", "POSTED"), "posting-comments", Map.of("POSTED", "POSTED"), "council",
            Map.of("POSTED", "VOTED"), "appraise", Map.of("VOTED", "APPRAISED"), "decide",
            Map.of("APPRAISED", "RECOGNIZED"), "refuse", Map.of("APPRAISED", "REFUSED"), "withdraw",
            Map.of("REGISTERED", "WITHDRAWN", "SELF_ASSESSED", "WITHDRAWN", "REVIEWED", "WITHDRAWN", "POSTED",
                    "WITHDRAWN"));

    /** The timeline's name of each step (the names the demo data writes). */
    private static final Map<String, String> ACTIONS = Map.of("submit", "SUBMIT", "complete-review", "COMPLETE_REVIEW",
            "post", "POST", "posting-comments", "POSTING_COMMENT", "council", "COUNCIL", "appraise", "APPRAISE",
            "decide", "DECIDE", "refuse", "REFUSE", "withdraw", "WITHDRAW");

    private static RecognitionSetFixtures.Title title;

    /** One title for the table (the province decides it: the province's admin is the deciding level's admin). */
    private static synchronized RecognitionSetFixtures.Title title() {
        if (title == null) {
            title = RecognitionSetFixtures.title("PROVINCE");
        }
        return title;
    }

    /** One case per state for the steps that must be refused, made when first needed. */
    private static final Map<String, Case> UNCHANGED = new ConcurrentHashMap<>();

    static Stream<Arguments> everyStateAndStep() {
        List<Arguments> cells = new ArrayList<>();
        for (String state : RecognitionFixtures.STATES) {
            for (String step : List.of("submit", "complete-review", "post", "posting-comments", "council", "appraise",
                    "decide", "refuse", "withdraw")) {
                cells.add(Arguments.of(state, step, TABLE.get(step).get(state)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("everyStateAndStep")
    void theStateDecides(String state, String step, String next) {
        Case c = next == null ? UNCHANGED.computeIfAbsent(state, s -> RecognitionFixtures.caseIn(s, title()))
                : RecognitionFixtures.caseIn(state, title());
        if (next != null && step.equals("submit")) {
            RecognitionFixtures.selfAssessAll(c);
        }
        if (next != null && step.equals("complete-review")) {
            RecognitionFixtures.agreeAll(c);
        }
        var response = Api.as(Tokens.PROVINCE_ADMIN).body(RecognitionFixtures.body(step, c.version()))
                .post("/api/v1/recognition-cases/" + c.id() + "/" + step).then();
        if (next == null) {
            assertProblem(response, 409, "conflict").body("detail", containsString(state));
            Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/recognition-cases/" + c.id()).then()
                    .body("state", equalTo(state)).body("version", equalTo((int) c.version()));
        } else {
            response.statusCode(step.equals("posting-comments") ? 201 : 200).body("state", equalTo(next));
            Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/recognition-cases/" + c.id() + "/timeline").then()
                    .statusCode(200).body("[-1].action", equalTo(ACTIONS.get(step)))
                    .body("[-1].fromState", equalTo(state)).body("[-1].toState", equalTo(next));
        }
    }

    @Test
    void theTableOfTheCodeSaysTheSame() {
        for (RecognitionAction action : RecognitionAction.values()) {
            for (RecognitionCaseState state : RecognitionCaseState.values()) {
                String step = ACTIONS.entrySet().stream().filter(e -> e.getValue().equals(action.name()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (step == null) {
                    continue; // the per-criterion steps and revocation are tested with their endpoints
                }
                String next = TABLE.get(step).get(state.name());
                org.junit.jupiter.api.Assertions.assertEquals(next != null, action.allowedFrom(state),
                        action + " from " + state);
                if (next != null) {
                    org.junit.jupiter.api.Assertions.assertEquals(next, action.next(state).name());
                }
            }
        }
    }
}
