import type { Schema } from '@/lib/api/schema-types';

type Target = Schema<'Target'>;

const directive = { id: 70, number: '632-CV/TU', issueDate: '2022-11-23' };

/** "By 2025, 100% of communes NTM" of former Kiên Giang: 87 of 102 (85.3%), missed. */
export const allCommunesTarget: Target = {
  id: 901,
  directive,
  measure: 'UNITS_WITH_TITLE',
  unitGroup: 'COMMUNES',
  titleLevel: 'STANDARD',
  expression: 'SHARE',
  scopeUnit: {
    id: 2,
    name: 'Tỉnh Kiên Giang',
    level: 'PROVINCE',
    kind: 'PROVINCE',
    validTo: '2025-06-30',
    successorName: 'Tỉnh An Giang',
  },
  deadline: '2025-12-31',
  valueMin: 100,
  wording: '100% số xã đạt chuẩn nông thôn mới',
  position: 0,
  demo: true,
  version: 0,
  progress: {
    status: 'MISSED',
    asOf: '2025-06-30',
    settled: true,
    counted: 87,
    of: 102,
    share: 85.3,
    missing: 15,
  },
};

/** "7–9 districts NTM": not measurable since the reform abolished districts. */
export const districtsTarget: Target = {
  id: 902,
  directive,
  measure: 'UNITS_WITH_TITLE',
  unitGroup: 'DISTRICTS',
  titleLevel: 'STANDARD',
  expression: 'COUNT',
  scopeUnit: allCommunesTarget.scopeUnit,
  deadline: '2025-12-31',
  valueMin: 7,
  valueMax: 9,
  wording: '7–9 huyện đạt chuẩn nông thôn mới',
  position: 1,
  demo: true,
  version: 0,
  progress: {
    status: 'NOT_MEASURABLE',
    reason: 'DISTRICTS_ABOLISHED',
    reasonText: 'Cấp huyện đã bỏ',
    asOf: '2025-06-30',
  },
};

export const allCommunesProgress: Schema<'TargetProgressDetail'> = {
  target: allCommunesTarget,
  trend: [
    { year: 2022, asOf: '2022-12-31', counted: 70, of: 102, share: 68.6 },
    { year: 2023, asOf: '2023-12-31', counted: 78, of: 102, share: 76.5 },
    { year: 2024, asOf: '2024-12-31', counted: 84, of: 102, share: 82.4 },
    { year: 2025, asOf: '2025-06-30', counted: 87, of: 102, share: 85.3 },
  ],
};

export const missingUnits: Schema<'TargetMissingUnitPage'> = {
  items: [
    { id: 301, name: 'Xã Hòn Tre', kind: 'COMMUNE', parentName: 'Huyện Kiên Hải' },
    {
      id: 302,
      name: 'Xã Lại Sơn',
      kind: 'COMMUNE',
      parentName: 'Huyện Kiên Hải',
      heldLevel: 'STANDARD',
    },
  ],
  page: 0,
  size: 20,
  total: 15,
  asOf: '2025-06-30',
};
