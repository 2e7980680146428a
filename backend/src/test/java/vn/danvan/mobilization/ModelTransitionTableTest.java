package vn.danvan.mobilization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.EmulationFixtures;
import vn.danvan.testing.EmulationFixtures.Model;
import vn.danvan.testing.Tokens;

/**
 * The yearly cycle of a round record as one table: every state × every action, by the province's admin (who may do each
 * of them), so that only the state decides. An allowed step answers 200 with the state it leads to; any other is 409
 * naming the current state. The table is written here by hand, from the issue, not read from the code.
 */
@QuarkusTest
class ModelTransitionTableTest {

    /** action → (the states it starts from → the state it leads to). */
    private static final Map<String, Map<String, String>> TABLE = Map.of("start", Map.of("REGISTERED", "IN_PROGRESS"),
            "report-results", Map.of("IN_PROGRESS", "REPORTED", "REPORTED", "REPORTED", "RETURNED", "REPORTED"),
            "submit", Map.of("REPORTED", "SUBMITTED"), "appraise",
            Map.of("SUBMITTED", "APPRAISED", "PROPOSED_UPWARD", "APPRAISED"), "return",
            Map.of("SUBMITTED", "RETURNED", "PROPOSED_UPWARD", "RETURNED"), "recognize",
            Map.of("APPRAISED", "RECOGNIZED"), "mark-exemplary", Map.of("RECOGNIZED", "EXEMPLARY"),
            "propose-commendation",
            Map.of("RECOGNIZED", "PROPOSED_FOR_COMMENDATION", "EXEMPLARY", "PROPOSED_FOR_COMMENDATION"), "commend",
            Map.of("PROPOSED_FOR_COMMENDATION", "COMMENDED"), "propose-upward",
            Map.of("RECOGNIZED", "PROPOSED_UPWARD", "EXEMPLARY", "PROPOSED_UPWARD"));

    /** One record per state for the steps that must be refused, made when first needed. */
    private static final Map<String, Model> UNCHANGED = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cells = new ArrayList<>();
        for (String state : EmulationFixtures.STATES) {
            for (String action : List.of("start", "report-results", "submit", "appraise", "return", "recognize",
                    "mark-exemplary", "propose-commendation", "commend", "propose-upward")) {
                cells.add(Arguments.of(state, action, TABLE.get(action).get(state)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("everyStateAndAction")
    void theStateDecides(String state, String action, String next) {
        // a refused step changes nothing: the refusals of a state share one record (each allowed step gets its own)
        Model m = next == null ? UNCHANGED.computeIfAbsent(state, EmulationFixtures::modelIn)
                : EmulationFixtures.modelIn(state);
        var response = Api.as(Tokens.PROVINCE_ADMIN).body(EmulationFixtures.body(action, null, m.recordVersion()))
                .post("/api/v1/model-rounds/" + m.record() + "/" + action).then();
        if (next == null) {
            assertProblem(response, 409, "conflict").body("detail", containsString(state));
            Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/model-rounds/" + m.record()).then().body("state",
                    equalTo(state));
        } else {
            response.statusCode(200).body("state", equalTo(next));
            Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/mobilization-models/" + m.id() + "/timeline").then()
                    .statusCode(200).body("[-1].action", equalTo(action.toUpperCase().replace('-', '_')))
                    .body("[-1].fromState", equalTo(state)).body("[-1].toState", equalTo(next));
        }
    }

}
