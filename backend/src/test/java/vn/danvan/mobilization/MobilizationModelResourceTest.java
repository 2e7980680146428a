package vn.danvan.mobilization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.EmulationFixtures;
import vn.danvan.testing.EmulationFixtures.Model;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** Registration, the list, a model's page, its corrections, roles and scope on the round record, the showcase. */
@QuarkusTest
class MobilizationModelResourceTest {

    private static final String MODELS = "/api/v1/mobilization-models";
    private static final String COMMUNE_APPRAISER = Tokens.token("appraiser.rachgia", Tokens.COMMUNE, "30742-DU",
            "appraiser");
    private static final String PROVINCE_APPRAISER = Tokens.token("appraiser.angiang", Tokens.PROVINCE, "91-BTGDV",
            "appraiser");
    private static final String COMMUNE_LEADER = Tokens.token("leader.rachgia", Tokens.COMMUNE, "30742-DU", "leader");

    private static String siblingReporter() {
        String code = (String) Fixtures.newCommuneInAnGiang().get("code");
        return Tokens.token("reporter." + code, code, null, "reporter");
    }

    private static long openRound() {
        return EmulationFixtures.movement().openRound();
    }

    @Test
    void aCommuneReporterRegistersAndEveryoneOfTheScopeReadsIt() {
        String name = "Tuyến đường hoa Khu phố " + Fixtures.uniqueCode("Đ");
        var created = Api.as(Tokens.COMMUNE_REPORTER).body(EmulationFixtures.registration(openRound(), name))
                .post(MODELS).then().statusCode(201).header("Location", containsString(MODELS + "/"))
                .body("state", equalTo("REGISTERED")).body("level", equalTo("COMMUNE"))
                .body("field.code", equalTo("KINH_TE")).body("rounds[0].state", equalTo("REGISTERED"))
                .body("rounds[0].mark", equalTo("NEW")).body("indicators[0].unit", equalTo("km")).extract().jsonPath();
        long id = created.getLong("id");
        Api.as(COMMUNE_LEADER).get(MODELS + "/" + id).then().statusCode(200).body("name", equalTo(name));
        Api.as(Tokens.PROVINCE_LEADER).get(MODELS + "/" + id).then().statusCode(200);
        // the list: found without diacritics, by the commune's unit, by round and field
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "tuyen duong hoa " + name.substring(name.lastIndexOf(' ') + 1))
                .queryParam("unitId", Fixtures.unitIdOf(Tokens.COMMUNE)).queryParam("roundId", openRound())
                .queryParam("field", "KINH_TE").get(MODELS).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id)).body("items[0].latestRoundState", equalTo("REGISTERED"));
        assertProblem(Api.anonymous().get(MODELS + "/" + id).then(), 401, "unauthorized");
        assertProblem(Api.as(siblingReporter()).get(MODELS + "/" + id).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(MODELS + "/" + id).then(), 403, "out-of-scope");
        Api.as(siblingReporter()).queryParam("q", name).get(MODELS).then().statusCode(200).body("total", equalTo(0));
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).get(MODELS + "/987654321").then(), 404, "not-found");
        assertProblem(Api.bad(Tokens.PROVINCE_ADMIN).get(MODELS + "/abc").then(), 400, "validation");
    }

    @Test
    void registrationIsRefusedForBadInputRoleScopeDuplicateAndWindow() {
        Map<String, Object> body = EmulationFixtures.registration(openRound(), " ");
        body.remove("problem");
        var bad = Api.bad(Tokens.COMMUNE_REPORTER).body(body).post(MODELS).then();
        assertFieldError(bad, "name").body("errors.field", hasItem("problem"));
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER)
                .body(with(EmulationFixtures.registration(openRound(), "X " + Fixtures.uniqueCode("A")), "field",
                        "NONG_THON_MOI"))
                .post(MODELS).then(), "field");
        Map<String, Object> fine = EmulationFixtures.registration(openRound(), "Mô hình " + Fixtures.uniqueCode("R"));
        assertProblem(Api.anonymous().body(fine).post(MODELS).then(), 401, "unauthorized");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(fine).post(MODELS).then(), 403, "forbidden");
        assertProblem(Api.as(COMMUNE_LEADER).body(fine).post(MODELS).then(), 403, "forbidden");
        assertProblem(Api.as(siblingReporter()).body(fine).post(MODELS).then(), 403, "out-of-scope")
                .body("errors.field", hasItem("organizationId"));
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(fine).post(MODELS).then(), 403, "out-of-scope");

        // duplicate: the same name in another case and without diacritics, same unit and round
        String name = "Mái ấm tình thương " + Fixtures.uniqueCode("D");
        long first = Api.as(Tokens.COMMUNE_REPORTER).body(EmulationFixtures.registration(openRound(), name))
                .post(MODELS).then().statusCode(201).extract().jsonPath().getLong("id");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER)
                .body(EmulationFixtures.registration(openRound(), "MAI AM TINH THUONG " + name.substring(19)))
                .post(MODELS).then(), 409, "duplicate").body("instance", equalTo(MODELS + "/" + first));

        // outside the window: 409; an admin's paper registration after the fact: 201, audited as such
        long closed = EmulationFixtures.movement().closedRound();
        Map<String, Object> late = EmulationFixtures.registration(closed, "Mô hình cũ " + Fixtures.uniqueCode("L"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(late).post(MODELS).then(), 409, "conflict").body("detail",
                containsString("đăng ký"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(with(late, "afterTheFact", true)).post(MODELS).then(), 403,
                "out-of-scope").body("errors.field", hasItem("afterTheFact"));
        long paper = Api.as(Tokens.PROVINCE_ADMIN).body(with(late, "afterTheFact", true)).post(MODELS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Tokens.PROVINCE_ADMIN).get(MODELS + "/" + paper + "/timeline").then().statusCode(200)
                .body("[0].action", equalTo("REGISTER")).body("[0].afterTheFact", equalTo(true));
    }

    @Test
    void correctionsCarryTheVersionAndAModelIsDiscontinuedOnce() {
        Model m = EmulationFixtures.model();
        Map<String, Object> update = new HashMap<>(Map.of("name", "Đổi tên " + Fixtures.uniqueCode("U"), "field",
                "VAN_HOA_XA_HOI", "owner", Map.of("kind", "INDIVIDUAL", "name", "Trần Thị B", "position", "Tổ trưởng"),
                "startedOn", "2026-01-15", "problem", "Vấn đề", "approach", "Cách làm", "version", m.modelVersion()));
        Api.as(Tokens.COMMUNE_REPORTER).body(update).put(MODELS + "/" + m.id()).then().statusCode(200)
                .body("field.code", equalTo("VAN_HOA_XA_HOI")).body("owner.position", equalTo("Tổ trưởng"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(update).put(MODELS + "/" + m.id()).then(), 409,
                "stale-version");
        assertProblem(Api.as(COMMUNE_APPRAISER).body(update).put(MODELS + "/" + m.id()).then(), 403, "forbidden");
        assertFieldError(
                Api.bad(Tokens.COMMUNE_REPORTER).body(with(update, "problem", "")).put(MODELS + "/" + m.id()).then(),
                "problem");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(update).put(MODELS + "/987654321").then(), 404, "not-found");

        long version = EmulationFixtures.read(m.id()).modelVersion();
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", version))
                .post(MODELS + "/" + m.id() + "/discontinue").then(), 403, "forbidden");
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("reason", "Hết kinh phí", "version", version))
                .post(MODELS + "/" + m.id() + "/discontinue").then().statusCode(200)
                .body("state", equalTo("DISCONTINUED")).body("rounds[-1].mark", equalTo("DISCONTINUED"));
        long after = EmulationFixtures.read(m.id()).modelVersion();
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", after))
                .post(MODELS + "/" + m.id() + "/discontinue").then(), 409, "conflict").body("detail",
                        containsString("DISCONTINUED"));
        Model now = EmulationFixtures.read(m.id());
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", now.recordVersion()))
                .post("/api/v1/model-rounds/" + now.record() + "/start").then(), 409, "conflict");
    }

    @Test
    void theAppraisingBodyIsTheCommuneThenTheProvinceOnceProposedUpward() {
        Model m = EmulationFixtures.modelIn("SUBMITTED");
        String appraise = "/api/v1/model-rounds/" + m.record() + "/appraise";
        Map<String, Object> pass = EmulationFixtures.body("appraise", null, m.recordVersion());
        assertProblem(Api.as(PROVINCE_APPRAISER).body(pass).post(appraise).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(pass).post(appraise).then(), 403, "forbidden");
        assertProblem(Api
                .as(Tokens.token("appraiser.x", (String) Fixtures.newCommuneInAnGiang().get("code"), null, "appraiser"))
                .body(pass).post(appraise).then(), 403, "out-of-scope");
        assertFieldError(
                Api.bad(COMMUNE_APPRAISER).body(EmulationFixtures.body("appraise", "NOT_PASS", m.recordVersion()))
                        .body(Map.of("result", "NOT_PASS", "opinion", "Chưa đạt", "version", m.recordVersion()))
                        .post(appraise).then(),
                "reasons");
        assertFieldError(Api.bad(COMMUNE_APPRAISER).body(Map.of("version", m.recordVersion()))
                .post("/api/v1/model-rounds/" + m.record() + "/return").then(), "comment");
        assertProblem(
                Api.as(COMMUNE_APPRAISER).body(with(pass, "version", m.recordVersion() + 5)).post(appraise).then(), 409,
                "stale-version");
        Api.as(COMMUNE_APPRAISER).body(pass).post(appraise).then().statusCode(200).body("state", equalTo("APPRAISED"))
                .body("appraisal.appraisedBy", equalTo("appraiser.rachgia"))
                .body("appraisal.appraisedByPerson.username", equalTo("appraiser.rachgia"))
                .body("appraisal.appraisedByPerson.displayName", notNullValue());

        Model up = EmulationFixtures.modelIn("PROPOSED_UPWARD");
        String again = "/api/v1/model-rounds/" + up.record() + "/appraise";
        Map<String, Object> body = EmulationFixtures.body("appraise", null, up.recordVersion());
        assertProblem(Api.as(COMMUNE_APPRAISER).body(body).post(again).then(), 403, "forbidden");
        Api.as(PROVINCE_APPRAISER).body(body).post(again).then().statusCode(200).body("level", equalTo("PROVINCE"))
                .body("proposedUpward", equalTo(true));
    }

    @Test
    void afterTheAppraisalDeadlineOnlyAnAdminRecordsAPaperDecision() {
        long closed = EmulationFixtures.movement().closedRound();
        long id = Api.as(Tokens.PROVINCE_ADMIN)
                .body(with(EmulationFixtures.registration(closed, "Mô hình năm trước " + Fixtures.uniqueCode("P")),
                        "afterTheFact", true))
                .post(MODELS).then().statusCode(201).extract().jsonPath().getLong("id");
        Model m = EmulationFixtures.read(id);
        for (String action : new String[] { "start", "report-results", "submit" }) {
            Api.as(Tokens.PROVINCE_ADMIN).body(EmulationFixtures.body(action, null, m.recordVersion()))
                    .post("/api/v1/model-rounds/" + m.record() + "/" + action).then().statusCode(200);
            m = EmulationFixtures.read(id);
        }
        String appraise = "/api/v1/model-rounds/" + m.record() + "/appraise";
        Map<String, Object> pass = EmulationFixtures.body("appraise", null, m.recordVersion());
        assertProblem(Api.as(COMMUNE_APPRAISER).body(pass).post(appraise).then(), 409, "conflict").body("detail",
                containsString("hạn thẩm định"));
        Api.as(Tokens.PROVINCE_ADMIN).body(with(pass, "afterTheFact", true)).post(appraise).then().statusCode(200);
        Api.as(Tokens.PROVINCE_ADMIN).get(MODELS + "/" + id + "/timeline").then()
                .body("[-1].action", equalTo("APPRAISE")).body("[-1].afterTheFact", equalTo(true));
    }

    @Test
    void evidenceIsAddedWhileTheResultsCanChange() {
        Model m = EmulationFixtures.modelIn("IN_PROGRESS");
        String files = "/api/v1/model-rounds/" + m.record() + "/attachments";
        long photo = Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "anh.png", Documents.png()).post(files)
                .then().statusCode(201).body("mediaType", equalTo("image/png")).body("sha256", not(nullValue()))
                .extract().jsonPath().getLong("id");
        Api.as(COMMUNE_LEADER).accept("*/*").get(files + "/" + photo).then().statusCode(200).contentType("image/png");
        assertProblem(
                Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "x.txt", "chữ".getBytes()).post(files).then(),
                400, "validation");
        assertProblem(Api.upload(COMMUNE_APPRAISER).multiPart("file", "anh.png", Documents.png()).post(files).then(),
                403, "forbidden");
        Model submitted = EmulationFixtures.modelIn("SUBMITTED");
        assertProblem(Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/model-rounds/" + submitted.record() + "/attachments").then(), 409, "conflict");
    }

    @Test
    void theShowcaseShowsOnlyRecognizedPublicModelsAndNoPersonalData() {
        Model m = EmulationFixtures.modelIn("REPORTED");
        String files = "/api/v1/model-rounds/" + m.record() + "/attachments";
        long photo = Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "anh.png", Documents.png()).post(files)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long sheet = Api.upload(Tokens.COMMUNE_REPORTER).multiPart("file", "so-lieu.xlsx", Documents.xlsx()).post(files)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Model submitted = EmulationFixtures.read(m.id());
        Api.as(Tokens.PROVINCE_ADMIN).body(EmulationFixtures.body("submit", null, submitted.recordVersion()))
                .post("/api/v1/model-rounds/" + m.record() + "/submit").then().statusCode(200);
        // not recognized yet: neither publishable nor public
        long version = EmulationFixtures.read(m.id()).modelVersion();
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", version))
                .post(MODELS + "/" + m.id() + "/publish").then(), 409, "conflict");
        assertProblem(Api.anonymous().get("/api/v1/public/models/" + m.id()).then(), 404, "not-found");
        Model now = EmulationFixtures.read(m.id());
        for (String action : new String[] { "appraise", "recognize" }) {
            Api.as(Tokens.PROVINCE_ADMIN).body(EmulationFixtures.body(action, null, now.recordVersion()))
                    .post("/api/v1/model-rounds/" + now.record() + "/" + action).then().statusCode(200);
            now = EmulationFixtures.read(m.id());
        }
        assertProblem(Api.anonymous().get("/api/v1/public/models/" + m.id()).then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", now.modelVersion()))
                .post(MODELS + "/" + m.id() + "/publish").then(), 403, "forbidden");
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", now.modelVersion()))
                .post(MODELS + "/" + m.id() + "/publish").then().statusCode(200).body("published", equalTo(true));
        String name = Api.as(Tokens.PROVINCE_ADMIN).get(MODELS + "/" + m.id()).then().extract().path("name");

        var page = Api.anonymous().queryParam("q", name).get("/api/v1/public/models").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath();
        String json = Api.anonymous().get("/api/v1/public/models/" + m.id()).then().statusCode(200)
                .body("name", equalTo(name)).body("ownerName", equalTo("Hội Nông dân phường Rạch Giá"))
                .body("results[0].figures[0].value", equalTo(1.2f)).body("photos.id", hasItem((int) photo))
                .body("photos.id", not(hasItem((int) sheet))).extract().asString();
        for (String hidden : new String[] { "organization", "createdBy", "appraisal", "uploadedBy", "reporter",
                "version", "sha256", "admin" }) {
            org.junit.jupiter.api.Assertions.assertFalse(json.contains(hidden), hidden + " leaked: " + json);
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, page.getList("items").size());
        Api.anonymous().accept("*/*").get("/api/v1/public/models/" + m.id() + "/photos/" + photo).then().statusCode(200)
                .contentType("image/png");
        assertProblem(Api.anonymous().accept("*/*").get("/api/v1/public/models/" + m.id() + "/photos/" + sheet).then(),
                404, "not-found");
        assertProblem(Api.anonymous().get("/api/v1/public/models/abc").then(), 400, "validation");

        long published = EmulationFixtures.read(m.id()).modelVersion();
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", published)).post(MODELS + "/" + m.id() + "/unpublish")
                .then().statusCode(200).body("published", equalTo(false));
        assertProblem(Api.anonymous().get("/api/v1/public/models/" + m.id()).then(), 404, "not-found");
        assertProblem(Api.anonymous().accept("*/*").get("/api/v1/public/models/" + m.id() + "/photos/" + photo).then(),
                404, "not-found");
    }

    @Test
    void aModelIsCarriedIntoALaterRoundWithTheYearsMark() {
        Model m = EmulationFixtures.model();
        long closed = EmulationFixtures.movement().closedRound();
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("roundId", openRound(), "mark", "MAINTAINED"))
                .post(MODELS + "/" + m.id() + "/rounds").then(), 409, "conflict");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("roundId", closed, "mark", "WEAK"))
                .post(MODELS + "/" + m.id() + "/rounds").then(), 409, "conflict");
        Api.as(Tokens.PROVINCE_ADMIN).body(Map.of("roundId", closed, "mark", "WEAK", "afterTheFact", true))
                .post(MODELS + "/" + m.id() + "/rounds").then().statusCode(201).body("rounds.mark", hasItem("WEAK"));
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("roundId", closed, "mark", "GOOD"))
                .post(MODELS + "/" + m.id() + "/rounds").then(), "mark");
        // a replication links to its origin, which lists it
        Map<String, Object> copy = with(
                EmulationFixtures.registration(openRound(), "Nhân rộng " + Fixtures.uniqueCode("N")), "replicationOfId",
                m.id());
        long copyId = Api.as(Tokens.COMMUNE_REPORTER).body(copy).post(MODELS).then().statusCode(201)
                .body("replicationOf.id", equalTo((int) m.id())).extract().jsonPath().getLong("id");
        Api.as(Tokens.COMMUNE_REPORTER).get(MODELS + "/" + m.id()).then().body("replications.id",
                hasItem((int) copyId));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
