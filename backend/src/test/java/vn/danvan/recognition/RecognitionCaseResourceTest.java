package vn.danvan.recognition;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;
import static vn.danvan.testing.RecognitionFixtures.body;
import static vn.danvan.testing.RecognitionFixtures.caseIn;
import static vn.danvan.testing.RecognitionFixtures.day;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.RecognitionSetFixtures;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionFixtures;
import vn.danvan.testing.RecognitionFixtures.Case;
import vn.danvan.testing.Tokens;

/**
 * Recognition cases over HTTP against real PostgreSQL: the whole way from registration to the decision and its
 * revocation by the people the issue names, then each endpoint's refusals — 400, 401, 403 (role; a sibling commune;
 * another province; another area's reporter), 404 and 409 (stale version, wrong state, the rules).
 */
@QuarkusTest
class RecognitionCaseResourceTest {

    private static final String CASES = "/api/v1/recognition-cases/";
    private static final String COMMUNE_APPRAISER = Tokens.token("appraiser.rachgia", Tokens.COMMUNE, "30742-UBND",
            "appraiser");
    private static final String PROVINCE_APPRAISER = Tokens.token("appraiser.angiang", Tokens.PROVINCE, "91-BTGDV",
            "appraiser");
    private static String sibling;

    /** An editor of a fresh commune of An Giang: same province, not the case's commune. */
    private static synchronized String siblingEditor() {
        if (sibling == null) {
            sibling = Tokens.token("editor.sibling", (String) Fixtures.newCommuneInAnGiang().get("code"), null,
                    "editor", "admin");
        }
        return sibling;
    }

    private static String areaReporter(String areaCode) {
        return Tokens.areaReporter("reporter." + areaCode, Tokens.COMMUNE, areaCode);
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    // ---- the whole way

    @Test
    void anAreaIsRegisteredAssessedReviewedPostedVotedAppraisedAndRecognizedByThePeopleTheIssueNames() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Map<String, Object> area = RecognitionFixtures.area();
        long areaId = ((Number) area.get("id")).longValue();
        String reporter = areaReporter((String) area.get("code"));

        // the area's own reporter registers and self-assesses on a phone, one criterion at a time, with a photo
        JsonPath registered = Api.as(reporter).body(RecognitionFixtures.registration(areaId, title.id())).post(CASES)
                .then().statusCode(201).header("Location", containsString(CASES)).body("state", equalTo("REGISTERED"))
                .body("criteriaSet.id", equalTo((int) title.setId())).body("criteriaSet.versionNo", equalTo(1))
                .body("title.decidingLevel", equalTo("COMMUNE")).body("residentialArea.code", equalTo(area.get("code")))
                .body("criteriaCount", equalTo(3)).body("assessedCount", equalTo(0))
                .body("criteria.code", contains("C1", "C2", "C3")).body("criteria[0].assessment.version", equalTo(0))
                .extract().jsonPath();
        long id = registered.getLong("id");
        RecognitionSetFixtures.Criterion c1 = title.criteria().get(0);
        long photo = Api.upload(reporter).multiPart("file", "nha-van-hoa.png", Documents.png())
                .post(CASES + id + "/assessments/" + c1.id() + "/attachments").then().statusCode(201)
                .body("mediaType", equalTo("image/png")).body("sha256", not(empty())).extract().jsonPath()
                .getLong("id");
        Api.as(reporter).accept("*/*").get(CASES + id + "/assessments/" + c1.id() + "/attachments/" + photo).then()
                .statusCode(200).contentType("image/png").header("Repr-Digest", containsString("sha-256="));
        for (RecognitionSetFixtures.Criterion k : title.criteria()) {
            Api.as(reporter).body(k.passing(0)).put(CASES + id + "/assessments/" + k.id()).then().statusCode(200)
                    .body("criterionId", equalTo((int) k.id())).body("selfPassed", equalTo(true))
                    .body("assessedBy", equalTo("reporter." + area.get("code")));
        }
        JsonPath assessed = Api.as(reporter).get(CASES + id).then().statusCode(200).body("assessedCount", equalTo(3))
                .body("meetsCriteria", equalTo(true)).body("selfScore", equalTo(10.0f))
                .body("criteria[0].assessment.attachments[0].id", equalTo((int) photo)).extract().jsonPath();
        Api.as(reporter).body(Map.of("version", assessed.getLong("version"))).post(CASES + id + "/submit").then()
                .statusCode(200).body("state", equalTo("SELF_ASSESSED"));

        // the commune reviews side by side: agrees with two, changes the score of the third with a reason
        for (RecognitionSetFixtures.Criterion k : title.criteria()) {
            Map<String, Object> review = k.kind().equals("SCORED")
                    ? Map.of("review", "CHANGE", "reason", "Thiếu biên bản họp", "score", 7, "version",
                            RecognitionFixtures.assessmentVersion(new Case(id, 0, areaId, null, title, null), k.id()))
                    : Map.of("review", "AGREE", "version",
                            RecognitionFixtures.assessmentVersion(new Case(id, 0, areaId, null, title, null), k.id()));
            Api.as(Tokens.COMMUNE_EDITOR).body(review).put(CASES + id + "/reviews/" + k.id()).then().statusCode(200)
                    .body("review", equalTo(review.get("review")));
        }
        long version = RecognitionFixtures.version(id);
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", version)).post(CASES + id + "/complete-review").then()
                .statusCode(200).body("state", equalTo("REVIEWED")).body("reviewedScore", equalTo(7.0f))
                .body("criteria[1].assessment.reviewReason", equalTo("Thiếu biên bản họp"));

        // the posting, recorded after the fact, with a comment received
        version = Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.posting(-20, -11), "version", version + 1)).post(CASES + id + "/post")
                .then().statusCode(200).body("state", equalTo("POSTED")).body("posting.postedTo", equalTo(day(-11)))
                .extract().jsonPath().getLong("version");
        version = Api.as(Tokens.COMMUNE_EDITOR).body(body("posting-comments", version))
                .post(CASES + id + "/posting-comments").then().statusCode(201)
                .body("posting.comments[0].content", equalTo("Đồng ý công nhận")).extract().jsonPath()
                .getLong("version");

        // the council: 9 of 10 present for, at 90 %
        version = Api.as(Tokens.COMMUNE_EDITOR).body(with(RecognitionFixtures.council(10, 9, 1), "version", version))
                .post(CASES + id + "/council").then().statusCode(200).body("state", equalTo("VOTED"))
                .body("council.passed", equalTo(true)).body("council.votesFor", equalTo(9)).extract().jsonPath()
                .getLong("version");

        // the commune decides this title: its appraiser appraises, its editor signs
        version = Api.as(COMMUNE_APPRAISER).body(body("appraise", version)).post(CASES + id + "/appraise").then()
                .statusCode(200).body("state", equalTo("APPRAISED"))
                .body("appraisal.appraisedBy", equalTo("appraiser.rachgia")).extract().jsonPath().getLong("version");
        JsonPath decided = Api.as(Tokens.COMMUNE_EDITOR)
                .body(Map.of("number", "215/QĐ-UBND", "signedOn", day(-1), "signer", "Chủ tịch UBND", "version",
                        version))
                .post(CASES + id + "/decide").then().statusCode(200).body("state", equalTo("RECOGNIZED"))
                .body("decision.level", equalTo("COMMUNE")).body("decision.status", equalTo("IN_FORCE"))
                .body("decision.validFrom", equalTo(day(-1)))
                .body("decision.validUntil", equalTo(RecognitionFixtures.today().minusDays(1).plusYears(3).toString()))
                .extract().jsonPath();
        long decision = decided.getLong("decision.id");

        // the timeline shows every step, with the names the demo data uses
        Api.as(reporter).get(CASES + id + "/timeline").then().statusCode(200)
                .body("action",
                        contains("REGISTER", "ADD_EVIDENCE", "SELF_ASSESS", "SELF_ASSESS", "SELF_ASSESS", "SUBMIT",
                                "REVIEW", "REVIEW", "REVIEW", "COMPLETE_REVIEW", "POST", "POSTING_COMMENT", "COUNCIL",
                                "APPRAISE", "DECIDE"))
                .body("[0].toState", equalTo("REGISTERED")).body("[5].fromState", equalTo("REGISTERED"))
                .body("[5].toState", equalTo("SELF_ASSESSED")).body("[-1].toState", equalTo("RECOGNIZED"));

        // and the commune that decided revokes it: the decision stays, REVOKED
        Api.as(Tokens.COMMUNE_EDITOR)
                .body(Map.of("number", "300/QĐ-UBND", "revokedOn", day(0), "reason", "Vi phạm", "version", 0))
                .post("/api/v1/recognition-decisions/" + decision + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationNumber", equalTo("300/QĐ-UBND"));
        Api.as(reporter).get("/api/v1/recognition-decisions/" + decision).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("caseId", equalTo((int) id));
        Api.as(reporter).get(CASES + id + "/timeline").then().body("[-1].action", equalTo("REVOKE"));
        // every step audited (the audit API does not list recognition cases yet: read from the table)
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE",
                        "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"),
                RecognitionSetFixtures.auditActions("RecognitionCase", id));
    }

    @Test
    void aTitleTheProvinceDecidesIsAppraisedAndSignedByTheProvinceOnly() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("PROVINCE");
        Case c = caseIn("VOTED", title);
        assertProblem(
                Api.as(COMMUNE_APPRAISER).body(body("appraise", c.version())).post(CASES + c.id() + "/appraise").then(),
                403, "forbidden");
        long version = Api.as(PROVINCE_APPRAISER).body(body("appraise", c.version())).post(CASES + c.id() + "/appraise")
                .then().statusCode(200).body("state", equalTo("APPRAISED")).extract().jsonPath().getLong("version");
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(body("decide", version)).post(CASES + c.id() + "/decide").then(),
                403, "forbidden");
        assertProblem(
                Api.as(Tokens.COMMUNE_ADMIN).body(body("decide", version)).post(CASES + c.id() + "/decide").then(), 403,
                "forbidden");
        long decision = Api.as(Tokens.PROVINCE_EDITOR).body(body("decide", version)).post(CASES + c.id() + "/decide")
                .then().statusCode(200).body("decision.level", equalTo("PROVINCE")).extract().jsonPath()
                .getLong("decision.id");
        Map<String, Object> revocation = Map.of("number", "9/QĐ-UBND", "revokedOn", day(0), "reason", "Vi phạm",
                "version", 0);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(revocation)
                .post("/api/v1/recognition-decisions/" + decision + "/revoke").then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(revocation)
                .post("/api/v1/recognition-decisions/" + decision + "/revoke").then(), 403, "out-of-scope");
        Api.as(Tokens.PROVINCE_EDITOR).body(revocation).post("/api/v1/recognition-decisions/" + decision + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        // revoked already
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(with(revocation, "version", 1))
                .post("/api/v1/recognition-decisions/" + decision + "/revoke").then(), 409, "conflict");
    }

    // ---- register

    @Test
    void registrationIsJudgedByTheSetInForceAndRefusedForTheWrongAreaTitleOrCaller() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Map<String, Object> area = RecognitionFixtures.area();
        long areaId = ((Number) area.get("id")).longValue();
        Map<String, Object> body = RecognitionFixtures.registration(areaId, title.id());

        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("titleId", title.id())).post(CASES).then(),
                "residentialAreaId");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(with(body, "year", 1800)).post(CASES).then(), "year");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(with(body, "titleId", 999_999_999L)).post(CASES).then(),
                "titleId");
        RecognitionSetFixtures.Title communeTitle = RecognitionSetFixtures
                .title(RecognitionSetFixtures.Spec.standard("PROVINCE").subjectKind("COMMUNE"));
        assertFieldError(
                Api.as(Tokens.COMMUNE_EDITOR).body(with(body, "titleId", communeTitle.id())).post(CASES).then(),
                "titleId");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(with(body, "kind", "REASSESSMENT")).post(CASES).then(),
                "reassessesDecisionId");
        assertProblem(Api.anonymous().body(body).post(CASES).then(), 401, "unauthorized");
        // another area's reporter, a sibling commune, another province, a role that registers nothing
        Map<String, Object> other = RecognitionFixtures.area();
        assertProblem(Api.as(areaReporter((String) other.get("code"))).body(body).post(CASES).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(siblingEditor()).body(body).post(CASES).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body).post(CASES).then(), 403, "out-of-scope");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body).post(CASES).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(body).post(CASES).then(), 403, "forbidden");
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(with(body, "residentialAreaId", 999_999_999L)).post(CASES).then(),
                404, "not-found");

        // the commune's reporter (no area in the token) and editor register too; one case per area, title and year
        long first = Api.as(Tokens.COMMUNE_REPORTER).body(body).post(CASES).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body).post(CASES).then(), 409, "duplicate").body("detail",
                containsString(CASES + first));
        Api.as(Tokens.COMMUNE_EDITOR).body(with(body, "year", RecognitionFixtures.today().getYear() + 1)).post(CASES)
                .then().statusCode(201);
        // a withdrawn case does not count
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", 0)).post(CASES + first + "/withdraw").then()
                .statusCode(200).body("state", equalTo("WITHDRAWN"));
        Api.as(Tokens.COMMUNE_EDITOR).body(body).post(CASES).then().statusCode(201);
    }

    @Test
    void aCaseJudgedByVersionOneKeepsItAfterVersionTwoIsPublished() {
        RecognitionSetFixtures.Title v1 = RecognitionSetFixtures.title("COMMUNE");
        Case before = caseIn("REGISTERED", v1);
        RecognitionSetFixtures.Title v2 = RecognitionSetFixtures.newVersion(v1, 2,
                RecognitionFixtures.today().minusDays(1));
        Case after = caseIn("REGISTERED", v2);
        Api.as(Tokens.COMMUNE_EDITOR).get(CASES + after.id()).then().statusCode(200)
                .body("criteriaSet.versionNo", equalTo(2)).body("criteria.code", contains("D1", "D2"));
        Api.as(Tokens.COMMUNE_EDITOR).get(CASES + before.id()).then().statusCode(200)
                .body("criteriaSet.versionNo", equalTo(1)).body("criteriaSet.id", equalTo((int) v1.setId()))
                .body("criteria.code", contains("C1", "C2", "C3"));
        // a criterion of version 2 is no criterion of the case
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(v2.criteria().get(0).passing(0))
                        .put(CASES + before.id() + "/assessments/" + v2.criteria().get(0).id()).then(),
                404, "not-found");
        // and it goes all the way by version 1
        RecognitionFixtures.selfAssessAll(before);
        Case submitted = RecognitionFixtures.step(before, "submit", Map.of());
        RecognitionFixtures.agreeAll(submitted);
        Case reviewed = RecognitionFixtures.step(submitted, "complete-review", Map.of());
        Api.as(Tokens.COMMUNE_EDITOR).get(CASES + reviewed.id()).then().body("state", equalTo("REVIEWED"))
                .body("criteriaSet.versionNo", equalTo(1));
    }

    // ---- list, get, timeline

    @Test
    void theListHoldsTheCallersScopeAndAnAreasReporterSeesItsOwnAreaOnly() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case mine = caseIn("REGISTERED", title);
        Case other = caseIn("SELF_ASSESSED", title);
        Api.as(Tokens.COMMUNE_EDITOR).queryParam("titleId", title.id()).get(CASES).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", hasItem((int) mine.id()))
                .body("items[0].titleName", containsString(title.code()));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("titleId", title.id()).queryParam("state", "SELF_ASSESSED")
                .queryParam("unitId", Fixtures.unitIdOf(Tokens.COMMUNE)).get(CASES).then().statusCode(200)
                .body("items.id", contains((int) other.id()));
        Api.as(areaReporter(mine.areaCode())).queryParam("titleId", title.id()).get(CASES).then().statusCode(200)
                .body("items.id", contains((int) mine.id()));
        Api.as(areaReporter(mine.areaCode())).queryParam("residentialAreaId", other.areaId()).get(CASES).then()
                .statusCode(200).body("total", equalTo(0));
        Api.as(siblingEditor()).queryParam("titleId", title.id()).get(CASES).then().statusCode(200).body("total",
                equalTo(0));
        Api.as(Tokens.OTHER_PROVINCE_ADMIN).queryParam("titleId", title.id()).get(CASES).then().statusCode(200)
                .body("total", equalTo(0));
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).queryParam("year", "1700").get(CASES).then(), "year");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).queryParam("state", "DONE").get(CASES).then(), "state");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).queryParam("unitId", 999_999_999L).get(CASES).then(), "unitId");
        assertProblem(Api.anonymous().get(CASES).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.token("portal", Tokens.PROVINCE, null, "integration")).get(CASES).then(), 403,
                "forbidden");
    }

    @Test
    void aCaseAndItsTimelineAreReadWithinScope() {
        Case c = caseIn("REGISTERED", RecognitionSetFixtures.title("COMMUNE"));
        for (String path : List.of(CASES + c.id(), CASES + c.id() + "/timeline")) {
            Api.as(Tokens.PROVINCE_LEADER).get(path).then().statusCode(200);
            Api.as(COMMUNE_APPRAISER).get(path).then().statusCode(200);
            Api.as(areaReporter(c.areaCode())).get(path).then().statusCode(200);
            assertProblem(Api.as(areaReporter((String) RecognitionFixtures.area().get("code"))).get(path).then(), 403,
                    "out-of-scope");
            assertProblem(Api.as(siblingEditor()).get(path).then(), 403, "out-of-scope");
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(path).then(), 403, "out-of-scope");
            assertProblem(Api.anonymous().get(path).then(), 401, "unauthorized");
        }
        assertProblem(Api.bad(Tokens.COMMUNE_EDITOR).get(CASES + "abc").then(), 400, "validation");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).get(CASES + "999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).get(CASES + "999999999/timeline").then(), 404, "not-found");
    }

    // ---- the self-assessment and its evidence

    @Test
    void aCriterionIsSelfAssessedInItsKindAtItsVersionWhileRegistered() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("REGISTERED", title);
        RecognitionSetFixtures.Criterion passFail = title.criteria().get(0);
        RecognitionSetFixtures.Criterion scored = title.criteria().get(1);
        RecognitionSetFixtures.Criterion numeric = title.criteria().get(2);
        String url = CASES + c.id() + "/assessments/";
        assertFieldError(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", 0)).put(url + passFail.id()).then(),
                "passed");
        assertFieldError(
                Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("score", 11, "version", 0)).put(url + scored.id()).then(),
                "score");
        assertFieldError(
                Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("score", -1, "version", 0)).put(url + scored.id()).then(),
                "score");
        assertFieldError(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("passed", true, "version", 0))
                .put(url + numeric.id()).then(), "value");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("passed", true)).put(url + passFail.id()).then(),
                "version");
        assertProblem(Api.anonymous().body(passFail.passing(0)).put(url + passFail.id()).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(passFail.passing(0)).put(url + passFail.id()).then(), 403,
                "forbidden");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(passFail.passing(0)).put(url + passFail.id()).then(), 403,
                "forbidden");
        assertProblem(Api.as(siblingEditor()).body(passFail.passing(0)).put(url + passFail.id()).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(passFail.passing(0)).put(url + "999999999").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(passFail.passing(0))
                .put(CASES + "999999999/assessments/" + passFail.id()).then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(passFail.passing(3)).put(url + passFail.id()).then(), 409,
                "stale-version");

        // a measured value below its threshold fails; a score of 0 fails unless said otherwise
        Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("value", 79.5, "version", 0)).put(url + numeric.id()).then()
                .statusCode(200).body("selfPassed", equalTo(false)).body("selfValue", equalTo(79.5f));
        Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("score", 0, "version", 0)).put(url + scored.id()).then()
                .statusCode(200).body("selfPassed", equalTo(false));
        long v = Api.as(Tokens.COMMUNE_REPORTER).body(passFail.passing(0)).put(url + passFail.id()).then()
                .statusCode(200).extract().jsonPath().getLong("version");
        // changed again at the version read; the earlier version is stale; the case's own version did not move
        long next = Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("passed", false, "version", v)).put(url + passFail.id())
                .then().statusCode(200).body("selfPassed", equalTo(false)).extract().jsonPath().getLong("version");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("passed", true, "version", v))
                .put(url + passFail.id()).then(), 409, "stale-version");
        Api.as(Tokens.COMMUNE_REPORTER).get(CASES + c.id()).then().body("version", equalTo((int) c.version()))
                .body("meetsCriteria", equalTo(false)).body("assessedCount", equalTo(3));
        org.junit.jupiter.api.Assertions.assertTrue(next > v);

        // once submitted, the self-assessment no longer changes
        Case submitted = caseIn("SELF_ASSESSED", title);
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(passFail.passing(1))
                .put(CASES + submitted.id() + "/assessments/" + passFail.id()).then(), 409, "conflict").body("detail",
                        containsString("SELF_ASSESSED"));
    }

    @Test
    void evidenceIsAFileOfAKeptTypeAddedWhileRegisteredAndReadWithinScope() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("REGISTERED", title);
        long criterion = title.criteria().get(0).id();
        String url = CASES + c.id() + "/assessments/" + criterion + "/attachments";
        assertFieldError(Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "ghi-chu.png", "chỉ là chữ".getBytes())
                .post(url).then(), "file");
        assertProblem(Api.upload("").multiPart("file", "a.png", Documents.png()).post(url).then(), 401, "unauthorized");
        assertProblem(Api.upload(Tokens.PROVINCE_LEADER).multiPart("file", "a.png", Documents.png()).post(url).then(),
                403, "forbidden");
        assertProblem(Api.upload(siblingEditor()).multiPart("file", "a.png", Documents.png()).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "a.png", Documents.png())
                .post(CASES + c.id() + "/assessments/999999999/attachments").then(), 404, "not-found");
        long id = Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "bien-ban.pdf", Documents.read("70-CV-TU.pdf"))
                .post(url).then().statusCode(201).body("mediaType", equalTo("application/pdf")).extract().jsonPath()
                .getLong("id");
        Api.as(Tokens.PROVINCE_LEADER).accept("*/*").get(url + "/" + id).then().statusCode(200)
                .contentType("application/pdf");
        assertProblem(Api.as(siblingEditor()).accept("*/*").get(url + "/" + id).then(), 403, "out-of-scope");
        assertProblem(Api.anonymous().accept("*/*").get(url + "/" + id).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).get(url + "/999999999").then(), 404, "not-found");
        assertProblem(Api.bad(Tokens.COMMUNE_EDITOR).get(url + "/abc").then(), 400, "validation");
        // the file is the criterion's: asked under another criterion, it is not there
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR)
                .get(CASES + c.id() + "/assessments/" + title.criteria().get(1).id() + "/attachments/" + id).then(),
                404, "not-found");
        Case submitted = caseIn("SELF_ASSESSED", title);
        assertProblem(
                Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "a.png", Documents.png())
                        .post(CASES + submitted.id() + "/assessments/" + criterion + "/attachments").then(),
                409, "conflict");
    }

    @Test
    void submittingAsksEveryCriterionAssessed() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("REGISTERED", title);
        RecognitionSetFixtures.Criterion first = title.criteria().get(0);
        Api.as(Tokens.COMMUNE_REPORTER).body(first.passing(0)).put(CASES + c.id() + "/assessments/" + first.id()).then()
                .statusCode(200);
        String url = CASES + c.id() + "/submit";
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", c.version())).post(url).then(), 409,
                "conflict").body("detail", containsString("C2, C3"));
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of()).post(url).then(), "version");
        assertProblem(Api.anonymous().body(Map.of("version", 0)).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(Map.of("version", 0)).post(url).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(Map.of("version", 0)).post(url).then(), 403,
                "out-of-scope");
        assertProblem(
                Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", 0)).post(CASES + "999999999/submit").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", c.version() + 5)).post(url).then(), 409,
                "stale-version");
    }

    // ---- the commune's review

    @Test
    void theCommuneReviewsEachCriterionAndCompletesOnlyWhenTheSetsRuleIsMet() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("SELF_ASSESSED", title);
        RecognitionSetFixtures.Criterion passFail = title.criteria().get(0);
        String url = CASES + c.id() + "/reviews/" + passFail.id();
        long v = RecognitionFixtures.assessmentVersion(c, passFail.id());
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("review", "CHANGE", "passed", false, "version", v))
                .put(url).then(), "reason");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR)
                .body(Map.of("review", "CHANGE", "reason", "Chưa đạt", "version", v)).put(url).then(), "passed");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("review", "MAYBE", "version", v)).put(url).then(),
                "review");
        assertProblem(Api.anonymous().body(Map.of("review", "AGREE", "version", v)).put(url).then(), 401,
                "unauthorized");
        // the area's people and the province's editor do not review; the commune's editor does
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("review", "AGREE", "version", v)).put(url).then(),
                403, "forbidden");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("review", "AGREE", "version", v)).put(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(siblingEditor()).body(Map.of("review", "AGREE", "version", v)).put(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("review", "AGREE", "version", v))
                .put(CASES + c.id() + "/reviews/999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("review", "AGREE", "version", v + 7)).put(url).then(),
                409, "stale-version");

        // not every criterion reviewed yet
        String complete = CASES + c.id() + "/complete-review";
        Api.as(Tokens.COMMUNE_EDITOR)
                .body(Map.of("review", "CHANGE", "reason", "Chưa có hương ước", "passed", false, "version", v)).put(url)
                .then().statusCode(200).body("reviewedPassed", equalTo(false)).body("selfPassed", equalTo(true));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", c.version())).post(complete).then(), 409,
                "conflict").body("detail", containsString("C2"));
        for (RecognitionSetFixtures.Criterion k : title.criteria().subList(1, 3)) {
            Api.as(Tokens.COMMUNE_EDITOR)
                    .body(Map.of("review", "AGREE", "version", RecognitionFixtures.assessmentVersion(c, k.id())))
                    .put(CASES + c.id() + "/reviews/" + k.id()).then().statusCode(200);
        }
        // a required criterion changed to failed: the rule is not met
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", c.version())).post(complete).then(), 409,
                "criteria-not-met").body("detail", containsString("C1"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", c.version())).post(complete).then(), 403,
                "forbidden");
        assertProblem(Api.anonymous().body(Map.of("version", c.version())).post(complete).then(), 401, "unauthorized");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of()).post(complete).then(), "version");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", 0)).post(CASES + "999999999/complete-review")
                .then(), 404, "not-found");
        // the commune changes its mind: agreed, the case completes
        Api.as(Tokens.COMMUNE_EDITOR)
                .body(Map.of("review", "AGREE", "version", RecognitionFixtures.assessmentVersion(c, passFail.id())))
                .put(url).then().statusCode(200);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", c.version() + 1)).post(complete).then(), 409,
                "stale-version");
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", c.version())).post(complete).then().statusCode(200)
                .body("state", equalTo("REVIEWED"));
        // reviewing is over
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR)
                        .body(Map.of("review", "AGREE", "version",
                                RecognitionFixtures.assessmentVersion(c, passFail.id())))
                        .put(url).then(),
                409, "conflict");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", c.version() + 1)).post(complete).then(), 409,
                "conflict");
    }

    // ---- posting, comments, council

    @Test
    void thePostingLastsTheSetsDaysAndMayLieInThePast() {
        Case c = caseIn("REVIEWED", RecognitionSetFixtures.title("COMMUNE"));
        String url = CASES + c.id() + "/post";
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.posting(-20, -12), "version", c.version())).post(url).then(),
                "postedTo");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.posting(-20, -25), "version", c.version())).post(url).then(),
                "postedTo");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("version", c.version())).post(url).then(),
                "postedFrom");
        assertProblem(Api.anonymous().body(body("post", c.version())).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(body("post", c.version())).post(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body("post", c.version())).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("post", 0)).post(CASES + "999999999/post").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("post", c.version() + 1)).post(url).then(), 409,
                "stale-version");
        // exactly ten days, counting both ends
        long v = Api.as(Tokens.COMMUNE_EDITOR).body(with(RecognitionFixtures.posting(-20, -11), "version", c.version()))
                .post(url).then().statusCode(200).body("state", equalTo("POSTED")).extract().jsonPath()
                .getLong("version");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("post", v)).post(url).then(), 409, "conflict");
    }

    @Test
    void commentsAreRecordedWhilePosted() {
        Case c = caseIn("POSTED", RecognitionSetFixtures.title("COMMUNE"));
        String url = CASES + c.id() + "/posting-comments";
        assertFieldError(
                Api.bad(Tokens.COMMUNE_EDITOR)
                        .body(Map.of("receivedOn", day(-1), "content", "", "version", c.version())).post(url).then(),
                "content");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(body("posting-comments", c.version()), "receivedOn", day(3))).post(url).then(),
                "receivedOn");
        assertProblem(Api.anonymous().body(body("posting-comments", c.version())).post(url).then(), 401,
                "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(body("posting-comments", c.version())).post(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(siblingEditor()).body(body("posting-comments", c.version())).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("posting-comments", 0))
                .post(CASES + "999999999/posting-comments").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("posting-comments", c.version() + 1)).post(url).then(),
                409, "stale-version");
        Api.as(Tokens.COMMUNE_EDITOR).body(with(body("posting-comments", c.version()), "response", "Đã giải trình"))
                .post(url).then().statusCode(201).body("posting.comments[0].response", equalTo("Đã giải trình"))
                .body("posting.comments[0].recordedBy", equalTo("editor.rachgia"))
                .body("version", equalTo((int) c.version() + 1));
        Case voted = caseIn("VOTED", RecognitionSetFixtures.title("COMMUNE"));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("posting-comments", voted.version()))
                .post(CASES + voted.id() + "/posting-comments").then(), 409, "conflict");
    }

    @Test
    void theCouncilMeetsAfterThePostingAndTheServerCountsTheVote() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        // a posting that ends today has not ended
        Case reviewed = caseIn("REVIEWED", title);
        Case running = RecognitionFixtures.step(reviewed, "post", RecognitionFixtures.posting(-9, 0));
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR)
                        .body(with(RecognitionFixtures.council(10, 10, 0), "metOn", day(0), "version",
                                running.version()))
                        .post(CASES + running.id() + "/council").then(),
                409, "posting-not-ended");
        // nor may the meeting come before the posting's end
        Case posted = caseIn("POSTED", title);
        String url = CASES + posted.id() + "/council";
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.council(10, 10, 0), "metOn", day(-15), "version", posted.version()))
                .post(url).then(), 409, "posting-not-ended");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.council(10, 10, 0), "members", 9, "version", posted.version())).post(url)
                .then(), "present");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.council(10, 8, 3), "version", posted.version())).post(url).then(),
                "votesFor");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("version", posted.version())).post(url).then(),
                "metOn");
        assertProblem(Api.anonymous().body(body("council", posted.version())).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(PROVINCE_APPRAISER).body(body("council", posted.version())).post(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(siblingEditor()).body(body("council", posted.version())).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("council", 0)).post(CASES + "999999999/council").then(),
                404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("council", posted.version() + 1)).post(url).then(), 409,
                "stale-version");
        // 8 of 10 at 90 % fails: the case is refused, with the tally as its reason
        Api.as(Tokens.COMMUNE_EDITOR).body(with(RecognitionFixtures.council(10, 8, 2), "version", posted.version()))
                .post(url).then().statusCode(200).body("state", equalTo("REFUSED"))
                .body("council.passed", equalTo(false)).body("refusalReasons", containsString("8/10"));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("council", posted.version() + 1)).post(url).then(), 409,
                "conflict");
        // 9 of 10 present (of 12 members) passes
        Case other = caseIn("POSTED", title);
        Api.as(Tokens.COMMUNE_EDITOR)
                .body(with(RecognitionFixtures.council(10, 9, 0), "members", 12, "version", other.version()))
                .post(CASES + other.id() + "/council").then().statusCode(200).body("state", equalTo("VOTED"));
    }

    @Test
    void aCouncilAtSeventyPercentPassesSevenOfTenAndNotSixOfNine() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures
                .title(RecognitionSetFixtures.Spec.standard("COMMUNE").votePercent("70"));
        Case seven = caseIn("POSTED", title);
        Api.as(Tokens.COMMUNE_EDITOR).body(with(RecognitionFixtures.council(10, 7, 3), "version", seven.version()))
                .post(CASES + seven.id() + "/council").then().statusCode(200).body("state", equalTo("VOTED"));
        Case six = caseIn("POSTED", title);
        Api.as(Tokens.COMMUNE_EDITOR).body(with(RecognitionFixtures.council(9, 6, 3), "version", six.version()))
                .post(CASES + six.id() + "/council").then().statusCode(200).body("state", equalTo("REFUSED"));
    }

    // ---- appraisal, decision, refusal, withdrawal

    @Test
    void theAppraisalPassesOrRefuses() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("VOTED", title);
        String url = CASES + c.id() + "/appraise";
        assertFieldError(
                Api.bad(COMMUNE_APPRAISER).body(Map.of("passed", true, "version", c.version())).post(url).then(),
                "opinion");
        assertFieldError(Api.as(COMMUNE_APPRAISER).body(with(body("appraise", c.version()), "appraisedOn", day(2)))
                .post(url).then(), "appraisedOn");
        assertProblem(Api.anonymous().body(body("appraise", c.version())).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("appraise", c.version())).post(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body("appraise", c.version())).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body("appraise", 0)).post(CASES + "999999999/appraise").then(),
                404, "not-found");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body("appraise", c.version() + 1)).post(url).then(), 409,
                "stale-version");
        Api.as(COMMUNE_APPRAISER)
                .body(Map.of("passed", false, "opinion", "Hồ sơ thiếu", "appraisedOn", day(-1), "version", c.version()))
                .post(url).then().statusCode(200).body("state", equalTo("REFUSED"))
                .body("appraisal.passed", equalTo(false)).body("refusalReasons", equalTo("Hồ sơ thiếu"));
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body("appraise", c.version() + 1)).post(url).then(), 409,
                "conflict");
    }

    @Test
    void theDecisionIsValidForTheSetsYearsOrUntilTheDayGivenAndReadsAsLapsedOnceItPassed() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("APPRAISED", title);
        String url = CASES + c.id() + "/decide";
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR)
                .body(Map.of("signedOn", day(-1), "signer", "A", "version", c.version())).post(url).then(), "number");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(with(body("decide", c.version()), "validUntil", day(-30)))
                .post(url).then(), "validUntil");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(with(body("decide", c.version()), "signedOn", day(1)))
                .post(url).then(), "signedOn");
        assertProblem(Api.anonymous().body(body("decide", c.version())).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body("decide", c.version())).post(url).then(), 403, "forbidden");
        assertProblem(Api.as(siblingEditor()).body(body("decide", c.version())).post(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("decide", 0)).post(CASES + "999999999/decide").then(),
                404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("decide", c.version() + 1)).post(url).then(), 409,
                "stale-version");
        // signed four years ago for three: lapsed today, its history kept
        String signed = RecognitionFixtures.today().minusYears(4).toString();
        long decision = Api.as(Tokens.COMMUNE_EDITOR).body(with(body("decide", c.version()), "signedOn", signed))
                .post(url).then().statusCode(200)
                .body("decision.validUntil", equalTo(RecognitionFixtures.today().minusYears(1).toString()))
                .body("decision.status", equalTo("LAPSED")).extract().jsonPath().getLong("decision.id");
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/recognition-decisions/" + decision).then().statusCode(200)
                .body("status", equalTo("LAPSED")).body("titleName", containsString(title.code()));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("decide", c.version() + 1)).post(url).then(), 409,
                "conflict");
        // a day given instead of the set's years
        Case other = caseIn("APPRAISED", title);
        Api.as(Tokens.COMMUNE_EDITOR).body(with(body("decide", other.version()), "validUntil", day(365)))
                .post(CASES + other.id() + "/decide").then().statusCode(200)
                .body("decision.validUntil", equalTo(day(365))).body("decision.status", equalTo("IN_FORCE"));
    }

    @Test
    void aRefusalNeedsReasonsAndARefusedReassessmentTakesTheTitleAway() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case recognized = caseIn("RECOGNIZED", title);
        // the area is re-assessed the next year, and refused
        long reassessment = Api.as(Tokens.COMMUNE_EDITOR)
                .body(Map.of("residentialAreaId", recognized.areaId(), "titleId", title.id(), "year",
                        RecognitionFixtures.today().getYear() + 1, "kind", "REASSESSMENT", "reassessesDecisionId",
                        recognized.decisionId()))
                .post(CASES).then().statusCode(201).body("kind", equalTo("REASSESSMENT"))
                .body("reassessesDecisionId", equalTo(recognized.decisionId().intValue())).extract().jsonPath()
                .getLong("id");
        Case c = new Case(reassessment, 0, recognized.areaId(), recognized.areaCode(), title, null);
        RecognitionFixtures.selfAssessAll(c);
        c = RecognitionFixtures.step(c, "submit", Map.of());
        RecognitionFixtures.agreeAll(c);
        c = RecognitionFixtures.step(c, "complete-review", Map.of());
        c = RecognitionFixtures.step(c, "post", RecognitionFixtures.posting(-20, -10));
        c = RecognitionFixtures.step(c, "council", RecognitionFixtures.council(10, 10, 0));
        c = RecognitionFixtures.step(c, "appraise", Map.of("passed", true, "opinion", "Đạt"));
        String url = CASES + c.id() + "/refuse";
        assertFieldError(
                Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("reasons", " ", "version", c.version())).post(url).then(),
                "reasons");
        assertProblem(Api.anonymous().body(body("refuse", c.version())).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body("refuse", c.version())).post(url).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body("refuse", c.version())).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("refuse", 0)).post(CASES + "999999999/refuse").then(),
                404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("refuse", c.version() + 1)).post(url).then(), 409,
                "stale-version");
        Api.as(Tokens.COMMUNE_EDITOR).body(body("refuse", c.version())).post(url).then().statusCode(200)
                .body("state", equalTo("REFUSED")).body("refusalReasons", equalTo("Chưa đủ minh chứng"));
        Api.as(Tokens.COMMUNE_EDITOR).get("/api/v1/recognition-decisions/" + recognized.decisionId()).then()
                .statusCode(200).body("status", equalTo("LOST")).body("lostByCaseId", equalTo((int) c.id()))
                .body("lostOn", equalTo(day(0)));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("refuse", c.version() + 1)).post(url).then(), 409,
                "conflict");
        // a lost decision is re-assessed no more
        assertFieldError(
                Api.as(Tokens.COMMUNE_EDITOR)
                        .body(Map.of("residentialAreaId", recognized.areaId(), "titleId", title.id(), "year",
                                RecognitionFixtures.today().getYear() + 2, "kind", "REASSESSMENT",
                                "reassessesDecisionId", recognized.decisionId()))
                        .post(CASES).then(),
                "reassessesDecisionId");
    }

    @Test
    void theCommuneWithdrawsACaseBeforeTheCouncilHasVoted() {
        RecognitionSetFixtures.Title title = RecognitionSetFixtures.title("COMMUNE");
        Case c = caseIn("POSTED", title);
        String url = CASES + c.id() + "/withdraw";
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("reason", "x")).post(url).then(), "version");
        assertProblem(Api.anonymous().body(body("withdraw", c.version())).post(url).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(body("withdraw", c.version())).post(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body("withdraw", c.version())).post(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(siblingEditor()).body(body("withdraw", c.version())).post(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("withdraw", 0)).post(CASES + "999999999/withdraw").then(),
                404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("withdraw", c.version() + 1)).post(url).then(), 409,
                "stale-version");
        Api.as(Tokens.COMMUNE_EDITOR).body(body("withdraw", c.version())).post(url).then().statusCode(200).body("state",
                equalTo("WITHDRAWN"));
        Case voted = caseIn("VOTED", title);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body("withdraw", voted.version()))
                .post(CASES + voted.id() + "/withdraw").then(), 409, "conflict").body("detail",
                        containsString("VOTED"));
    }

    // ---- the decision

    @Test
    void aDecisionIsReadWithinScopeAndRevokedOnceByTheLevelThatSignedIt() {
        Case c = caseIn("RECOGNIZED", RecognitionSetFixtures.title("COMMUNE"));
        String url = "/api/v1/recognition-decisions/" + c.decisionId();
        Api.as(Tokens.PROVINCE_LEADER).get(url).then().statusCode(200).body("status", equalTo("IN_FORCE"))
                .body("revokedOn", nullValue());
        assertProblem(Api.as(siblingEditor()).get(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(url).then(), 403, "out-of-scope");
        assertProblem(Api.anonymous().get(url).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).get("/api/v1/recognition-decisions/999999999").then(), 404,
                "not-found");
        assertProblem(Api.bad(Tokens.COMMUNE_EDITOR).get("/api/v1/recognition-decisions/x").then(), 400, "validation");
        Map<String, Object> revocation = Map.of("number", "12/QĐ-UBND", "revokedOn", day(0), "reason", "Không giữ vững",
                "version", 0);
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("revokedOn", day(0), "reason", "x", "version", 0))
                .post(url + "/revoke").then(), "number");
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(with(revocation, "revokedOn", day(-30)))
                .post(url + "/revoke").then(), "revokedOn");
        assertProblem(Api.anonymous().body(revocation).post(url + "/revoke").then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(revocation).post(url + "/revoke").then(), 403, "forbidden");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(revocation).post(url + "/revoke").then(), 403, "forbidden");
        assertProblem(Api.as(siblingEditor()).body(revocation).post(url + "/revoke").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(revocation)
                .post("/api/v1/recognition-decisions/999999999/revoke").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(with(revocation, "version", 4)).post(url + "/revoke").then(),
                409, "stale-version");
        Api.as(Tokens.COMMUNE_EDITOR).body(revocation).post(url + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedBy", equalTo("editor.rachgia"))
                .body("version", equalTo(1));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(with(revocation, "version", 1)).post(url + "/revoke").then(),
                409, "conflict");
        // the case keeps its history: still RECOGNIZED, its decision REVOKED
        Api.as(Tokens.COMMUNE_EDITOR).get(CASES + c.id()).then().body("state", equalTo("RECOGNIZED"))
                .body("decision.status", equalTo("REVOKED"));
        Api.as(Tokens.COMMUNE_EDITOR).get(CASES + c.id() + "/timeline").then()
                .body("action", everyItem(not(equalTo("WITHDRAW")))).body("[-1].action", equalTo("REVOKE"));
    }
}
