import { http, HttpResponse } from 'msw';
import type { Schema } from '@/lib/api/schema-types';

type CriteriaSet = Schema<'CriteriaSet'>;

/** A province title that the admin of An Giang may change (the server says so in canChange). */
export const modelAreaTitle: Schema<'RecognitionTitle'> = {
  id: 3,
  code: 'KDC-KIEU-MAU-91',
  name: 'Khu dân cư kiểu mẫu',
  subjectKind: 'RESIDENTIAL_AREA',
  issuer: { id: 10, code: '91-TU', name: 'Tỉnh ủy An Giang' },
  decidingLevel: 'COMMUNE',
  demo: true,
  canChange: true,
  version: 0,
};

export const culturalHamletTitle: Schema<'RecognitionTitle'> = {
  id: 4,
  code: 'THON-VAN-HOA-91',
  name: 'Thôn, tổ dân phố văn hóa',
  subjectKind: 'RESIDENTIAL_AREA',
  issuer: { id: 10, code: '91-TU', name: 'Tỉnh ủy An Giang' },
  decidingLevel: 'COMMUNE',
  demo: false,
  canChange: true,
  version: 0,
};

/** Version 1, published 2021: five contents of the campaign (two here), all required pass. */
export const publishedSet: CriteriaSet = {
  id: 30,
  titleId: 3,
  versionNo: 1,
  name: 'Bộ tiêu chí khu dân cư kiểu mẫu 2021–2025',
  status: 'PUBLISHED',
  effectiveFrom: '2021-01-01',
  effectiveTo: '2025-12-31',
  demo: true,
  publishedAt: '2021-01-05T02:00:00Z',
  publishedBy: 'admin.angiang',
  rule: {
    passRule: 'ALL_REQUIRED',
    postingDays: 5,
    voteThresholdPercent: 70,
    validityYears: 3,
    reassessmentMonths: 12,
  },
  groups: [
    { code: 'I', name: 'Kinh tế phát triển' },
    { code: 'II', name: 'Văn hóa – xã hội' },
  ],
  criteria: [
    {
      id: 301,
      groupCode: 'I',
      code: '1',
      name: 'Thu nhập bình quân đầu người',
      kind: 'NUMERIC',
      comparison: '>=',
      threshold: 60,
      unitOfMeasure: 'triệu đồng/năm',
      required: true,
      key: true,
      expectedEvidence: 'Báo cáo của ban công tác Mặt trận',
    },
    {
      id: 302,
      groupCode: 'II',
      code: '2',
      name: 'Có nhà văn hóa, khu thể thao',
      kind: 'PASS_FAIL',
      required: true,
      key: false,
      indicators: [
        {
          id: 303,
          code: '2.1',
          name: 'Nhà văn hóa đạt chuẩn',
          kind: 'PASS_FAIL',
          required: true,
          key: false,
        },
      ],
    },
  ],
  totalMaxPoints: 0,
  version: 4,
};

/** Version 2: the draft revised from version 1, with a variant and questions the editor keeps. */
export const draftSet: CriteriaSet = {
  ...publishedSet,
  id: 31,
  versionNo: 2,
  name: 'Bộ tiêu chí khu dân cư kiểu mẫu 2026–2030',
  status: 'DRAFT',
  effectiveFrom: '2026-01-01',
  copiedFromId: 30,
  publishedAt: undefined,
  publishedBy: undefined,
  criteria: publishedSet.criteria.map((c) =>
    c.code === '1'
      ? {
          ...c,
          id: 311,
          variants: [{ communeGroup: 2, threshold: 50 }],
          questions: ['Thu nhập được tính thế nào?'],
        }
      : { ...c, id: 312, indicators: c.indicators?.map((i) => ({ ...i, id: 313 })) },
  ),
  version: 7,
};
delete draftSet.publishedAt;
delete draftSet.publishedBy;

export function summaryOf(set: CriteriaSet): Schema<'CriteriaSetSummary'> {
  return {
    id: set.id,
    titleId: set.titleId,
    versionNo: set.versionNo,
    name: set.name,
    status: set.status,
    effectiveFrom: set.effectiveFrom,
    ...(set.effectiveTo ? { effectiveTo: set.effectiveTo } : {}),
    ...(set.publishedAt ? { publishedAt: set.publishedAt } : {}),
    demo: set.demo,
    criteriaCount: set.criteria.length,
    version: set.version,
  };
}

/** The read side of the criteria API over the given title and sets. */
export function criteriaReadHandlers(
  titles: Schema<'RecognitionTitle'>[],
  sets: () => CriteriaSet[],
) {
  return [
    http.get('*/api/v1/recognition-titles', () => HttpResponse.json(titles)),
    http.get('*/api/v1/recognition-titles/:id', ({ params }) => {
      const title = titles.find((t) => t.id === Number(params.id));
      return title ? HttpResponse.json(title) : new HttpResponse(null, { status: 404 });
    }),
    http.get('*/api/v1/recognition-titles/:id/criteria-sets', ({ params }) =>
      HttpResponse.json(
        sets()
          .filter((s) => s.titleId === Number(params.id))
          .sort((a, b) => b.versionNo - a.versionNo)
          .map(summaryOf),
      ),
    ),
    http.get('*/api/v1/criteria-sets/:id', ({ params }) => {
      const set = sets().find((s) => s.id === Number(params.id));
      return set ? HttpResponse.json(set) : new HttpResponse(null, { status: 404 });
    }),
  ];
}
