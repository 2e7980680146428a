package vn.danvan.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * Answers: a paper form entered by a cadre, a resident's form sent with a one-time code, the batches of codes, and the
 * questionnaire a resident reads. A form is stored with its area and day only; its entry is audited as a count on the
 * survey (who entered a form of which area), never with its answers.
 */
@ApplicationScoped
public class SurveyEntryService {

    static final String PUBLIC_ACTOR = "public:one-time-code";

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyService service;

    @Inject
    SurveyAccess access;

    @Inject
    ResidentialAreaService areas;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    DanvanConfig config;

    /** One paper form into an OPEN survey. */
    @Transactional
    public SurveyDtos.Receipt enter(long id, SurveyDtos.ResponseWrite dto) {
        SatisfactionSurvey s = service.require(id);
        String path = surveys.pathOf(s);
        access.requireEntry(path, dto.residentialAreaId());
        SurveyService.requireState(s, SurveyAction.ENTER_RESPONSE);
        if (surveys.plan(s.id).stream().noneMatch(p -> p.areaId() == dto.residentialAreaId())) {
            throw ProblemException.invalid("residentialAreaId",
                    "khu dân cư không có trong kế hoạch khảo sát (the area is not in the sample plan)");
        }
        Map<Long, Integer> answers = answers(s, dto.answers());
        surveys.insertResponse(s.id, dto.residentialAreaId(), clock.today(), "PAPER", answers);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("action", SurveyAction.ENTER_RESPONSE.name());
        snapshot.put("residentialAreaId", dto.residentialAreaId());
        snapshot.put("forms", 1);
        audit.record(SurveyService.AUDIT_TYPE, s.id, AuditAction.UPDATE, path, snapshot);
        return new SurveyDtos.Receipt(s.id, dto.residentialAreaId(), clock.today(), answers.size());
    }

    /** A resident's form with a one-time code: the code is checked, spent and its area counted. */
    @Transactional
    public SurveyDtos.Receipt submitPublic(long id, SurveyDtos.PublicResponseWrite dto) {
        SatisfactionSurvey s = surveys.findByIdOptional(id).filter(x -> x.state != SatisfactionSurveyState.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("Cuộc khảo sát (survey)", id));
        if (s.state != SatisfactionSurveyState.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Cuộc khảo sát đã kết thúc, không nhận thêm ý kiến (the survey is closed)");
        }
        String code = SurveyCodes.normalize(dto.code());
        if (code == null) {
            throw unknownCode();
        }
        Map<Long, Integer> answers = answers(s, dto.answers());
        byte[] hash = SurveyCodes.hash(s.codeSecret, code);
        long areaId = surveys.spend(s.id, hash)
                .orElseThrow(
                        () -> surveys.codeExists(s.id, hash)
                                ? new ProblemException(ProblemType.SURVEY_CODE_SPENT,
                                        "Mã này đã được dùng để gửi ý kiến (this code has already been used)")
                                : unknownCode());
        surveys.insertResponse(s.id, areaId, clock.today(), "ONLINE", answers);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("action", SurveyAction.ENTER_RESPONSE.name());
        snapshot.put("residentialAreaId", areaId);
        snapshot.put("forms", 1);
        snapshot.put("channel", "ONLINE");
        audit.recordAs(PUBLIC_ACTOR, SurveyService.AUDIT_TYPE, s.id, AuditAction.UPDATE, surveys.pathOf(s), snapshot);
        return new SurveyDtos.Receipt(s.id, areaId, clock.today(), answers.size());
    }

    /** The questionnaire of an OPEN survey, for anyone. */
    @Transactional
    public SurveyDtos.Questionnaire questionnaire(long id) {
        SatisfactionSurvey s = surveys.findByIdOptional(id).filter(x -> x.state == SatisfactionSurveyState.OPEN)
                .orElseThrow(() -> ProblemException.notFound("Cuộc khảo sát đang mở (open survey)", id));
        return new SurveyDtos.Questionnaire(s.id, s.name, service.titleRef(s.titleId).name(),
                service.unitRef(s.unitId).name(),
                surveys.scale(s.id).stream().map(o -> new SurveyDtos.ScaleOption(o.value(), o.label())).toList(),
                service.questions(s.id));
    }

    /** A batch of codes for one area of the plan, returned in plain text this once. */
    @Transactional
    public SurveyDtos.CodeBatch generateCodes(long id, SurveyDtos.CodeBatchWrite dto) {
        SatisfactionSurvey s = service.require(id);
        String path = surveys.pathOf(s);
        access.requireDesigner(path);
        SurveyService.requireState(s, SurveyAction.GENERATE_CODES);
        if (surveys.plan(s.id).stream().noneMatch(p -> p.areaId() == dto.residentialAreaId())) {
            throw ProblemException.invalid("residentialAreaId",
                    "khu dân cư không có trong kế hoạch khảo sát (the area is not in the sample plan)");
        }
        List<String> codes = new ArrayList<>(dto.count());
        while (codes.size() < dto.count()) {
            List<String> batch = new ArrayList<>();
            Map<String, byte[]> hashes = new HashMap<>();
            while (batch.size() < dto.count() - codes.size()) {
                String code = SurveyCodes.generate();
                if (hashes.putIfAbsent(code, SurveyCodes.hash(s.codeSecret, SurveyCodes.normalize(code))) == null) {
                    batch.add(code);
                }
            }
            int kept = surveys.insertCodes(s.id, dto.residentialAreaId(), batch.stream().map(hashes::get).toList());
            if (kept == batch.size()) {
                codes.addAll(batch);
            } // else a collision with an earlier code (≈ never): draw the whole batch again, the kept ones unprinted
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("action", SurveyAction.GENERATE_CODES.name());
        snapshot.put("residentialAreaId", dto.residentialAreaId());
        snapshot.put("codes", codes.size());
        audit.record(SurveyService.AUDIT_TYPE, s.id, AuditAction.UPDATE, path, snapshot);
        ResidentialAreaDto area = areas.byIds(List.of(dto.residentialAreaId())).get(dto.residentialAreaId());
        String publicPath = "/khao-sat/" + s.id;
        return new SurveyDtos.CodeBatch(s.id, dto.residentialAreaId(), area == null ? "" : area.name(),
                absolute(publicPath), publicPath, codes);
    }

    /** The web app's address ({@code danvan.app-url}, as mails link to it) followed by {@code path}. */
    private String absolute(String path) {
        String base = config.appUrl().strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The answers of a form, checked: each a question of the survey, once, with a value of its scale. */
    private Map<Long, Integer> answers(SatisfactionSurvey s, List<SurveyDtos.AnswerWrite> written) {
        Set<Long> questions = surveys.questions(s.id).stream().map(SurveyRepository.QuestionRow::id)
                .collect(Collectors.toSet());
        Set<Integer> values = surveys.scale(s.id).stream().map(SurveyRepository.Option::value)
                .collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < written.size(); i++) {
            SurveyDtos.AnswerWrite a = written.get(i);
            if (!questions.contains(a.questionId())) {
                errors.add(new FieldError("answers[" + i + "].questionId",
                        "không phải câu hỏi của cuộc khảo sát này (not a question of this survey)"));
            } else if (answers.putIfAbsent(a.questionId(), a.value()) != null) {
                errors.add(new FieldError("answers[" + i + "].questionId",
                        "câu hỏi được trả lời hai lần (a question answered twice)"));
            }
            if (!values.contains(a.value())) {
                errors.add(new FieldError("answers[" + i + "].value", "không có trong thang đo (not on the scale)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.get(0).message(), errors);
        }
        return answers;
    }

    private static ProblemException unknownCode() {
        return ProblemException.invalid("code",
                "mã không đúng hoặc không thuộc cuộc khảo sát này (not a code of this survey)");
    }
}
