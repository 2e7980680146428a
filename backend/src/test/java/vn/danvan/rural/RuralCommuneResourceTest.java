package vn.danvan.rural;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionSetFixtures;
import vn.danvan.testing.RuralFixtures;
import vn.danvan.testing.RuralFixtures.NtmTitle;
import vn.danvan.testing.Tokens;

/**
 * The rural programme over HTTP against real PostgreSQL: a fresh commune of An Giang (its own reporter and editor),
 * phường Rạch Giá as its sibling, Hà Nội as the other province; groups, yearly assessments and their evidence, the
 * criteria page, the standing with the set's revocation rule, decisions recorded on paper and shown under the successor
 * across the 2025 reform, and the commune cases of the recognition feature. Each endpoint: 2xx, 400, 401, 403 (role,
 * sibling commune, other province), 404, 409.
 */
@QuarkusTest
class RuralCommuneResourceTest {

    private static final String COMMUNES = "/api/v1/rural/communes";
    private static final int YEAR = 2026;

    /** A fresh commune of An Giang with its own people. */
    record Commune(long id, String code, String name, String reporter, String editor, String admin) {
        String path() {
            return COMMUNES + "/" + id;
        }
    }

    private static Commune commune() {
        Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
        String code = (String) unit.get("code");
        return new Commune(((Number) unit.get("id")).longValue(), code, (String) unit.get("name"),
                Tokens.token("reporter." + code, code, null, "reporter"),
                Tokens.token("editor." + code, code, null, "editor"),
                Tokens.token("admin." + code, code, null, "admin"));
    }

    private static final String PROVINCE_REPORTER = Tokens.token("reporter.angiang", Tokens.PROVINCE, "91-BTGDV",
            "reporter");
    private static final String PROVINCE_APPRAISER = Tokens.token("appraiser.angiang", Tokens.PROVINCE, "91-BTGDV",
            "appraiser");
    private static final String PORTAL = Tokens.token("portal.angiang", Tokens.PROVINCE, null, "integration");
    private static final String RACH_GIA_REPORTER = Tokens.token("reporter.rachgia", Tokens.COMMUNE, "30742-DU",
            "reporter");

    private static Map<String, Object> assessment(boolean met, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("met", met);
        body.put("note", met ? "Đạt" : "Chưa đạt");
        body.put("version", version);
        return body;
    }

    private static JsonPath assess(Commune c, String token, int year, long criterion, boolean met) {
        return Api.as(token).body(assessment(met, RuralFixtures.assessmentVersion(c.id(), year, criterion)))
                .put(c.path() + "/assessments/" + year + "/" + criterion).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> recorded(long titleId, String signedOn) {
        return Map.of("titleId", titleId, "number", Fixtures.uniqueSequence() + "/QĐ-UBND", "signedOn", signedOn,
                "signer", "Chủ tịch UBND tỉnh", "note", "Nhập từ quyết định giấy");
    }

    // ---- groups

    @Test
    void theProvinceSetsACommunesGroupForAPeriodAndAStaleVersionIs409() {
        Commune c = commune();
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("periodTo", 2030, "group", 2, "note", "Xã khó khăn", "version", 0))
                .put(c.path() + "/groups/2026").then().statusCode(200).body("group", equalTo(2))
                .body("periodFrom", equalTo(2026)).body("version", equalTo(0));
        Api.as(Tokens.PROVINCE_ADMIN).body(Map.of("periodTo", 2030, "group", 3, "version", 0))
                .put(c.path() + "/groups/2026").then().statusCode(200).body("group", equalTo(3))
                .body("version", equalTo(1));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("periodTo", 2030, "group", 1, "version", 0))
                .put(c.path() + "/groups/2026").then(), 409, "stale-version");
        Api.as(c.reporter()).get(c.path() + "/groups").then().statusCode(200).body("", hasSize(1))
                .body("[0].group", equalTo(3)).body("[0].setBy", equalTo("admin.angiang"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CREATE", "UPDATE"),
                RecognitionSetFixtures.auditActions("RuralCommuneGroup", groupId(c)));
        // the group picks the variant of each criterion on the criteria page
        NtmTitle t = RuralFixtures.ntmTitle();
        Api.as(c.reporter()).queryParam("setId", t.setId()).queryParam("from", 2026).queryParam("to", 2026)
                .get(c.path() + "/criteria").then().statusCode(200).body("group", equalTo(3))
                .body("criteria.find { it.code == '2' }.threshold", equalTo(70.0f))
                .body("criteria.find { it.code == '2' }.variantNote", equalTo("Mức nhóm 3"));
    }

    private static long groupId(Commune c) {
        return RuralFixtures.groupId(c.id(), 2026);
    }

    @Test
    void settingAGroupIsRefusedOutsideTheProvincesEditorsAndForBadInput() {
        Commune c = commune();
        Map<String, Object> body = Map.of("periodTo", 2030, "group", 1, "version", 0);
        assertProblem(Api.as(c.editor()).body(body).put(c.path() + "/groups/2026").then(), 403, "forbidden");
        assertProblem(Api.as(c.admin()).body(body).put(c.path() + "/groups/2026").then(), 403, "forbidden");
        Api.as(PROVINCE_REPORTER).body(body).put(c.path() + "/groups/2026").then().statusCode(403);
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body).put(c.path() + "/groups/2026").then(), 403,
                "out-of-scope");
        Api.anonymous().body(body).put(c.path() + "/groups/2026").then().statusCode(401);
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("periodTo", 2030, "group", 4, "version", 0))
                .put(c.path() + "/groups/2026").then(), "group");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("periodTo", 2025, "group", 1, "version", 0))
                .put(c.path() + "/groups/2026").then(), "periodTo");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).put(c.path() + "/groups/20x6").then(),
                "periodFrom");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body).put(COMMUNES + "/999999999/groups/2026").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get(COMMUNES + "/999999999/groups").then(), 404, "not-found");
        assertProblem(Api.as(RACH_GIA_REPORTER).get(c.path() + "/groups").then(), 403, "out-of-scope");
        Api.as(PORTAL).get(c.path() + "/groups").then().statusCode(403);
        Api.anonymous().get(c.path() + "/groups").then().statusCode(401);
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).get(COMMUNES + "/x/groups").then(), "id");
    }

    // ---- assessments, evidence, the criteria page

    @Test
    void theCommunesReporterAssessesCriteriaByYearWithEvidenceAndTheCriteriaPageShowsThem() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        JsonPath first = assess(c, c.reporter(), YEAR, t.criterion("2"), true);
        org.junit.jupiter.api.Assertions.assertEquals(0, first.getLong("version"));
        assess(c, c.editor(), 2025, t.criterion("2"), false);
        assess(c, PROVINCE_REPORTER, YEAR, t.criterion("1.1"), true);
        assess(c, c.admin(), YEAR, t.criterion("1.2"), true);
        // a second save of the same row needs its version
        assertProblem(Api.as(c.reporter()).body(assessment(false, 3))
                .put(c.path() + "/assessments/" + YEAR + "/" + t.criterion("2")).then(), 409, "stale-version");
        Api.as(c.reporter()).body(with(assessment(false, 0), "version", 0, "value", 12.5))
                .put(c.path() + "/assessments/" + YEAR + "/" + t.criterion("3")).then().statusCode(200)
                .body("value", equalTo(12.5f));
        long photo = Api.upload(c.reporter()).multiPart("file", "bien-ban.png", Documents.png())
                .post(c.path() + "/assessments/" + YEAR + "/" + t.criterion("2") + "/attachments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(c.reporter()).accept("*/*")
                .get(c.path() + "/assessments/" + YEAR + "/" + t.criterion("2") + "/attachments/" + photo).then()
                .statusCode(200).contentType("image/png");

        JsonPath page = Api.as(Tokens.PROVINCE_LEADER).queryParam("setId", t.setId()).queryParam("from", 2025)
                .queryParam("to", YEAR).get(c.path() + "/criteria").then().statusCode(200)
                .body("set.id", equalTo((int) t.setId())).body("fromYear", equalTo(2025)).body("toYear", equalTo(YEAR))
                .body("canAssess", equalTo(false)).body("criteria", hasSize(12)).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(false, true),
                page.getList("criteria.find { it.code == '2' }.years.met"));
        org.junit.jupiter.api.Assertions.assertEquals(1,
                page.getList("criteria.find { it.code == '2' }.years[1].attachments").size());
        org.junit.jupiter.api.Assertions.assertEquals("reporter." + c.code(),
                page.getString("criteria.find { it.code == '2' }.years[1].assessedBy"));
        org.junit.jupiter.api.Assertions.assertEquals((int) t.criterion("1"),
                page.getInt("criteria.find { it.code == '1.1' }.parentId"));
        org.junit.jupiter.api.Assertions.assertEquals(false,
                page.getBoolean("criteria.find { it.code == '4' }.years[1].assessed"));
        Api.as(c.reporter()).queryParam("setId", t.setId()).queryParam("to", YEAR).get(c.path() + "/criteria").then()
                .statusCode(200).body("canAssess", equalTo(true)).body("fromYear", equalTo(YEAR - 4));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CREATE", "UPDATE"),
                RecognitionSetFixtures.auditActions("RuralAssessment", first.getLong("id")));
    }

    @Test
    void theCriteriaPageSaysWhatTheCallerMayDoAndTheOperationsAgree() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        record Flags(String token, boolean assess, boolean setGroup, boolean record) {
        }
        for (Flags f : List.of(new Flags(c.reporter(), true, false, false), new Flags(c.admin(), true, false, false),
                new Flags(Tokens.PROVINCE_EDITOR, true, true, false),
                new Flags(Tokens.PROVINCE_ADMIN, true, true, true),
                new Flags(Tokens.PROVINCE_LEADER, false, false, false))) {
            Api.as(f.token()).queryParam("setId", t.setId()).get(c.path() + "/criteria").then().statusCode(200)
                    .body("canAssess", equalTo(f.assess())).body("canSetGroup", equalTo(f.setGroup()))
                    .body("canRecord", equalTo(f.record()));
        }
        // a false flag's operation is refused, a true one's done
        Map<String, Object> group = Map.of("periodTo", 2030, "group", 2, "version", 0);
        assertProblem(Api.as(c.admin()).body(group).put(c.path() + "/groups/2026").then(), 403, "forbidden");
        Api.as(Tokens.PROVINCE_EDITOR).body(group).put(c.path() + "/groups/2026").then().statusCode(200);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(recorded(t.id(), "2024-05-10"))
                .post(c.path() + "/recognitions").then(), 403, "forbidden");
        Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2024-05-10")).post(c.path() + "/recognitions").then()
                .statusCode(201);
    }

    @Test
    void anAssessmentSentTwiceWithItsIdempotencyKeyIsSavedOnce() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        String key = java.util.UUID.randomUUID().toString();
        String row = c.path() + "/assessments/" + YEAR + "/" + t.criterion("6");
        long id = Api.as(c.reporter()).header("Idempotency-Key", key).body(assessment(true, 0)).put(row).then()
                .statusCode(200).body("version", equalTo(0)).extract().jsonPath().getLong("id");
        Api.as(c.reporter()).header("Idempotency-Key", key).body(assessment(true, 0)).put(row).then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("id", equalTo((int) id)).body("version", equalTo(0));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CREATE"),
                RecognitionSetFixtures.auditActions("RuralAssessment", id));
    }

    @Test
    void assessmentsAndEvidenceAreRefusedOutsideTheCommuneAndItsProvinceAndForBadInput() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        String row = c.path() + "/assessments/" + YEAR + "/" + t.criterion("5");
        assertProblem(Api.as(RACH_GIA_REPORTER).body(assessment(true, 0)).put(row).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(assessment(true, 0)).put(row).then(), 403,
                "out-of-scope");
        Api.as(PROVINCE_APPRAISER).body(assessment(true, 0)).put(row).then().statusCode(403);
        Api.as(Tokens.PROVINCE_LEADER).body(assessment(true, 0)).put(row).then().statusCode(403);
        Api.anonymous().body(assessment(true, 0)).put(row).then().statusCode(401);
        assertFieldError(Api.bad(c.reporter()).body(Map.of("version", 0)).put(row).then(), "met");
        assertFieldError(Api.bad(c.reporter()).body(assessment(true, 0))
                .put(c.path() + "/assessments/2012/" + t.criterion("5")).then(), "year");
        assertFieldError(Api.bad(c.reporter()).body(with(assessment(true, 0), "value", 12345678901.5)).put(row).then(),
                "value");
        // a criterion of a residential-area title is not one of the programme's
        long areaCriterion = RecognitionSetFixtures.title("COMMUNE").criteria().get(0).id();
        assertProblem(Api.as(c.reporter()).body(assessment(true, 0))
                .put(c.path() + "/assessments/" + YEAR + "/" + areaCriterion).then(), 404, "not-found");
        assertProblem(
                Api.as(c.reporter()).body(assessment(true, 0))
                        .put(COMMUNES + "/999999999/assessments/" + YEAR + "/" + t.criterion("5")).then(),
                404, "not-found");
        // a draft set (the hiện đại pilot before it is published) judges nothing
        NtmTitle pilot = RuralFixtures.ntmTitle("MODERN", null, null);
        RuralFixtures.draft(pilot.setId());
        assertProblem(Api.as(c.reporter()).body(assessment(true, 0))
                .put(c.path() + "/assessments/" + YEAR + "/" + pilot.criterion("1")).then(), 409, "conflict");
        // evidence: only for a saved assessment, by its assessors
        String files = row + "/attachments";
        assertProblem(Api.upload(c.reporter()).multiPart("file", "a.png", Documents.png()).post(files).then(), 404,
                "not-found");
        assess(c, c.reporter(), YEAR, t.criterion("5"), true);
        assertProblem(Api.upload(RACH_GIA_REPORTER).multiPart("file", "a.png", Documents.png()).post(files).then(), 403,
                "out-of-scope");
        Api.upload(Tokens.PROVINCE_LEADER).multiPart("file", "a.png", Documents.png()).post(files).then()
                .statusCode(403);
        Api.upload("").multiPart("file", "a.png", Documents.png()).post(files).then().statusCode(401);
        long photo = Api.upload(c.reporter()).multiPart("file", "a.png", Documents.png()).post(files).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertProblem(Api.as(RACH_GIA_REPORTER).accept("*/*").get(files + "/" + photo).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).accept("*/*").get(files + "/" + photo).then(), 403,
                "out-of-scope");
        Api.anonymous().accept("*/*").get(files + "/" + photo).then().statusCode(401);
        assertProblem(Api.as(c.reporter()).accept("*/*").get(files + "/999999999").then(), 404, "not-found");
        assertFieldError(
                Api.bad(c.reporter()).accept("*/*")
                        .get(c.path() + "/assessments/1800/" + t.criterion("5") + "/attachments/" + photo).then(),
                "year");
        // the criteria page
        assertProblem(Api.as(RACH_GIA_REPORTER).queryParam("setId", t.setId()).get(c.path() + "/criteria").then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(c.path() + "/criteria").then(), 403, "out-of-scope");
        Api.as(PORTAL).get(c.path() + "/criteria").then().statusCode(403);
        Api.anonymous().get(c.path() + "/criteria").then().statusCode(401);
        assertFieldError(Api.bad(c.reporter()).queryParam("setId", t.setId()).queryParam("from", 2026)
                .queryParam("to", 2024).get(c.path() + "/criteria").then(), "from");
        assertFieldError(Api.bad(c.reporter()).queryParam("setId", t.setId()).queryParam("from", 2011)
                .queryParam("to", 2026).get(c.path() + "/criteria").then(), "to");
        assertProblem(Api.as(c.reporter()).queryParam("setId", RecognitionSetFixtures.title("COMMUNE").setId())
                .get(c.path() + "/criteria").then(), 404, "not-found");
        assertProblem(Api.as(c.reporter()).get(COMMUNES + "/999999999/criteria").then(), 404, "not-found");
    }

    // ---- the revocation rule (data of the set)

    @Test
    void theStandingSaysWhenTheSetsRuleRequiresRevokingTheTitle() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        long decision = Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2024-05-10"))
                .post(c.path() + "/recognitions").then().statusCode(201).body("recorded", equalTo(true))
                .body("level", equalTo("STANDARD")).extract().jsonPath().getLong("decisionId");
        for (int i = 1; i <= 10; i++) {
            if (i != 1) {
                assess(c, c.reporter(), YEAR, t.criterion(String.valueOf(i)), i != 2 && i != 4);
            }
        }
        // two of ten fail, no key one: kept
        standing(c, YEAR).body("level", equalTo("STANDARD")).body("titles[0].decisionId", equalTo((int) decision))
                .body("titles[0].failedCount", equalTo(2)).body("titles[0].assessedCount", equalTo(9))
                .body("titles[0].revocationRequired", equalTo(false))
                .body("titles[0].verdict", containsString("Giữ vững: 2/10"));
        // criterion 1 fails through its indicator 1.1: 3 of 10 (30 %), no key one yet: kept
        assess(c, c.reporter(), YEAR, t.criterion("1.1"), false);
        standing(c, YEAR).body("titles[0].failedCount", equalTo(3)).body("titles[0].revocationRequired",
                equalTo(false));
        // key criterion 3 fails too: 4 of 10 with a key one (30–50 %): revoke
        assess(c, c.reporter(), YEAR, t.criterion("3"), false);
        standing(c, YEAR).body("titles[0].revocationRequired", equalTo(true))
                .body("titles[0].failedKeyCodes", equalTo(List.of("3"))).body("titles[0].verdict",
                        containsString("Phải thu hồi: 4/10 tiêu chí không đạt, gồm tiêu chí then chốt 3"));
        // an earlier year without assessments: nothing fails
        standing(c, 2025).body("titles[0].failedCount", equalTo(0)).body("titles[0].revocationRequired",
                equalTo(false));
        // before the decision: no title
        standing(c, 2023).body("titles", hasSize(0)).body("level", nullValue());

        // another commune, no key criterion failing: 5 of 10 (50 %) is enough
        Commune d = commune();
        Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2024-05-10")).post(d.path() + "/recognitions").then()
                .statusCode(201);
        for (String k : List.of("2", "4", "5", "6", "8")) {
            assess(d, d.reporter(), YEAR, t.criterion(k), false);
        }
        standing(d, YEAR).body("titles[0].revocationRequired", equalTo(true))
                .body("titles[0].failedKeyCodes", hasSize(0))
                .body("titles[0].verdict", containsString("5/10 tiêu chí không đạt, từ 50% trở lên"));

        assertProblem(Api.as(RACH_GIA_REPORTER).get(c.path() + "/standing").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(c.path() + "/standing").then(), 403, "out-of-scope");
        Api.as(PORTAL).get(c.path() + "/standing").then().statusCode(403);
        Api.anonymous().get(c.path() + "/standing").then().statusCode(401);
        assertFieldError(Api.bad(c.reporter()).queryParam("year", 1999).get(c.path() + "/standing").then(), "year");
        assertProblem(Api.as(c.reporter()).get(COMMUNES + "/999999999/standing").then(), 404, "not-found");
    }

    private static io.restassured.response.ValidatableResponse standing(Commune c, int year) {
        return Api.as(Tokens.PROVINCE_LEADER).queryParam("year", year).get(c.path() + "/standing").then()
                .statusCode(200);
    }

    // ---- history across the 2025 reform

    @Test
    void aFormerCommunesDecisionStaysItsOwnShowsUnderItsSuccessorAndCountsOnlyThroughAThuaNhanDecision() {
        NtmTitle t = RuralFixtures.ntmTitle();
        long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
        long vinhThanh = RuralFixtures.formerUnitIdOf("30733"); // phường Vĩnh Thanh, Kiên Giang, ended 30/6/2025
        long decision = Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2019-05-10"))
                .post(COMMUNES + "/" + vinhThanh + "/recognitions").then().statusCode(201)
                .body("commune.id", equalTo((int) vinhThanh)).body("commune.former", equalTo(true))
                .body("commune.successorId", equalTo((int) rachGia)).body("signedOn", equalTo("2019-05-10"))
                .body("status", equalTo("IN_FORCE")).extract().jsonPath().getLong("decisionId");
        // listed under phường Rạch Giá, as the former commune's
        JsonPath history = Api.as(Tokens.COMMUNE_EDITOR).get(COMMUNES + "/" + rachGia + "/recognitions").then()
                .statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals((int) vinhThanh,
                history.getInt("find { it.decisionId == " + decision + " }.commune.id"));
        org.junit.jupiter.api.Assertions.assertEquals("Phường Vĩnh Thanh",
                history.getString("find { it.decisionId == " + decision + " }.commune.name"));
        // the former commune lists its own
        Api.as(Tokens.PROVINCE_LEADER).get(COMMUNES + "/" + vinhThanh + "/recognitions").then().statusCode(200)
                .body("decisionId", hasItem((int) decision));
        // the title is the former commune's history: phường Rạch Giá does not hold it, in its standing or in the list
        Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 2019).get(COMMUNES + "/" + rachGia + "/standing").then()
                .statusCode(200).body("titles.decisionId", not(hasItem((int) decision)));
        JsonPath list2019 = Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 2019).queryParam("q", "rach gia")
                .get(COMMUNES).then().statusCode(200).extract().jsonPath();
        String row = "items.find { it.commune.id == " + rachGia + " }";
        org.junit.jupiter.api.Assertions.assertNotEquals((Object) decision, list2019.get(row + ".levelDecisionId"));
        // ... but the list says its former communes held NTM when they ended, the ground of a thừa nhận decision
        org.junit.jupiter.api.Assertions.assertTrue(list2019.getInt(row + ".formerCommunes") >= 1);
        org.junit.jupiter.api.Assertions.assertTrue(list2019.getInt(row + ".formerCommunesRecognized") >= 1);
        org.junit.jupiter.api.Assertions.assertTrue(
                list2019.getInt(row + ".formerCommunesRecognized") <= list2019.getInt(row + ".formerCommunes"));
        // the thừa nhận decision, recorded under phường Rạch Giá, is its own: it holds the level from then on
        long own = Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2025-08-15"))
                .post(COMMUNES + "/" + rachGia + "/recognitions").then().statusCode(201)
                .body("commune.id", equalTo((int) rachGia)).extract().jsonPath().getLong("decisionId");
        Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 2025).get(COMMUNES + "/" + rachGia + "/standing").then()
                .statusCode(200).body("level", notNullValue()).body("titles.decisionId", hasItem((int) own))
                .body("titles.decisionId", not(hasItem((int) decision)));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("year", 2025).queryParam("q", "rach gia").get(COMMUNES).then()
                .statusCode(200).body(row + ".level", notNullValue());
        // the timeline of the case says it was recorded
        long caseId = history.getLong("find { it.decisionId == " + decision + " }.caseId");
        Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/recognition-cases/" + caseId + "/timeline").then().statusCode(200)
                .body("[0].action", equalTo("RECORD")).body("[0].toState", equalTo("RECOGNIZED"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CREATE"),
                RecognitionSetFixtures.auditActions("RecognitionCase", caseId));
    }

    @Test
    void recordingAPaperDecisionBelongsToTheProvincesAdminAndIsOncePerCommuneTitleAndYear() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        String path = c.path() + "/recognitions";
        assertProblem(Api.as(c.admin()).body(recorded(t.id(), "2019-05-10")).post(path).then(), 403, "forbidden");
        Api.as(Tokens.PROVINCE_EDITOR).body(recorded(t.id(), "2019-05-10")).post(path).then().statusCode(403);
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(recorded(t.id(), "2019-05-10")).post(path).then(), 403,
                "out-of-scope");
        Api.anonymous().body(recorded(t.id(), "2019-05-10")).post(path).then().statusCode(401);
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN)
                .body(Map.of("titleId", t.id(), "signedOn", "2019-05-10", "signer", "Chủ tịch")).post(path).then(),
                "number");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), LocalDate.now().plusYears(1).toString()))
                .post(path).then(), "signedOn");
        assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2014-05-10")).post(path).then(),
                "titleId");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_ADMIN)
                        .body(recorded(RecognitionSetFixtures.title("COMMUNE").id(), "2021-05-10")).post(path).then(),
                "titleId");
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2019-05-10"))
                .post(COMMUNES + "/999999999/recognitions").then(), 404, "not-found");
        Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2019-05-10")).post(path).then().statusCode(201);
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2019-11-10")).post(path).then(), 409,
                "duplicate");
        Api.as(c.reporter()).get(path).then().statusCode(200).body("", hasSize(1));
        assertProblem(Api.as(RACH_GIA_REPORTER).get(path).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(path).then(), 403, "out-of-scope");
        Api.as(PORTAL).get(path).then().statusCode(403);
        Api.anonymous().get(path).then().statusCode(401);
        assertProblem(Api.as(c.reporter()).get(COMMUNES + "/999999999/recognitions").then(), 404, "not-found");
        assertFieldError(Api.bad(c.reporter()).get(COMMUNES + "/abc/recognitions").then(), "id");
    }

    // ---- the list

    @Test
    void theProvincesListShowsEachCommunesGroupLevelAndCriteriaMetAndFilters() {
        Commune c = commune();
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("periodTo", 2030, "group", 2, "version", 0))
                .put(c.path() + "/groups/2026").then().statusCode(200);
        NtmTitle t = RuralFixtures.ntmTitle("ADVANCED", "30", "50");
        Api.as(Tokens.PROVINCE_ADMIN).body(recorded(t.id(), "2024-05-10")).post(c.path() + "/recognitions").then()
                .statusCode(201);
        String name = c.name();
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase();
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", folded).queryParam("year", YEAR).get(COMMUNES).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].commune.id", equalTo((int) c.id()))
                .body("items[0].group", equalTo(2)).body("items[0].level", equalTo("ADVANCED"))
                .body("items[0].year", equalTo(YEAR)).body("items[0].commune.kind", equalTo("COMMUNE"));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", name).queryParam("level", "ADVANCED").queryParam("group", 2)
                .queryParam("kind", "COMMUNE").get(COMMUNES).then().statusCode(200).body("total", equalTo(1));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", name).queryParam("level", "NONE").get(COMMUNES).then()
                .statusCode(200).body("total", equalTo(0));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", name).queryParam("group", 1).get(COMMUNES).then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", name).queryParam("kind", "WARD").get(COMMUNES).then()
                .statusCode(200).body("total", equalTo(0));
        // the commune's own people list their commune only; the province lists its communes page by page
        Api.as(c.reporter()).get(COMMUNES).then().statusCode(200).body("total", equalTo(1));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", Fixtures.unitIdOf(Tokens.PROVINCE)).queryParam("size", 5)
                .get(COMMUNES).then().statusCode(200).body("items", hasSize(5)).body("total", not(equalTo(0)));
        // refusals
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("level", "GOLD").get(COMMUNES).then(), "level");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("group", 4).get(COMMUNES).then(), "group");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("size", 500).get(COMMUNES).then(), "size");
        Api.anonymous().get(COMMUNES).then().statusCode(401);
        Api.as(PORTAL).get(COMMUNES).then().statusCode(403);
        assertProblem(Api.as(RACH_GIA_REPORTER).queryParam("unitId", c.id()).get(COMMUNES).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("unitId", Fixtures.unitIdOf(Tokens.PROVINCE))
                .get(COMMUNES).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", 999_999_999).get(COMMUNES).then(), 404,
                "not-found");
    }

    @Test
    void criteriaMetCountEqualsACountOfTheRows() {
        Commune c = commune();
        NtmTitle t = RuralFixtures.ntmTitle();
        // the list counts the XA-NTM set of the year: 2026–2030 (ten criteria, no indicators loaded by V26)
        long set = Api.as(c.reporter()).queryParam("to", YEAR).get(c.path() + "/criteria").then().statusCode(200)
                .body("set.titleCode", equalTo("XA-NTM")).body("criteria", hasSize(10)).extract().jsonPath()
                .getLong("set.id");
        JsonPath page = Api.as(c.reporter()).queryParam("setId", set).queryParam("from", YEAR).queryParam("to", YEAR)
                .get(c.path() + "/criteria").then().extract().jsonPath();
        List<Integer> ids = page.getList("criteria.id");
        for (int i = 0; i < 7; i++) {
            assess(c, c.reporter(), YEAR, ids.get(i), i != 3);
        }
        Api.as(c.reporter()).get(COMMUNES).then().statusCode(200).body("items[0].criteriaMet", equalTo(6))
                .body("items[0].criteriaCount", equalTo(10)).body("items[0].setId", equalTo((int) set));
        org.junit.jupiter.api.Assertions.assertNotNull(t);
    }

    // ---- recognition cases of communes (the recognition feature, extended)

    @Test
    void aCommuneIsRegisteredForACommuneTitleAndFollowsTheCaseSteps() {
        Commune c = commune();
        RecognitionSetFixtures.Title title = RecognitionSetFixtures
                .title(RecognitionSetFixtures.Spec.standard("PROVINCE").subjectKind("COMMUNE"));
        Map<String, Object> registration = Map.of("unitId", c.id(), "titleId", title.id(), "year", YEAR, "kind",
                "INITIAL");
        JsonPath registered = Api.as(c.reporter()).body(registration).post("/api/v1/recognition-cases").then()
                .statusCode(201).body("subjectKind", equalTo("COMMUNE")).body("unitId", equalTo((int) c.id()))
                .body("unitName", equalTo(c.name())).body("residentialArea", nullValue())
                .body("state", equalTo("REGISTERED")).extract().jsonPath();
        long id = registered.getLong("id");
        for (RecognitionSetFixtures.Criterion k : title.criteria()) {
            Api.as(c.reporter()).body(k.passing(0)).put("/api/v1/recognition-cases/" + id + "/assessments/" + k.id())
                    .then().statusCode(200);
        }
        Api.as(c.editor()).body(Map.of("version", registered.getLong("version")))
                .post("/api/v1/recognition-cases/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("SELF_ASSESSED"));
        Api.as(c.editor()).queryParam("unitId", c.id()).get("/api/v1/recognition-cases").then().statusCode(200)
                .body("items[0].subjectKind", equalTo("COMMUNE")).body("items[0].unitName", equalTo(c.name()));
        // once per commune, title and year; the sibling commune and another province are out of reach
        assertProblem(Api.as(c.editor()).body(registration).post("/api/v1/recognition-cases").then(), 409, "duplicate");
        assertProblem(Api.as(RACH_GIA_REPORTER).body(with(registration, "year", 2025)).post("/api/v1/recognition-cases")
                .then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(with(registration, "year", 2025))
                .post("/api/v1/recognition-cases").then(), 403, "out-of-scope");
        assertProblem(Api.as(RACH_GIA_REPORTER).get("/api/v1/recognition-cases/" + id).then(), 403, "out-of-scope");
        // a commune title needs unitId; an area title refuses it; an unknown commune is 404
        assertFieldError(Api.bad(c.reporter()).body(Map.of("titleId", title.id(), "year", YEAR, "kind", "INITIAL"))
                .post("/api/v1/recognition-cases").then(), "residentialAreaId");
        Map<String, Object> area = vn.danvan.testing.RecognitionFixtures.area();
        assertFieldError(Api
                .bad(Tokens.COMMUNE_EDITOR).body(Map.of("residentialAreaId", area.get("id"), "unitId", c.id(),
                        "titleId", title.id(), "year", YEAR, "kind", "INITIAL"))
                .post("/api/v1/recognition-cases").then(), "unitId");
        assertFieldError(
                Api.bad(c.reporter()).body(with(registration, "titleId", RecognitionSetFixtures.title("COMMUNE").id()))
                        .post("/api/v1/recognition-cases").then(),
                "titleId");
        assertProblem(Api.as(c.reporter()).body(with(registration, "unitId", 999_999_999))
                .post("/api/v1/recognition-cases").then(), 404, "not-found");
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }
}
