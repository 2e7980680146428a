package vn.danvan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static vn.danvan.AuthorizationWorld.id;
import static vn.danvan.AuthorizationWorld.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import vn.danvan.AuthorizationWorld.Seat;
import vn.danvan.testing.Api;
import vn.danvan.testing.CriteriaFixtures;
import vn.danvan.testing.RecognitionSetFixtures;
import vn.danvan.testing.Documents;
import vn.danvan.testing.EmulationFixtures;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionFixtures;
import vn.danvan.testing.RuralFixtures;
import vn.danvan.testing.SurveyFixtures;
import vn.danvan.testing.Tokens;

/**
 * Runs every cell of src/test/resources/authorization-matrix.txt (operation x caller) against the running app and real
 * PostgreSQL. A cell that expects success gets fresh objects, so that a success never changes what the other cells see;
 * a cell that expects a refusal acts on the shared world, which it must leave as it was.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Path MATRIX = Path.of("src/test/resources/authorization-matrix.txt");
    private static final List<String> CALLERS = List.of("none", "no-aud", "admin", "editor", "reporter", "appraiser",
            "leader", "integration");

    /** One line of the matrix. */
    record Row(int line, String operation, String relation, String scenario, List<Integer> expected) {
        String name(int column) {
            return operation + " | " + relation + ("-".equals(scenario) ? "" : " | " + scenario) + " | "
                    + CALLERS.get(column) + " -> " + expected.get(column) + " (line " + line + ")";
        }
    }

    /** One request of a cell: the caller's request, what they expect, and the world. */
    record Cell(Row row, int column, AuthorizationWorld world) {
        boolean expectsSuccess() {
            return row.expected().get(column) < 300;
        }

        String caller() {
            return CALLERS.get(column);
        }

        /** The request as this caller makes it (JSON). */
        RequestSpecification request(Seat seat) {
            return switch (caller()) {
            case "none" -> Api.anonymous();
            case "no-aud" -> Api.bad(foreignToken(seat));
            default -> Api.bad(token(seat));
            };
        }

        /** A multipart request as this caller makes it. */
        RequestSpecification upload(Seat seat) {
            return switch (caller()) {
            case "none" -> given().contentType("multipart/form-data")
                    .accept("application/json, application/problem+json");
            case "no-aud" -> Api.upload(foreignToken(seat));
            default -> Api.upload(token(seat));
            };
        }

        String token(Seat seat) {
            return Tokens.token(caller() + "." + row.relation(), seat.unitCode(), seat.organizationCode(), caller());
        }

        /** A token of the same realm issued to another client (admin-cli): no audience danvan-api. */
        private String foreignToken(Seat seat) {
            var builder = Jwt.preferredUserName("editor." + row.relation())
                    .claim("realm_access", Map.of("roles", List.of("admin", "editor")))
                    .claim("unit_code", seat.unitCode()).issuer("https://server.example.com").audience("admin-cli");
            if (seat.organizationCode() != null) {
                builder.claim("organization_code", seat.organizationCode());
            }
            return builder.sign();
        }
    }

    private interface Operation {
        Response send(Cell cell);
    }

    private static AuthorizationWorld world;
    private static RuntimeException worldFailure;

    /** Made once; when making it fails, every cell fails at once with the same cause (no retry per cell). */
    private static synchronized AuthorizationWorld world() {
        if (worldFailure != null) {
            throw new IllegalStateException("the world of the matrix could not be made", worldFailure);
        }
        if (world == null) {
            try {
                world = new AuthorizationWorld();
            } catch (RuntimeException | AssertionError e) {
                worldFailure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                throw worldFailure;
            }
        }
        return world;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 3 + CALLERS.size()) {
                throw new IllegalStateException("line " + (i + 1) + " has " + f.length + " fields: " + line);
            }
            List<Integer> expected = new ArrayList<>();
            for (int c = 3; c < f.length; c++) {
                expected.add(Integer.parseInt(f[c]));
            }
            rows.add(new Row(i + 1, f[0], f[1], f[2], expected));
        }
        return rows;
    }

    @Test
    void everyOperationOfTheContractHasRowsAndEveryRowAnOperation() throws IOException {
        Set<String> contract = new LinkedHashSet<>();
        var matcher = java.util.regex.Pattern.compile("operationId:\\s*(\\w+)")
                .matcher(Files.readString(Api.CONTRACT_FILE));
        while (matcher.find()) {
            contract.add(matcher.group(1));
        }
        Set<String> inMatrix = new LinkedHashSet<>();
        rows().forEach(r -> inMatrix.add(r.operation()));
        Set<String> missing = new LinkedHashSet<>(contract);
        missing.removeAll(inMatrix);
        assertEquals(Set.of(), missing, "operations of openapi.yaml without a row in the matrix");
        Set<String> unknown = new LinkedHashSet<>(inMatrix);
        unknown.removeAll(contract);
        assertEquals(Set.of(), unknown, "rows naming no operation of openapi.yaml");
        rows().forEach(r -> assertTrue(OPERATIONS.containsKey(key(r.operation(), r.scenario())),
                "no request for line " + r.line() + " (" + key(r.operation(), r.scenario()) + ")"));
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheMatrix() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (int column = 0; column < CALLERS.size(); column++) {
                int c = column;
                tests.add(DynamicTest.dynamicTest(row.name(c), () -> run(new Cell(row, c, world()))));
            }
        }
        return tests.stream();
    }

    private static void run(Cell cell) {
        Operation operation = OPERATIONS.get(key(cell.row().operation(), cell.row().scenario()));
        int expected = cell.row().expected().get(cell.column());
        Response response = operation.send(cell);
        var perItem = PER_ITEM.get(cell.row().operation());
        if (perItem != null && response.statusCode() == 200) {
            assertEquals(expected, perItem.applyAsInt(response),
                    "the outcome of the report, as a status; the answer was " + response.asString());
            return;
        }
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType(containsString("application/problem+json"));
        }
    }

    /**
     * Operations that answer 200 with an outcome per item: the outcome of the one item sent, as the status the single
     * operation would answer (the matrix's header explains it).
     */
    private static final Map<String, java.util.function.ToIntFunction<Response>> PER_ITEM = Map.of("reviewReports",
            response -> switch (response.jsonPath().getString("results[0].outcome")) {
            case "ACCEPTED", "RETURNED" -> 200;
            case "FORBIDDEN" -> 403;
            case "NOT_FOUND" -> 404;
            case "CONFLICT" -> 409;
            default -> 500;
            });

    private static String key(String operation, String scenario) {
        return "-".equals(scenario) ? operation : operation + "/" + scenario;
    }

    // ---- the requests -------------------------------------------------------------------------------------------

    private static final Map<String, Operation> OPERATIONS = new HashMap<>();

    private static void on(String key, Operation operation) {
        OPERATIONS.put(key, operation);
    }

    private static Seat seat(Cell c) {
        return c.world().seat(c.row().relation(), new Seat(Tokens.COMMUNE, "30742-UBND"));
    }

    private static RequestSpecification as(Cell c) {
        return c.request(seat(c));
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    /** Recognition cases (issue 13): their paths, and where a token naming a residential area of A sits. */
    private static final String CASES = "/api/v1/recognition-cases/";
    /** The rural programme (issue 14): its communes' paths. */
    private static final String RURAL = "/api/v1/rural/communes";
    private static final Seat AREA_SEAT = new Seat(Tokens.COMMUNE, "30742-MTTQ");

    static {
        // --- me
        // from a commune with no work: /me makes its caller known to the reminders (UserDirectory), and the
        // matrix must not add people with something due to the digests other tests count
        on("getCurrentUser", c -> c.request(c.world().sibling.seat()).get("/api/v1/me"));
        on("getMyDigest", c -> as(c).get("/api/v1/me/digest"));

        // --- criteria: recognition titles and criteria sets (issue 13)
        on("listRecognitionTitles", c -> as(c).get(CriteriaFixtures.TITLES));
        on("getCriteriaSetTemplate", c -> as(c).accept("*/*").get(CriteriaFixtures.SETS + "/template.xlsx"));
        for (boolean national : new boolean[] { false, true }) {
            String s = national ? "/national" : "";
            on("getRecognitionTitle" + s,
                    c -> as(c).get(CriteriaFixtures.TITLES + "/" + id(c.world().criteria(national).title())));
            on("listCriteriaSets" + s, c -> as(c)
                    .get(CriteriaFixtures.TITLES + "/" + id(c.world().criteria(national).title()) + "/criteria-sets"));
            on("getCriteriaSet" + s,
                    c -> as(c).get(CriteriaFixtures.SETS + "/" + id(c.world().criteria(national).published())));
            on("exportCriteriaSet" + s, c -> as(c).accept("*/*").get(
                    CriteriaFixtures.SETS + "/" + id(c.world().criteria(national).published()) + "/criteria.xlsx"));
            on("createRecognitionTitle" + s,
                    c -> as(c)
                            .body(CriteriaFixtures
                                    .titleBody(national ? CriteriaFixtures.centralBoard() : CriteriaFixtures.board()))
                            .post(CriteriaFixtures.TITLES));
            on("updateRecognitionTitle" + s, c -> {
                Map<String, Object> t = criteria(c, national).title();
                return as(c).body(
                        Map.of("name", t.get("name") + " (sửa)", "decidingLevel", "PROVINCE", "version", version(t)))
                        .put(CriteriaFixtures.TITLES + "/" + id(t));
            });
            on("createCriteriaSet" + s, c -> as(c).body(CriteriaFixtures.setBody("Bộ ma trận"))
                    .post(CriteriaFixtures.TITLES + "/" + id(criteria(c, national).title()) + "/criteria-sets"));
            on("updateCriteriaSet" + s, c -> {
                Map<String, Object> d = criteria(c, national).draft();
                return as(c).body(with(CriteriaFixtures.setBody("Bộ ma trận (sửa)"), "version", version(d)))
                        .put(CriteriaFixtures.SETS + "/" + id(d));
            });
            on("deleteCriteriaSet" + s,
                    c -> as(c).delete(CriteriaFixtures.SETS + "/" + id(criteria(c, national).draft())));
            on("reviseCriteriaSet" + s,
                    c -> as(c).post(CriteriaFixtures.SETS + "/" + id(criteria(c, national).published()) + "/revise"));
            on("publishCriteriaSet" + s, c -> {
                Map<String, Object> d = criteria(c, national).draft();
                return as(c).body(Map.of("version", version(d))).post(CriteriaFixtures.SETS + "/" + id(d) + "/publish");
            });
            on("retireCriteriaSet" + s, c -> {
                Map<String, Object> p = criteria(c, national).published();
                return as(c).body(Map.of("version", version(p))).post(CriteriaFixtures.SETS + "/" + id(p) + "/retire");
            });
            on("importCriteriaSet" + s, c -> {
                Map<String, Object> d = criteria(c, national).draft();
                return c.upload(seat(c)).multiPart("file", "bo-tieu-chi.xlsx", c.world().criteriaTemplate())
                        .multiPart("version", String.valueOf(version(d)))
                        .post(CriteriaFixtures.SETS + "/" + id(d) + "/criteria.xlsx");
            });
        }

        // --- units, organizations, residential areas (the object lives in phường Rạch Giá)
        on("listUnits", c -> as(c).get("/api/v1/units"));
        on("getUnit", c -> as(c).get("/api/v1/units/" + c.world().rachGiaUnit));
        on("getUnitByCode", c -> as(c).get("/api/v1/units/by-code/" + Tokens.COMMUNE));
        on("listUnitOrganizations", c -> as(c).get("/api/v1/units/" + c.world().rachGiaUnit + "/organizations"));
        on("listUnitResidentialAreas", c -> as(c).get("/api/v1/units/" + c.world().rachGiaUnit + "/residential-areas"));
        on("createUnit", c -> {
            String code = Fixtures.uniqueCode("U");
            return as(c)
                    .body(Map.of("code", code, "name", "Xã Ma Trận " + code, "shortName", "Ma Trận " + code, "kind",
                            "COMMUNE", "parentId", c.world().anGiangUnit, "validFrom", "2025-07-01"))
                    .post("/api/v1/units");
        });
        on("updateUnit", c -> updateUnit(c, null));
        on("updateUnit/successor-elsewhere", c -> updateUnit(c, c.world().hanoiUnit));
        on("listOrganizations", c -> as(c).queryParam("q", "rach gia").get("/api/v1/organizations"));
        on("listOrganizations/for-task", c -> as(c).queryParam("q", "ủy ban")
                .queryParam("forTaskId", id(c.world().task)).get("/api/v1/organizations"));
        on("createOrganization", c -> {
            String code = Fixtures.uniqueCode("ORG");
            return as(c).body(Map.of("code", code, "name", "Chi hội Ma Trận " + code, "kind", "FARMERS_ASSOCIATION",
                    "unitId", c.world().rachGiaUnit)).post("/api/v1/organizations");
        });
        on("getOrganization", c -> as(c).get("/api/v1/organizations/" + c.world().rachGiaCommittee));
        on("updateOrganization", c -> {
            Map<String, Object> org = c.expectsSuccess() ? Fixtures.newOrganizationInRachGia()
                    : c.world().organizationToChange();
            return as(c).body(Map.of("name", org.get("name") + " (đổi tên)", "kind", org.get("kind"), "version",
                    org.get("version"))).put("/api/v1/organizations/" + id(org));
        });
        on("createResidentialArea",
                c -> as(c).body(Map.of("unitId", c.world().rachGiaUnit, "code", Fixtures.uniqueCode("KP"), "name",
                        "Khu phố Mới", "kind", "URBAN_QUARTER")).post("/api/v1/residential-areas"));
        on("getResidentialArea", c -> as(c).get("/api/v1/residential-areas/" + c.world().rachGiaArea));
        on("updateResidentialArea", c -> {
            Map<String, Object> area = c.expectsSuccess() ? Fixtures.newResidentialAreaInRachGia()
                    : c.world().areaToChange();
            return as(c).body(Map.of("name", area.get("name") + " (đổi tên)", "kind", area.get("kind"), "version",
                    area.get("version"))).put("/api/v1/residential-areas/" + id(area));
        });

        // --- recognition cases of residential areas (issue 13)
        on("listRecognitionCases", c -> as(c).get("/api/v1/recognition-cases"));
        on("registerRecognitionCase", c -> {
            Map<String, Object> area = c.expectsSuccess() ? Fixtures.newResidentialAreaInRachGia()
                    : c.world().recognition().unregisteredArea;
            return onArea(c, (String) area.get("code"))
                    .body(RecognitionFixtures.registration(id(area), c.world().recognition().communeTitle.id()))
                    .post("/api/v1/recognition-cases");
        });
        on("getRecognitionCase", c -> {
            RecognitionFixtures.Case rc = sharedCase(c, "REGISTERED", false);
            return onArea(c, rc.areaCode()).get(CASES + rc.id());
        });
        on("getRecognitionCaseTimeline", c -> {
            RecognitionFixtures.Case rc = sharedCase(c, "REGISTERED", false);
            return onArea(c, rc.areaCode()).get(CASES + rc.id() + "/timeline");
        });
        on("selfAssessRecognitionCriterion", c -> {
            RecognitionFixtures.Case rc = caseFor(c, "REGISTERED", false);
            RecognitionSetFixtures.Criterion k = rc.title().criteria().get(0);
            return onArea(c, rc.areaCode()).body(k.passing(RecognitionFixtures.assessmentVersion(rc, k.id())))
                    .put(CASES + rc.id() + "/assessments/" + k.id());
        });
        on("addRecognitionEvidence", c -> {
            RecognitionFixtures.Case rc = caseFor(c, "REGISTERED", false);
            return uploadOnArea(c, rc.areaCode()).multiPart("file", "anh.png", Documents.png())
                    .post(CASES + rc.id() + "/assessments/" + rc.title().criteria().get(0).id() + "/attachments");
        });
        on("downloadRecognitionEvidence", c -> {
            RecognitionFixtures.Case rc = sharedCase(c, "REGISTERED", false);
            long photo = c.world().recognition().photo();
            return onArea(c, rc.areaCode()).accept("*/*").get(
                    CASES + rc.id() + "/assessments/" + rc.title().criteria().get(0).id() + "/attachments/" + photo);
        });
        on("submitRecognitionSelfAssessment", c -> {
            RecognitionFixtures.Case rc = caseFor(c, "REGISTERED", false);
            if (c.expectsSuccess()) {
                RecognitionFixtures.selfAssessAll(rc);
            }
            return onArea(c, rc.areaCode()).body(Map.of("version", rc.version())).post(CASES + rc.id() + "/submit");
        });
        on("reviewRecognitionCriterion", c -> {
            RecognitionFixtures.Case rc = caseFor(c, "SELF_ASSESSED", false);
            long criterion = rc.title().criteria().get(0).id();
            return as(c)
                    .body(Map.of("review", "AGREE", "version", RecognitionFixtures.assessmentVersion(rc, criterion)))
                    .put(CASES + rc.id() + "/reviews/" + criterion);
        });
        on("completeRecognitionReview", c -> {
            RecognitionFixtures.Case rc = caseFor(c, "SELF_ASSESSED", false);
            if (c.expectsSuccess()) {
                RecognitionFixtures.agreeAll(rc);
            }
            return as(c).body(Map.of("version", rc.version())).post(CASES + rc.id() + "/complete-review");
        });
        on("postRecognitionCase", c -> caseStep(c, "REVIEWED", false, "post"));
        on("addRecognitionPostingComment", c -> caseStep(c, "POSTED", false, "posting-comments"));
        on("recordRecognitionCouncil", c -> caseStep(c, "POSTED", false, "council"));
        on("appraiseRecognitionCase", c -> caseStep(c, "VOTED", false, "appraise"));
        on("appraiseRecognitionCase/province-decides", c -> caseStep(c, "VOTED", true, "appraise"));
        on("decideRecognitionCase", c -> caseStep(c, "APPRAISED", false, "decide"));
        on("decideRecognitionCase/province-decides", c -> caseStep(c, "APPRAISED", true, "decide"));
        on("refuseRecognitionCase", c -> caseStep(c, "APPRAISED", false, "refuse"));
        on("refuseRecognitionCase/province-decides", c -> caseStep(c, "APPRAISED", true, "refuse"));
        on("withdrawRecognitionCase", c -> caseStep(c, "REGISTERED", false, "withdraw"));
        on("getRecognitionDecision",
                c -> as(c).get("/api/v1/recognition-decisions/" + sharedCase(c, "RECOGNIZED", false).decisionId()));
        on("revokeRecognitionDecision", c -> revoke(c, false));
        on("revokeRecognitionDecision/province-decides", c -> revoke(c, true));

        // --- directives
        on("listDirectives", c -> as(c).queryParam("q", "ma tran phan quyen").get("/api/v1/directives"));
        on("createDirective", c -> as(c).body(c.world().directiveBody(false, false)).post("/api/v1/directives"));
        on("createDirective/issuer-elsewhere",
                c -> as(c)
                        .body(with(c.world().directiveBody(false, false), "issuerId", c.world().hanoiCommittee,
                                "recipientIds", List.of(), "monitoringOrganizationId", null))
                        .post("/api/v1/directives"));
        on("createDirective/issuer-above",
                c -> as(c).body(c.world().directiveBody(false, false)).post("/api/v1/directives"));
        on("getDirective", c -> as(c).get("/api/v1/directives/" + id(c.world().directive)));
        on("getDirective/public", c -> as(c).get("/api/v1/directives/" + id(c.world().publicDirective)));
        on("getDirective/confidential-public",
                c -> as(c).get("/api/v1/directives/" + id(c.world().confidentialDirective)));
        on("updateDirective", c -> updateDirective(c, Map.of()));
        on("updateDirective/make-public", c -> updateDirective(c, Map.of("publicAccess", true)));
        on("updateDirective/self-monitor",
                c -> updateDirective(c, Map.of("monitoringOrganizationId", c.world().recipient.partyCommittee())));
        on("updateDirective/self-issuer",
                c -> updateDirective(c, Map.of("issuerId", c.world().recipient.partyCommittee())));
        on("updateDirective/monitor-elsewhere",
                c -> updateDirective(c, Map.of("monitoringOrganizationId", c.world().hanoiFront)));
        on("deleteDirective", c -> {
            Map<String, Object> d = c.expectsSuccess() ? c.world().directive(false, false) : c.world().directive;
            return as(c).queryParam("version", version(d)).delete("/api/v1/directives/" + id(d));
        });
        on("listDirectiveAttachments",
                c -> as(c).get("/api/v1/directives/" + id(c.world().directive) + "/attachments"));
        on("listDirectiveAttachments/public",
                c -> as(c).get("/api/v1/directives/" + id(c.world().publicDirective) + "/attachments"));
        on("addDirectiveAttachment", c -> c.upload(seat(c)).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/directives/" + id(c.world().directive) + "/attachments"));
        on("downloadDirectiveAttachment", c -> as(c).accept("*/*").get(
                "/api/v1/directives/" + id(c.world().directive) + "/attachments/" + c.world().directiveAttachment));
        on("downloadDirectiveAttachment/public", c -> as(c).accept("*/*").get(
                "/api/v1/directives/" + id(c.world().publicDirective) + "/attachments/" + c.world().publicAttachment));
        on("deleteDirectiveAttachment", c -> {
            long directive = id(c.world().directive);
            long attachment = c.expectsSuccess() ? c.world().attach(directive) : c.world().directiveAttachment;
            return as(c).delete("/api/v1/directives/" + directive + "/attachments/" + attachment);
        });
        on("getDirectiveRelations", c -> as(c).get("/api/v1/directives/" + id(c.world().directive) + "/relations"));
        on("getDirectiveRelations/public",
                c -> as(c).get("/api/v1/directives/" + id(c.world().publicDirective) + "/relations"));
        on("addDirectiveRelation",
                c -> as(c)
                        .body(Map.of("kind", "IMPLEMENTS", "targetNumber", Fixtures.uniqueSequence() + "-CT/TW",
                                "targetType", "DIRECTIVE"))
                        .post("/api/v1/directives/" + id(c.world().directive) + "/relations"));
        on("addDirectiveRelation/hidden-target",
                c -> as(c).body(Map.of("kind", "IMPLEMENTS", "targetId", c.world().hiddenDirective))
                        .post("/api/v1/directives/" + id(c.world().directive) + "/relations"));
        on("parseDirective", c -> as(c).body(Map.of("text", "TỈNH ỦY AN GIANG\nSố 12-KH/TU\nKẾ HOẠCH"))
                .post("/api/v1/directives/parse"));
        on("parseDirectiveFile",
                c -> c.upload(seat(c))
                        .multiPart("file", "ke-hoach.docx", Documents.docx("TỈNH ỦY AN GIANG\nSố 12-KH/TU\nKẾ HOẠCH"))
                        .post("/api/v1/directives/parse-file"));
        on("listAuditEvents", c -> as(c).queryParam("entityType", "Directive")
                .queryParam("entityId", id(c.world().directive)).get("/api/v1/audit-events"));

        // --- tasks
        on("listDirectiveTasks", c -> as(c).get("/api/v1/directives/" + id(c.world().directive) + "/tasks"));
        on("createDirectiveTasks", c -> as(c).body(Map.of("tasks", List.of(c.world().taskBody("CONTINUOUS", null))))
                .post("/api/v1/directives/" + id(c.world().directive) + "/tasks"));
        on("createDirectiveTasks/lead-elsewhere",
                c -> as(c).body(Map.of("tasks", List.of(c.world().taskBody("CONTINUOUS", c.world().hanoiFront))))
                        .post("/api/v1/directives/" + id(c.world().directive) + "/tasks"));
        on("getTask", c -> as(c).get("/api/v1/tasks/" + id(c.world().task)));
        on("updateTask", c -> {
            Map<String, Object> task = c.expectsSuccess() ? c.world().task(id(c.world().directive), "CONTINUOUS", null)
                    : c.world().task;
            return as(c).body(with(c.world().taskBody("CONTINUOUS", null), "ordinal", task.get("ordinal"), "title",
                    "Nhiệm vụ đã sửa", "version", version(task))).put("/api/v1/tasks/" + id(task));
        });
        on("listTaskAssignments", c -> as(c).get("/api/v1/tasks/" + id(c.world().task) + "/assignments"));
        on("assignTask", c -> {
            long task = c.expectsSuccess() ? id(c.world().task(id(c.world().directive), "CONTINUOUS", null))
                    : id(c.world().task);
            return as(c).body(Map.of("organizationIds", List.of(c.world().rachGiaFront)))
                    .post("/api/v1/tasks/" + task + "/assignments");
        });
        on("assignTask/target-elsewhere", c -> as(c).body(Map.of("organizationIds", List.of(c.world().hanoiFront)))
                .post("/api/v1/tasks/" + id(c.world().task) + "/assignments"));
        // a preview writes nothing: every cell asks it of the shared task, whose Front of Rạch Giá is never assigned
        on("assignTaskPreview", c -> as(c).body(Map.of("organizationIds", List.of(c.world().rachGiaFront)))
                .post("/api/v1/tasks/" + id(c.world().task) + "/assignments/preview"));
        on("assignTaskPreview/target-elsewhere",
                c -> as(c).body(Map.of("organizationIds", List.of(c.world().hanoiFront)))
                        .post("/api/v1/tasks/" + id(c.world().task) + "/assignments/preview"));
        on("assignTaskPreview/unit-elsewhere",
                c -> as(c).body(Map.of("kind", "FATHERLAND_FRONT", "underUnitId", c.world().hanoiUnit))
                        .post("/api/v1/tasks/" + id(c.world().task) + "/assignments/preview"));
        on("assignTask/unit-elsewhere",
                c -> as(c).body(Map.of("kind", "FATHERLAND_FRONT", "underUnitId", c.world().hanoiUnit))
                        .post("/api/v1/tasks/" + id(c.world().task) + "/assignments"));

        // --- assignments, reports, evidence, explanations
        on("listAssignments", c -> as(c).get("/api/v1/assignments"));
        on("summarizeAssignments", c -> as(c).get("/api/v1/assignments/summary"));
        on("exportAssignmentSummary", c -> as(c).accept("*/*").get("/api/v1/assignments/summary/export"));
        on("getModelFunnel", c -> as(c).queryParam("roundId", EmulationFixtures.movement().openRound())
                .queryParam("unitId", Fixtures.unitIdOf(Tokens.COMMUNE)).get("/api/v1/mobilization-models/funnel"));
        on("exportModelFunnel",
                c -> as(c).accept("*/*").queryParam("roundId", EmulationFixtures.movement().openRound())
                        .queryParam("unitId", Fixtures.unitIdOf(Tokens.COMMUNE))
                        .get("/api/v1/mobilization-models/funnel.xlsx"));
        on("getAssignment", c -> as(c).get("/api/v1/assignments/" + c.world().cascade.assignment()));
        on("updateAssignment", c -> updateAssignment(c, "IN_PROGRESS", 40));
        on("updateAssignment/cancel", c -> updateAssignment(c, "CANCELLED", 0));
        on("listAssignmentReports",
                c -> as(c).get("/api/v1/assignments/" + c.world().cascade.assignment() + "/reports"));
        on("listSubAssignments",
                c -> as(c).get("/api/v1/assignments/" + c.world().cascade.assignment() + "/sub-assignments"));
        on("assignSubAssignments", c -> {
            long parent = c.expectsSuccess() ? c.world().freshCascade().parent() : c.world().cascade.parent();
            return as(c).body(Map.of("organizationIds", List.of(c.world().rachGiaFront)))
                    .post("/api/v1/assignments/" + parent + "/sub-assignments");
        });
        on("listExplanations", c -> as(c).get("/api/v1/assignments/" + c.world().overdue + "/explanations"));
        on("requestExplanation", c -> {
            // the shared overdue one has a question waiting already: refusals use another one, never asked
            long assignment = c.expectsSuccess() ? c.world().overdueAssignment() : c.world().overdueUnasked();
            return as(c).body(Map.of("question", "Vì sao chậm?"))
                    .post("/api/v1/assignments/" + assignment + "/explanations");
        });
        on("getExplanation", c -> as(c).get("/api/v1/explanations/" + id(c.world().explanation)));
        on("answerExplanation", c -> {
            Map<String, Object> e = c.expectsSuccess() ? c.world().explanation(c.world().overdueAssignment())
                    : c.world().explanation;
            return as(c).body(Map.of("answer", "Do thiếu kinh phí", "version", version(e)))
                    .put("/api/v1/explanations/" + id(e));
        });
        on("listReports", c -> as(c).get("/api/v1/reports"));
        on("getReport", c -> as(c).get("/api/v1/reports/" + c.world().report));
        on("submitReport", c -> {
            long report = c.expectsSuccess() ? c.world().openReport(c.world().freshCascade().assignment())
                    : c.world().report;
            return as(c)
                    .body(Map.of("text", "Đã triển khai đến các khu phố", "version", c.world().reportVersion(report)))
                    .put("/api/v1/reports/" + report);
        });
        on("reviewReport", c -> {
            long report = c.expectsSuccess() ? c.world().submittedReport() : c.world().submitted();
            return as(c).body(Map.of("decision", "ACCEPTED", "version", c.world().reportVersion(report)))
                    .post("/api/v1/reports/" + report + "/review");
        });
        on("reviewReports", c -> {
            long report = c.expectsSuccess() ? c.world().submittedReport() : c.world().submitted();
            return as(c)
                    .body(Map.of("decision", "ACCEPTED", "items",
                            List.of(Map.of("id", report, "version", c.world().reportVersion(report)))))
                    .post("/api/v1/reports/reviews");
        });
        on("listReportAttachments", c -> as(c).get("/api/v1/reports/" + c.world().report + "/attachments"));
        on("addReportAttachment", c -> c.upload(seat(c)).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/reports/" + c.world().report + "/attachments"));
        on("downloadReportAttachment", c -> as(c).accept("*/*")
                .get("/api/v1/reports/" + c.world().report + "/attachments/" + c.world().reportPhoto));
        on("deleteReportAttachment", c -> {
            long photo = c.expectsSuccess() ? c.world().attachToReport(c.world().report) : c.world().reportPhoto;
            return as(c).delete("/api/v1/reports/" + c.world().report + "/attachments/" + photo);
        });

        // --- "Dân vận khéo": movements, models, round records, the showcase (objects of EmulationFixtures)
        on("listMovements", c -> as(c).get("/api/v1/emulation/movements"));
        on("getMovement", c -> as(c).get("/api/v1/emulation/movements/" + Emulation.movement().id()));
        on("createMovement",
                c -> as(c).body(EmulationFixtures.movementBody(c.world().board)).post("/api/v1/emulation/movements"));
        on("updateMovement", c -> {
            long movement = c.expectsSuccess() ? EmulationFixtures.newMovement().id() : Emulation.movement().id();
            Map<String, Object> body = EmulationFixtures.movementBody(c.world().board);
            return as(c).body(Map.of("name", body.get("name"), "fields", body.get("fields"), "version", 0))
                    .put("/api/v1/emulation/movements/" + movement);
        });
        on("updateRound", c -> {
            long round = c.expectsSuccess() ? EmulationFixtures.newMovement().openRound()
                    : Emulation.movement().openRound();
            var today = EmulationFixtures.today();
            return as(c).body(Map.of("registrationFrom", today.minusDays(10).toString(), "registrationTo",
                    today.plusDays(40).toString(), "appraisalDeadline", today.plusDays(70).toString(), "version", 0))
                    .put("/api/v1/emulation/rounds/" + round);
        });
        on("listModels", c -> as(c).queryParam("q", "ma tran").get("/api/v1/mobilization-models"));
        on("registerModel", c -> as(c).body(EmulationFixtures.registration(Emulation.movement().openRound(),
                "Mô hình ma trận " + Fixtures.uniqueCode("MT"))).post("/api/v1/mobilization-models"));
        on("getModel", c -> as(c).get("/api/v1/mobilization-models/" + Emulation.model().id()));
        on("updateModel", c -> {
            EmulationFixtures.Model m = c.expectsSuccess() ? EmulationFixtures.model() : Emulation.model();
            return as(c)
                    .body(Map.of("name", "Mô hình đã sửa " + Fixtures.uniqueCode("MS"), "field", "KINH_TE", "owner",
                            Map.of("kind", "COLLECTIVE", "name", "Chi hội Nông dân"), "startedOn", "2026-01-15",
                            "problem", "Vấn đề", "approach", "Cách làm", "version", m.modelVersion()))
                    .put("/api/v1/mobilization-models/" + m.id());
        });
        on("getModelTimeline", c -> as(c).get("/api/v1/mobilization-models/" + Emulation.model().id() + "/timeline"));
        on("enrollModelRound", c -> {
            long model = c.expectsSuccess() ? EmulationFixtures.model().id() : Emulation.model().id();
            return as(c).body(Map.of("roundId", Emulation.movement().midTermRound(), "mark", "MAINTAINED"))
                    .post("/api/v1/mobilization-models/" + model + "/rounds");
        });
        on("discontinueModel", c -> modelAction(c, EmulationFixtures::model, "discontinue"));
        on("publishModel", c -> modelAction(c, () -> EmulationFixtures.modelIn("RECOGNIZED"), "publish"));
        on("unpublishModel",
                c -> modelAction(c, () -> EmulationFixtures.recognizedWithPhoto(true).getKey(), "unpublish"));
        on("getModelRound", c -> as(c).get("/api/v1/model-rounds/" + Emulation.model().record()));
        on("startModelRound", c -> roundAction(c, "REGISTERED", "start"));
        on("reportModelResults", c -> roundAction(c, "IN_PROGRESS", "report-results"));
        on("submitModelRound", c -> roundAction(c, "REPORTED", "submit"));
        on("appraiseModelRound", c -> roundAction(c, "SUBMITTED", "appraise"));
        on("appraiseModelRound/upward", c -> roundAction(c, "PROPOSED_UPWARD", "appraise"));
        on("returnModelRound", c -> roundAction(c, "SUBMITTED", "return"));
        on("recognizeModelRound", c -> roundAction(c, "APPRAISED", "recognize"));
        on("markModelExemplary", c -> roundAction(c, "RECOGNIZED", "mark-exemplary"));
        on("proposeModelCommendation", c -> roundAction(c, "RECOGNIZED", "propose-commendation"));
        on("commendModelRound", c -> roundAction(c, "PROPOSED_FOR_COMMENDATION", "commend"));
        on("proposeModelUpward", c -> roundAction(c, "RECOGNIZED", "propose-upward"));
        on("addModelRoundAttachment", c -> c.upload(seat(c)).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/model-rounds/" + Emulation.model().record() + "/attachments"));
        on("downloadModelRoundAttachment", c -> as(c).accept("*/*")
                .get("/api/v1/model-rounds/" + Emulation.model().record() + "/attachments/" + Emulation.modelPhoto()));
        on("listPublicModels", c -> as(c).get("/api/v1/public/models"));
        on("getPublicModel", c -> as(c).get("/api/v1/public/models/" + Emulation.published().getKey().id()));
        on("getPublicModel/unpublished",
                c -> as(c).get("/api/v1/public/models/" + Emulation.unpublished().getKey().id()));
        on("downloadPublicModelPhoto", c -> as(c).accept("*/*").get("/api/v1/public/models/"
                + Emulation.published().getKey().id() + "/photos/" + Emulation.published().getValue()));

        // --- recognition counts and the public list of recognized areas (issue 13)
        on("getRecognitionCounts", c -> as(c).queryParam("year", 2025).queryParam("unitId", c.world().rachGiaUnit)
                .get("/api/v1/recognition-counts"));
        on("getRecognitionCriterionFailures", c -> as(c).queryParam("year", 2025)
                .queryParam("unitId", c.world().rachGiaUnit).get("/api/v1/recognition-counts/criteria"));
        on("exportRecognitionCounts", c -> as(c).accept("*/*").queryParam("year", 2025)
                .queryParam("unitId", c.world().rachGiaUnit).get("/api/v1/recognition-counts.xlsx"));
        on("listPublicRecognizedAreas", c -> as(c).get("/api/v1/public/recognized-areas"));

        // --- rural programme (issue 14, parts 1-2): the object is commune A (phường Rạch Giá)
        on("listRuralCommunes", c -> as(c).get(RURAL));
        on("getRuralCommuneCriteria", c -> as(c).queryParam("setId", c.world().rural().title.setId())
                .get(RURAL + "/" + c.world().rachGiaUnit + "/criteria"));
        on("listRuralCommuneGroups", c -> as(c).get(RURAL + "/" + c.world().rachGiaUnit + "/groups"));
        on("getRuralCommuneStanding", c -> as(c).get(RURAL + "/" + c.world().rachGiaUnit + "/standing"));
        on("listRuralRecognitions", c -> as(c).get(RURAL + "/" + c.world().rachGiaUnit + "/recognitions"));
        on("downloadRuralEvidence",
                c -> as(c).accept("*/*").get(ruralRow(c) + "/attachments/" + c.world().rural().photo()));
        on("setRuralCommuneGroup",
                c -> as(c)
                        .body(Map.of("periodTo", 2035, "group", 2, "version",
                                RuralFixtures.groupVersion(c.world().rachGiaUnit, 2031)))
                        .put(RURAL + "/" + c.world().rachGiaUnit + "/groups/2031"));
        on("saveRuralAssessment", c -> as(c).body(Map.of("met", true, "version",
                RuralFixtures.assessmentVersion(c.world().rachGiaUnit, 2026, c.world().rural().title.criterion("2"))))
                .put(ruralRow(c)));
        on("addRuralEvidence", c -> {
            c.world().rural().photo(); // the assessment exists
            return c.upload(seat(c)).multiPart("file", "anh.png", Documents.png()).post(ruralRow(c) + "/attachments");
        });
        on("recordRuralRecognition",
                c -> as(c).body(Map.of("titleId",
                        c.expectsSuccess() ? RuralFixtures.ntmTitle().id() : c.world().rural().title.id(), "number",
                        Fixtures.uniqueSequence() + "/QĐ-UBND", "signedOn", "2019-05-10", "signer",
                        "Chủ tịch UBND tỉnh")).post(RURAL + "/" + c.world().rachGiaUnit + "/recognitions"));
        on("registerRecognitionCase/commune-subject", c -> as(c)
                .body(Map.of("unitId", c.world().rachGiaUnit, "titleId",
                        c.expectsSuccess() ? RecognitionSetFixtures
                                .title(RecognitionSetFixtures.Spec.standard("PROVINCE").subjectKind("COMMUNE")).id()
                                : c.world().rural().communeSubjectTitle.id(),
                        "year", 2026, "kind", "INITIAL"))
                .post("/api/v1/recognition-cases"));
    }

    // ---- rural programme (issue 14): commune A's assessment of the fixture NTM title's criterion 2 in 2026

    private static String ruralRow(Cell c) {
        return RURAL + "/" + c.world().rachGiaUnit + "/assessments/2026/" + c.world().rural().title.criterion("2");
    }

    static {
        // --- targets (issue 14, part 3): a target of commune A on a directive of the province's board
        on("listDirectiveTargets",
                c -> as(c).get("/api/v1/directives/" + c.world().targets().directive() + "/targets"));
        on("createTarget", c -> as(c).body(c.world().targetBody())
                .post("/api/v1/directives/" + c.world().targets().directive() + "/targets"));
        on("listTargets", c -> as(c).get("/api/v1/targets"));
        on("exportTargets", c -> as(c).accept("*/*").get("/api/v1/targets.xlsx"));
        on("getTarget", c -> as(c).get("/api/v1/targets/" + c.world().targets().target()));
        on("getTargetProgress", c -> as(c).get("/api/v1/targets/" + c.world().targets().target() + "/progress"));
        on("listTargetMissingUnits",
                c -> as(c).get("/api/v1/targets/" + c.world().targets().target() + "/missing-units"));
        on("updateTarget", c -> {
            long target = targetFor(c);
            Map<String, Object> body = c.world().targetBody();
            body.put("valueMin", 4);
            body.put("version", c.world().targetVersion(target));
            return as(c).body(body).put("/api/v1/targets/" + target);
        });
        on("deleteTarget", c -> {
            long target = targetFor(c);
            return as(c).queryParam("version", c.world().targetVersion(target)).delete("/api/v1/targets/" + target);
        });
    }

    /** A fresh target for a success (which changes it), the shared one for a refusal. */
    private static long targetFor(Cell c) {
        return c.expectsSuccess() ? c.world().freshTarget(c.world().targets().directive())
                : c.world().targets().target();
    }

    static {
        // --- satisfaction surveys (issue 14, part 4): a survey of phường Rạch Giá (AuthorizationWorld.Surveys)
        on("listSatisfactionSurveys", c -> as(c).get(SurveyFixtures.SURVEYS));
        on("createSatisfactionSurvey",
                c -> as(c).body(
                        SurveyFixtures.createBody(List.of(c.world().surveys().shared("DRAFT").areaIds().get(0)), 2))
                        .post(SurveyFixtures.SURVEYS));
        on("getSatisfactionSurvey", c -> as(c).get(survey(c, "OPEN", false, "")));
        on("updateSatisfactionSurvey", c -> {
            SurveyFixtures.Survey s = surveyFor(c, "DRAFT", true);
            return as(c).body(AuthorizationWorld.Surveys.update(s)).put(SurveyFixtures.SURVEYS + "/" + s.id());
        });
        on("openSatisfactionSurvey", c -> surveyStep(c, "DRAFT", "open"));
        on("closeSatisfactionSurvey", c -> surveyStep(c, "OPEN", "close"));
        on("publishSatisfactionSurvey", c -> surveyStep(c, "CLOSED", "publish"));
        on("enterSatisfactionResponse", c -> {
            SurveyFixtures.Survey s = c.world().surveys().shared("OPEN");
            return as(c).body(SurveyFixtures.form(s, s.areaIds().get(0), 5, 4))
                    .post(SurveyFixtures.SURVEYS + "/" + s.id() + "/responses");
        });
        on("generateSatisfactionCodes", c -> {
            SurveyFixtures.Survey s = c.world().surveys().shared("OPEN");
            return as(c).body(Map.of("residentialAreaId", s.areaIds().get(0), "count", 1))
                    .post(SurveyFixtures.SURVEYS + "/" + s.id() + "/codes");
        });
        on("getSatisfactionResults", c -> as(c).get(survey(c, "OPEN", false, "/results")));
        on("exportSatisfactionResults", c -> as(c).accept("*/*").get(survey(c, "OPEN", false, "/results.xlsx")));
        on("listPublicSatisfactionSurveys", c -> publicSurveys(c).get(SurveyFixtures.PUBLIC));
        on("getPublicSatisfactionResults", c -> publicSurveys(c)
                .get(SurveyFixtures.PUBLIC + "/" + c.world().surveys().shared("PUBLISHED").id() + "/results"));
        on("getPublicSatisfactionQuestionnaire", c -> publicSurveys(c)
                .get(SurveyFixtures.PUBLIC + "/" + c.world().surveys().shared("OPEN").id() + "/questionnaire"));
        on("submitPublicSatisfactionResponse", c -> {
            SurveyFixtures.Survey s = c.world().surveys().shared("OPEN");
            String code = SurveyFixtures.codes(s, s.areaIds().get(1), 1).get(0);
            return publicSurveys(c)
                    .body(Map.of("code", code, "answers",
                            List.of(Map.of("questionId", s.questionIds().get(0), "value", 4))))
                    .post(SurveyFixtures.PUBLIC + "/" + s.id() + "/responses");
        });
    }

    // ---- satisfaction surveys (issue 14, part 4)

    /** A fresh survey in the state for a success (which changes it), the shared one for a refusal. */
    private static SurveyFixtures.Survey surveyFor(Cell c, String state, boolean changes) {
        return changes && c.expectsSuccess() ? c.world().surveys().fresh(state) : c.world().surveys().shared(state);
    }

    private static String survey(Cell c, String state, boolean changes, String tail) {
        return SurveyFixtures.SURVEYS + "/" + surveyFor(c, state, changes).id() + tail;
    }

    private static Response surveyStep(Cell c, String state, String step) {
        SurveyFixtures.Survey s = surveyFor(c, state, true);
        return as(c).body(Map.of("version", s.version())).post(SurveyFixtures.SURVEYS + "/" + s.id() + "/" + step);
    }

    /** A public request: the rate limit starts from full buckets (every cell comes from the same address). */
    private static RequestSpecification publicSurveys(Cell c) {
        io.quarkus.arc.Arc.container().instance(vn.danvan.survey.PublicRateLimit.class).get().reset();
        return as(c);
    }

    // ---- recognition cases (issue 13): the object is a case of an area of phường Rạch Giá (AuthorizationWorld)

    private static RecognitionFixtures.Case sharedCase(Cell c, String state, boolean province) {
        return c.world().recognition().shared(state, province);
    }

    /** A fresh case for a success, the shared one of the state for a refusal. */
    private static RecognitionFixtures.Case caseFor(Cell c, String state, boolean province) {
        return c.expectsSuccess() ? c.world().recognition().fresh(state, province) : sharedCase(c, state, province);
    }

    /** A step of the case with its body and version. */
    private static Response caseStep(Cell c, String state, boolean province, String step) {
        RecognitionFixtures.Case rc = caseFor(c, state, province);
        return as(c).body(RecognitionFixtures.body(step, rc.version())).post(CASES + rc.id() + "/" + step);
    }

    private static Response revoke(Cell c, boolean province) {
        RecognitionFixtures.Case rc = caseFor(c, "RECOGNIZED", province);
        return as(c)
                .body(Map.of("number", Fixtures.uniqueSequence() + "/QĐ-UBND", "revokedOn", RecognitionFixtures.day(0),
                        "reason", "Không giữ vững", "version", 0))
                .post("/api/v1/recognition-decisions/" + rc.decisionId() + "/revoke");
    }

    /**
     * The caller's request; for the relations own-area and other-area, a token of the commune that names a residential
     * area (claim residential_area_code): the object's own, or another area of the same commune.
     */
    private static RequestSpecification onArea(Cell c, String areaCode) {
        String area = areaOf(c, areaCode);
        if (area == null) {
            return as(c);
        }
        return switch (c.caller()) {
        case "none", "no-aud" -> c.request(AREA_SEAT);
        default -> Api.bad(areaToken(c, area));
        };
    }

    private static RequestSpecification uploadOnArea(Cell c, String areaCode) {
        String area = areaOf(c, areaCode);
        if (area == null) {
            return c.upload(seat(c));
        }
        return switch (c.caller()) {
        case "none", "no-aud" -> c.upload(AREA_SEAT);
        default -> Api.upload(areaToken(c, area));
        };
    }

    private static String areaOf(Cell c, String areaCode) {
        return switch (c.row().relation()) {
        case "own-area" -> areaCode;
        case "other-area" -> c.world().recognition().otherAreaCode;
        default -> null;
        };
    }

    private static String areaToken(Cell c, String areaCode) {
        return Jwt.preferredUserName(c.caller() + "." + c.row().relation()).claim("name", "Người dùng khu dân cư")
                .claim("realm_access", Map.of("roles", List.of(c.caller()))).claim("unit_code", Tokens.COMMUNE)
                .claim("organization_code", "30742-MTTQ").claim("residential_area_code", areaCode)
                .issuer("https://server.example.com").audience(Tokens.AUDIENCE).sign();
    }

    /** Fresh criteria objects for a success (which changes them), the shared ones for a refusal. */
    private static AuthorizationWorld.CriteriaWorld criteria(Cell c, boolean national) {
        return c.expectsSuccess() ? c.world().freshCriteria(national) : c.world().criteria(national);
    }

    /** A fresh model for a success, the shared one for a refusal; a model action with its version. */
    private static Response modelAction(Cell c, java.util.function.Supplier<EmulationFixtures.Model> fresh,
            String action) {
        EmulationFixtures.Model m = c.expectsSuccess() ? fresh.get() : Emulation.model();
        return as(c).body(Map.of("version", m.modelVersion()))
                .post("/api/v1/mobilization-models/" + m.id() + "/" + action);
    }

    /**
     * A round-record action on a record in the state it starts from: a fresh one for a success, a shared one (never
     * changed, since every cell on it is refused) for a refusal.
     */
    private static Response roundAction(Cell c, String state, String action) {
        EmulationFixtures.Model m = c.expectsSuccess() ? EmulationFixtures.modelIn(state) : Emulation.in(state);
        return as(c).body(EmulationFixtures.body(action, null, m.recordVersion()))
                .post("/api/v1/model-rounds/" + m.record() + "/" + action);
    }

    /** The shared emulation objects of the matrix, made once when first asked for. */
    private static final class Emulation {
        private static final Map<String, EmulationFixtures.Model> BY_STATE = new HashMap<>();
        private static EmulationFixtures.Model model;
        private static Long modelPhoto;
        private static Map.Entry<EmulationFixtures.Model, Long> published;
        private static Map.Entry<EmulationFixtures.Model, Long> unpublished;

        static EmulationFixtures.Movement movement() {
            return EmulationFixtures.movement();
        }

        static synchronized EmulationFixtures.Model model() {
            if (model == null) {
                model = EmulationFixtures.model();
            }
            return model;
        }

        static synchronized long modelPhoto() {
            if (modelPhoto == null) {
                modelPhoto = EmulationFixtures.photo(model().record());
            }
            return modelPhoto;
        }

        static synchronized EmulationFixtures.Model in(String state) {
            return BY_STATE.computeIfAbsent(state, EmulationFixtures::modelIn);
        }

        static synchronized Map.Entry<EmulationFixtures.Model, Long> published() {
            if (published == null) {
                published = EmulationFixtures.recognizedWithPhoto(true);
            }
            return published;
        }

        static synchronized Map.Entry<EmulationFixtures.Model, Long> unpublished() {
            if (unpublished == null) {
                unpublished = EmulationFixtures.recognizedWithPhoto(false);
            }
            return unpublished;
        }
    }

    /** A fresh commune of An Giang changed by the caller; same-commune is that commune's own admin. */
    private static Response updateUnit(Cell c, Long successor) {
        Map<String, Object> unit = c.expectsSuccess() ? Fixtures.newCommuneInAnGiang() : c.world().communeToChange();
        Seat seat = c.world().seat(c.row().relation(), new Seat((String) unit.get("code"), null));
        Map<String, Object> body = new HashMap<>();
        body.put("name", unit.get("name"));
        body.put("shortName", unit.get("shortName"));
        body.put("kind", unit.get("kind"));
        body.put("validFrom", unit.get("validFrom"));
        body.put("version", unit.get("version"));
        if (successor != null) {
            body.put("validTo", "2026-06-30");
            body.put("successorId", successor);
        }
        return c.request(seat).body(body).put("/api/v1/units/" + id(unit));
    }

    private static Response updateDirective(Cell c, Map<String, Object> changes) {
        Map<String, Object> d = c.expectsSuccess() ? c.world().directive(false, false) : c.world().directive;
        Map<String, Object> body = c.world().directiveBody(false, false);
        body.put("number", ((Map<?, ?>) d.get("number")).get("text"));
        body.put("subject", d.get("subject"));
        body.put("version", version(d));
        body.putAll(changes);
        return as(c).body(body).put("/api/v1/directives/" + id(d));
    }

    private static Response updateAssignment(Cell c, String status, int progress) {
        long assignment = c.expectsSuccess() ? c.world().freshCascade().assignment() : c.world().cascade.assignment();
        return as(c).body(
                Map.of("status", status, "progress", progress, "version", c.world().assignmentVersion(assignment)))
                .put("/api/v1/assignments/" + assignment);
    }
}
