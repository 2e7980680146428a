import type { Schema } from '@/lib/api/schema-types';

type Row = Schema<'RuralCommuneRow'>;

/** Phường Rạch Giá: NTM nâng cao by a decision signed for the former xã Phi Thông (merged in 2025). */
export const rachGiaRow: Row = {
  commune: { id: 100, code: '30742', name: 'Phường Rạch Giá', kind: 'WARD', former: false },
  group: 1,
  level: 'ADVANCED',
  levelDecisionId: 81,
  levelDecisionNumber: '1234/QĐ-UBND',
  levelSignedOn: '2023-05-10',
  levelFromFormerCommune: 'Xã Phi Thông',
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

export const rachGiaDecisions: Schema<'RuralRecognition'>[] = [
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
    status: 'IN_FORCE',
    recorded: true,
    version: 0,
  },
];
