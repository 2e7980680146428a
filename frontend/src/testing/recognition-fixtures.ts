import { http, HttpResponse } from 'msw';
import type { Schema } from '@/lib/api/schema-types';
import { residentialAreas, unitProvince, unitRachGia } from '@/testing/fixtures';

type CurrentUser = Schema<'CurrentUser'>;
type RecognitionCase = Schema<'RecognitionCase'>;
type RecognitionCaseCriterion = Schema<'RecognitionCaseCriterion'>;
type RecognitionAssessment = Schema<'RecognitionAssessment'>;
type Problem = Schema<'Problem'>;

const kp01 = residentialAreas[0] as Schema<'ResidentialArea'>;

/** The reporter of Khu phố 1 (token claim residential_area_code 30742-KP01). */
export const reporterKp01: CurrentUser = {
  username: 'reporter.kp01',
  fullName: 'Lê Thị Khu Phố',
  roles: ['reporter'],
  organization: { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' },
  unit: unitRachGia,
  residentialArea: kp01,
};

/** The commune's editor: reviews, posts, records the council. */
export const communeEditor: CurrentUser = {
  username: 'editor.rachgia',
  fullName: 'Võ Văn Xã',
  roles: ['editor'],
  organization: { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' },
  unit: unitRachGia,
};

/** The province's appraiser and editor: appraise and decide for a province title. */
export const provinceAppraiser: CurrentUser = {
  username: 'appraiser.angiang',
  fullName: 'Lê Văn Thẩm',
  roles: ['appraiser'],
  organization: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang' },
  unit: unitProvince,
};
export const provinceEditor: CurrentUser = {
  ...provinceAppraiser,
  username: 'editor.angiang',
  fullName: 'Phạm Thị Biên',
  roles: ['editor'],
};

export const titles: Schema<'RecognitionTitle'>[] = [
  {
    id: 5,
    code: 'KDC-KIEU-MAU-91',
    name: 'Khu dân cư kiểu mẫu',
    subjectKind: 'RESIDENTIAL_AREA',
    issuer: { id: 10, code: '91-TU', name: 'Tỉnh ủy An Giang' },
    decidingLevel: 'PROVINCE',
    demo: true,
    canChange: false,
    version: 0,
  },
  {
    id: 6,
    code: 'XA-NTM-KIEU-MAU',
    name: 'Xã nông thôn mới kiểu mẫu',
    subjectKind: 'COMMUNE',
    issuer: { id: 10, code: '91-TU', name: 'Tỉnh ủy An Giang' },
    decidingLevel: 'PROVINCE',
    demo: true,
    canChange: false,
    version: 0,
  },
];

function notAssessed(criterionId: number): RecognitionAssessment {
  return { criterionId, attachments: [], version: 0 };
}

/** Three criteria, one of each kind: pass/fail, scored (10 points), measured (≥ 80 %). */
export function criteria(): RecognitionCaseCriterion[] {
  return [
    {
      id: 11,
      groupCode: 'I',
      code: '1',
      name: 'Đời sống kinh tế ổn định, không có hộ nghèo',
      kind: 'PASS_FAIL',
      required: true,
      key: true,
      expectedEvidence: 'Danh sách hộ nghèo của xã',
      position: 1,
      assessment: notAssessed(11),
    },
    {
      id: 12,
      groupCode: 'II',
      code: '2',
      name: 'Đời sống văn hóa, tinh thần lành mạnh',
      kind: 'SCORED',
      maxPoints: 10,
      required: true,
      key: false,
      position: 2,
      assessment: notAssessed(12),
    },
    {
      id: 13,
      groupCode: 'III',
      code: '3',
      name: 'Tỷ lệ hộ dùng nước sạch',
      kind: 'NUMERIC',
      unitOfMeasure: '%',
      comparison: '>=',
      threshold: 80,
      required: true,
      key: false,
      position: 3,
      assessment: notAssessed(13),
    },
  ];
}

/** Every criterion self-assessed as passing (8/10 points, 92 %). */
export function selfAssessed(list = criteria()): RecognitionCaseCriterion[] {
  const results: Partial<RecognitionAssessment>[] = [
    { selfPassed: true, selfNote: 'Không còn hộ nghèo' },
    { selfPassed: true, selfScore: 8 },
    { selfPassed: true, selfValue: 92 },
  ];
  return list.map((c, i) => ({
    ...c,
    assessment: {
      ...c.assessment,
      ...results[i],
      id: 100 + i,
      assessedBy: 'reporter.kp01',
      assessedAt: '2026-11-20T02:00:00Z',
      version: 1,
    },
  }));
}

/** A case of Khu phố 1 for "Khu dân cư kiểu mẫu" 2026, in the given state. */
export function recognitionCase(
  state: Schema<'RecognitionCaseState'>,
  overrides: Partial<RecognitionCase> = {},
): RecognitionCase {
  const list = overrides.criteria ?? criteria();
  return {
    id: 701,
    subjectKind: 'RESIDENTIAL_AREA',
    title: {
      id: 5,
      code: 'KDC-KIEU-MAU-91',
      name: 'Khu dân cư kiểu mẫu',
      decidingLevel: 'PROVINCE',
    },
    criteriaSet: {
      id: 3,
      versionNo: 1,
      name: 'Bộ tiêu chí khu dân cư kiểu mẫu (ví dụ minh họa)',
      passRule: 'ALL_REQUIRED',
      postingDays: 10,
      voteThresholdPercent: 90,
      validityYears: 5,
    },
    residentialArea: { id: kp01.id, code: kp01.code, name: kp01.name },
    unitId: unitRachGia.id,
    year: 2026,
    kind: 'INITIAL',
    state,
    meetsCriteria: false,
    assessedCount: list.filter((c) => c.assessment.assessedAt).length,
    criteriaCount: list.length,
    registeredBy: 'reporter.kp01',
    registeredAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
    version: 2,
    ...overrides,
    criteria: list,
  };
}

export function problemResponse(body: Problem) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export interface SeenRequest {
  method: string;
  path: string;
  key: string | null;
  body?: unknown;
}

/**
 * A small server for one case: reads it, and changes it as the backend would on each write, so
 * that a screen reads back what it wrote. `seen` lists every write (path, Idempotency-Key, body).
 */
export function caseServer(start: RecognitionCase) {
  let current = start;
  const seen: SeenRequest[] = [];
  const record = async (request: Request, withBody = true) => {
    const entry: SeenRequest = {
      method: request.method,
      path: new URL(request.url).pathname,
      key: request.headers.get('Idempotency-Key'),
      ...(withBody ? { body: (await request.clone().json()) as unknown } : {}),
    };
    seen.push(entry);
    return entry;
  };
  const patchAssessment = (
    criterionId: number,
    change: (a: RecognitionAssessment) => RecognitionAssessment,
  ) => {
    let changed: RecognitionAssessment | undefined;
    current = {
      ...current,
      criteria: current.criteria.map((c) => {
        if (c.id !== criterionId) {
          return c;
        }
        changed = change(c.assessment);
        return { ...c, assessment: changed };
      }),
    };
    current = {
      ...current,
      assessedCount: current.criteria.filter((c) => c.assessment.assessedAt).length,
    };
    return changed;
  };
  const moveTo = (state: Schema<'RecognitionCaseState'>, extra: Partial<RecognitionCase> = {}) => {
    current = { ...current, ...extra, state, version: current.version + 1 };
    return HttpResponse.json(current);
  };
  const base = `*/api/v1/recognition-cases/${start.id}`;
  const handlers = [
    http.get('*/api/v1/recognition-titles', () => HttpResponse.json(titles)),
    http.get(base, () => HttpResponse.json(current)),
    http.put(`${base}/assessments/:criterionId`, async ({ request, params }) => {
      const { body } = await record(request);
      const write = body as Schema<'RecognitionSelfAssessment'>;
      const saved = patchAssessment(Number(params.criterionId), (a) => ({
        ...a,
        id: a.id ?? 200 + Number(params.criterionId),
        selfPassed: write.passed ?? (write.score !== undefined ? write.score > 0 : true),
        ...(write.score !== undefined ? { selfScore: write.score } : {}),
        ...(write.value !== undefined ? { selfValue: write.value } : {}),
        ...(write.note !== undefined ? { selfNote: write.note } : {}),
        assessedBy: 'reporter.kp01',
        assessedAt: '2026-11-25T02:00:00Z',
        version: a.version + 1,
      }));
      return HttpResponse.json(saved);
    }),
    http.post(`${base}/assessments/:criterionId/attachments`, async ({ request, params }) => {
      const entry = await record(request, false);
      const file = (await request.formData()).get('file');
      const name = file !== null && typeof file === 'object' ? file.name : undefined;
      entry.body = { fileName: name };
      const attachment: Schema<'Attachment'> = {
        id: 900 + seen.length,
        fileName: name ?? 'anh.jpg',
        mediaType: 'image/jpeg',
        size: 3,
        sha256: 'ab',
        uploadedBy: 'reporter.kp01',
        uploadedAt: '2026-11-25T02:00:00Z',
      };
      patchAssessment(Number(params.criterionId), (a) => ({
        ...a,
        attachments: [...a.attachments, attachment],
      }));
      return HttpResponse.json(attachment, { status: 201 });
    }),
    http.get(
      `${base}/assessments/:criterionId/attachments/:attachmentId`,
      () =>
        new HttpResponse(new Uint8Array([255, 216, 255]), {
          headers: { 'Content-Type': 'image/jpeg' },
        }),
    ),
    http.post(`${base}/submit`, async ({ request }) => {
      await record(request);
      return moveTo('SELF_ASSESSED');
    }),
    http.put(`${base}/reviews/:criterionId`, async ({ request, params }) => {
      const { body } = await record(request);
      const write = body as Schema<'RecognitionReviewWrite'>;
      const saved = patchAssessment(Number(params.criterionId), (a) => ({
        ...a,
        review: write.review,
        ...(write.review === 'CHANGE'
          ? {
              reviewReason: write.reason,
              reviewedPassed: write.passed ?? (write.score ?? write.value ?? 0) > 0,
              ...(write.score !== undefined ? { reviewedScore: write.score } : {}),
              ...(write.value !== undefined ? { reviewedValue: write.value } : {}),
            }
          : {}),
        reviewedBy: 'editor.rachgia',
        reviewedAt: '2026-11-26T02:00:00Z',
        version: a.version + 1,
      }));
      return HttpResponse.json(saved);
    }),
    http.post(`${base}/complete-review`, async ({ request }) => {
      await record(request);
      return moveTo('REVIEWED', { meetsCriteria: true });
    }),
    http.post(`${base}/post`, async ({ request }) => {
      const { body } = await record(request);
      const posting = body as Schema<'RecognitionPosting'>;
      return moveTo('POSTED', {
        posting: {
          postedFrom: posting.postedFrom,
          postedTo: posting.postedTo,
          place: posting.place,
          comments: [],
        },
      });
    }),
    http.post(`${base}/council`, async ({ request }) => {
      const { body } = await record(request);
      const council = body as Schema<'RecognitionCouncil'>;
      const passed = council.votesFor * 100 >= 90 * council.present;
      return moveTo(passed ? 'VOTED' : 'REFUSED', { council: { ...council, passed } });
    }),
    http.post(`${base}/appraise`, async ({ request }) => {
      const { body } = await record(request);
      const appraisal = body as Schema<'RecognitionAppraisal'>;
      return moveTo(appraisal.passed ? 'APPRAISED' : 'REFUSED', {
        appraisal: {
          passed: appraisal.passed,
          opinion: appraisal.opinion,
          appraisedOn: appraisal.appraisedOn ?? '2026-12-10',
          appraisedBy: 'appraiser.angiang',
        },
      });
    }),
    http.post(`${base}/refuse`, async ({ request }) => {
      const { body } = await record(request);
      return moveTo('REFUSED', {
        refusalReasons: (body as Schema<'RecognitionRefusal'>).reasons,
      });
    }),
    http.post(`${base}/withdraw`, async ({ request }) => {
      await record(request);
      return moveTo('WITHDRAWN');
    }),
    http.post(`${base}/decide`, async ({ request }) => {
      const { body } = await record(request);
      const decision = body as Schema<'RecognitionDecisionWrite'>;
      return moveTo('RECOGNIZED', {
        decision: {
          id: 81,
          caseId: start.id,
          titleId: 5,
          titleName: 'Khu dân cư kiểu mẫu',
          residentialAreaId: kp01.id,
          unitId: unitRachGia.id,
          number: decision.number,
          signedOn: decision.signedOn,
          signer: decision.signer,
          level: 'PROVINCE',
          validFrom: decision.signedOn,
          validUntil: decision.validUntil ?? '2031-12-15',
          status: 'IN_FORCE',
          version: 0,
        },
      });
    }),
    http.post('*/api/v1/recognition-decisions/81/revoke', async ({ request }) => {
      const { body } = await record(request);
      const revocation = body as Schema<'RecognitionRevocation'>;
      const decision = current.decision as Schema<'RecognitionDecision'>;
      const revoked: Schema<'RecognitionDecision'> = {
        ...decision,
        status: 'REVOKED',
        revocationNumber: revocation.number,
        revokedOn: revocation.revokedOn,
        revocationReason: revocation.reason,
        version: decision.version + 1,
      };
      current = { ...current, decision: revoked };
      return HttpResponse.json(revoked);
    }),
  ];
  return { handlers, seen, current: () => current };
}
