package vn.danvan.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Models of a round of their own for the funnel tests: a fresh movement (so that the round holds only what the test
 * makes), models registered by phường Rạch Giá or by a body of An Giang, each driven by the province's admin to a state
 * of its round record.
 */
public final class FunnelFixtures {

    private FunnelFixtures() {
    }

    /** A model's registration: where, which field, whose, maybe a copy of another. */
    public record Spec(String unitCode, String organizationCode, String field, String ownerKind, Long replicationOf) {

        public static Spec commune(String field, String ownerKind) {
            return new Spec(Tokens.COMMUNE, "30742-UBND", field, ownerKind, null);
        }

        public static Spec province(String field) {
            return new Spec(Tokens.PROVINCE, "91-MTTQ", field, "COLLECTIVE", null);
        }

        public Spec copyOf(long original) {
            return new Spec(unitCode, organizationCode, field, ownerKind, original);
        }
    }

    /** A model registered in the round (by the province's admin) and driven to the state; its id. */
    public static long model(long roundId, Spec spec, String state) {
        Map<String, Object> body = EmulationFixtures.registration(roundId, "Mô hình phễu " + Fixtures.uniqueCode("F"));
        body.put("field", spec.field());
        body.put("organizationId", Fixtures.organizationIdOf(spec.unitCode(), spec.organizationCode()));
        body.put("unitId", Fixtures.unitIdOf(spec.unitCode()));
        body.put("owner",
                "INDIVIDUAL".equals(spec.ownerKind())
                        ? Map.of("kind", "INDIVIDUAL", "name", "Lê Văn Cường", "position", "Trưởng ấp")
                        : Map.of("kind", "COLLECTIVE", "name", "Chi hội Phụ nữ khu phố 3"));
        if (spec.replicationOf() != null) {
            body.put("replicationOfId", spec.replicationOf());
        }
        long id = Api.as(Tokens.PROVINCE_ADMIN).body(body).post("/api/v1/mobilization-models").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (String[] step : steps(state)) {
            var record = Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/mobilization-models/" + id).then().statusCode(200)
                    .extract().jsonPath();
            long recordId = record.getLong("rounds[-1].id");
            Api.as(Tokens.PROVINCE_ADMIN)
                    .body(EmulationFixtures.body(step[0], step.length > 1 ? step[1] : null,
                            record.getLong("rounds[-1].version")))
                    .post("/api/v1/model-rounds/" + recordId + "/" + step[0]).then().statusCode(200);
        }
        return id;
    }

    /** A model of another round, registered on paper after the fact by the province's admin (never counted). */
    public static long paperModel(long closedRoundId) {
        Map<String, Object> body = EmulationFixtures.registration(closedRoundId,
                "Mô hình năm trước " + Fixtures.uniqueCode("P"));
        body.put("afterTheFact", true);
        return Api.as(Tokens.PROVINCE_ADMIN).body(body).post("/api/v1/mobilization-models").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static List<String[]> steps(String state) {
        String submitted = "start report-results submit";
        String recognized = submitted + " appraise recognize";
        String steps = switch (state) {
        case "REGISTERED" -> "";
        case "NOT_PASSED" -> submitted + " appraise:NOT_PASS";
        case "APPRAISED" -> submitted + " appraise";
        case "RECOGNIZED" -> recognized;
        case "EXEMPLARY" -> recognized + " mark-exemplary";
        case "COMMENDED" -> recognized + " propose-commendation commend";
        default -> throw new IllegalArgumentException(state);
        };
        return steps.isEmpty() ? List.of() : Arrays.stream(steps.split(" ")).map(s -> s.split(":")).toList();
    }
}
