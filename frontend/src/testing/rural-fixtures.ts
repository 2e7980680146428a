import type { Schema } from '@/lib/api/schema-types';

type Row = Schema<'RuralCommuneRow'>;

/**
 * Phường Rạch Giá: formed in 2025 from three former communes, two of them NTM then; NTM nâng cao by
 * its own thừa nhận decision.
 */
export const rachGiaRow: Row = {
  commune: { id: 100, code: '30742', name: 'Phường Rạch Giá', kind: 'WARD', former: false },
  group: 1,
  level: 'ADVANCED',
  levelDecisionId: 82,
  levelDecisionNumber: '2345/QĐ-UBND',
  levelSignedOn: '2025-09-15',
  formerCommunes: 3,
  formerCommunesRecognized: 2,
  year: 2026,
  setId: 40,
  criteriaMet: 9,
  criteriaCount: 10,
};

/** Xã Định Mỹ: no NTM title yet. */
export const dinhMyRow: Row = {
  commune: { id: 102, code: '30100', name: 'Xã Định Mỹ', kind: 'COMMUNE', former: false },
  group: 3,
  year: 2026,
  setId: 40,
  criteriaMet: 4,
  criteriaCount: 10,
};

/** Xã Tân Hội: formed from two former communes, one NTM then; no thừa nhận decision yet. */
export const tanHoiRow: Row = {
  commune: { id: 103, code: '30200', name: 'Xã Tân Hội', kind: 'COMMUNE', former: false },
  group: 2,
  formerCommunes: 2,
  formerCommunesRecognized: 1,
  year: 2026,
  setId: 40,
  criteriaMet: 7,
  criteriaCount: 10,
};

const year = (y: number, met: boolean | undefined): Schema<'RuralCriterionYear'> =>
  met === undefined
    ? { year: y, assessed: false, version: 0 }
    : { year: y, assessed: true, met, assessedBy: 'reporter.rachgia', version: 1 };

export const rachGiaCriteria: Schema<'RuralCriteriaPage'> = {
  commune: rachGiaRow.commune,
  group: 1,
  set: {
    id: 40,
    titleCode: 'XA-NTM',
    name: 'Bộ tiêu chí xã NTM 2026–2030',
    level: 'STANDARD',
    versionNo: 1,
    effectiveFrom: '2026-01-01',
    status: 'PUBLISHED',
    directiveNumber: '51/2025/QĐ-TTg',
  },
  fromYear: 2025,
  toYear: 2026,
  canAssess: true,
  canSetGroup: true,
  canRecord: true,
  criteria: [
    {
      id: 401,
      code: '1',
      name: 'Quy hoạch',
      kind: 'PASS_FAIL',
      keyCriterion: true,
      years: [year(2025, true), year(2026, true)],
    },
    {
      id: 402,
      code: '2',
      name: 'Giao thông',
      kind: 'PASS_FAIL',
      keyCriterion: false,
      years: [year(2025, false), year(2026, undefined)],
    },
    {
      id: 403,
      parentId: 402,
      code: '2.1',
      name: 'Đường xã được nhựa hóa',
      kind: 'NUMERIC',
      unitOfMeasure: '%',
      comparison: '>=',
      threshold: 100,
      keyCriterion: false,
      years: [year(2025, false), year(2026, true)],
    },
  ],
};

/** The thừa nhận of Phường Rạch Giá itself (recorded from paper). */
export const rachGiaOwnDecision: Schema<'RuralRecognition'> = {
  decisionId: 82,
  caseId: 802,
  titleId: 61,
  titleCode: 'XA-NTM-NANG-CAO',
  titleName: 'Xã đạt chuẩn nông thôn mới nâng cao',
  level: 'ADVANCED',
  commune: rachGiaRow.commune,
  number: '2345/QĐ-UBND',
  signedOn: '2025-09-15',
  signer: 'Chủ tịch UBND tỉnh An Giang',
  validFrom: '2025-09-15',
  status: 'IN_FORCE',
  recorded: true,
  version: 0,
};

export const rachGiaDecisions: Schema<'RuralRecognition'>[] = [
  rachGiaOwnDecision,
  {
    decisionId: 81,
    caseId: 801,
    titleId: 61,
    titleCode: 'XA-NTM-NANG-CAO',
    titleName: 'Xã đạt chuẩn nông thôn mới nâng cao',
    level: 'ADVANCED',
    commune: {
      id: 90,
      name: 'Xã Phi Thông',
      kind: 'COMMUNE',
      former: true,
      validTo: '2025-06-30',
      successorId: 100,
    },
    number: '1234/QĐ-UBND',
    signedOn: '2023-05-10',
    signer: 'Chủ tịch UBND tỉnh Kiên Giang',
    validFrom: '2023-05-10',
    status: 'REVOKED',
    endedOn: '2024-12-01',
    recorded: false,
    version: 0,
  },
];

/** The NTM titles as /api/v1/recognition-titles lists them (with one that is not NTM). */
export const ntmTitles: Schema<'RecognitionTitle'>[] = [
  {
    id: 61,
    code: 'XA-NTM-NANG-CAO',
    name: 'Xã đạt chuẩn nông thôn mới nâng cao',
    subjectKind: 'COMMUNE',
    issuer: { id: 11, code: '91-UBND', name: 'Ủy ban nhân dân tỉnh An Giang' },
    decidingLevel: 'PROVINCE',
    demo: false,
    canChange: false,
    version: 0,
  },
  {
    id: 60,
    code: 'XA-NTM',
    name: 'Xã đạt chuẩn nông thôn mới',
    subjectKind: 'COMMUNE',
    issuer: { id: 11, code: '91-UBND', name: 'Ủy ban nhân dân tỉnh An Giang' },
    decidingLevel: 'PROVINCE',
    demo: false,
    canChange: false,
    version: 0,
  },
  {
    id: 50,
    code: 'KDC-KIEU-MAU-91',
    name: 'Khu dân cư kiểu mẫu',
    subjectKind: 'RESIDENTIAL_AREA',
    issuer: { id: 11, code: '91-UBND', name: 'Ủy ban nhân dân tỉnh An Giang' },
    decidingLevel: 'COMMUNE',
    demo: false,
    canChange: false,
    version: 0,
  },
];

/** Phường Rạch Giá in 2026: its title held, 1 of 2 criteria failed, the key one among them. */
export const rachGiaStanding: Schema<'RuralStanding'> = {
  commune: rachGiaRow.commune,
  year: 2026,
  level: 'ADVANCED',
  titles: [
    {
      decisionId: 82,
      titleCode: 'XA-NTM-NANG-CAO',
      level: 'ADVANCED',
      number: '2345/QĐ-UBND',
      signedOn: '2025-09-15',
      set: { ...rachGiaCriteria.set, name: 'Bộ tiêu chí xã NTM nâng cao 2021–2025' },
      criteriaCount: 2,
      assessedCount: 2,
      failedCount: 1,
      failedCodes: ['1'],
      failedKeyCodes: ['1'],
      revokeKeyFailPercent: 30,
      revokeFailPercent: 50,
      revocationRequired: true,
      verdict: 'Phải thu hồi: 1/2 tiêu chí không đạt, gồm tiêu chí then chốt 1',
    },
  ],
};
