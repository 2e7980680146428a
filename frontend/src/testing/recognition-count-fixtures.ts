import type { Schema } from '@/lib/api/schema-types';

type Figures = Schema<'RecognitionCountFigures'>;
type Row = Schema<'RecognitionCountRow'>;

function figures(
  registered: number,
  refused: number,
  inForce: number,
  lapsed: number,
  revoked: number,
  lost: number,
): Figures {
  return {
    registered,
    refused,
    recognized: inForce + lapsed + revoked + lost,
    inForce,
    lapsed,
    revoked,
    lost,
  };
}

const STATES = [
  'REGISTERED',
  'SELF_ASSESSED',
  'REVIEWED',
  'POSTED',
  'VOTED',
  'APPRAISED',
  'RECOGNIZED',
  'REFUSED',
  'WITHDRAWN',
] as const;

function row(id: number, name: string, byTitle: [Figures, Figures]): Row {
  const [a, b] = byTitle;
  const sum = Object.fromEntries(
    (Object.keys(a) as (keyof Figures)[]).map((key) => [key, a[key] + b[key]]),
  ) as unknown as Figures;
  return {
    unit: { id, code: String(id), name },
    counts: sum,
    byTitle: [
      { titleId: 3, counts: a },
      { titleId: 4, counts: b },
    ],
    byState: STATES.map((state) => ({ state, cases: 0 })),
  };
}

/**
 * An Giang's year 2026: two titles; three communes out of Vietnamese order (one without cases),
 * so that a sort by name shows "Định" before "Giồng".
 */
export const provinceCounts: Schema<'RecognitionCounts'> = {
  unit: { id: 1, code: '91', name: 'Tỉnh An Giang' },
  year: 2026,
  asOf: '2026-12-04',
  titles: [
    { id: 3, code: 'KDC-KIEU-MAU-91', name: 'Khu dân cư kiểu mẫu' },
    { id: 4, code: 'THON-VAN-HOA-91', name: 'Thôn, tổ dân phố văn hóa' },
  ],
  total: row(1, 'Tỉnh An Giang', [figures(30, 2, 18, 2, 1, 1), figures(12, 1, 8, 1, 0, 0)]),
  rows: [
    row(102, 'Xã Giồng Riềng', [figures(10, 1, 6, 1, 0, 0), figures(4, 0, 3, 0, 0, 0)]),
    row(100, 'Phường Rạch Giá', [figures(20, 1, 12, 1, 1, 1), figures(8, 1, 5, 1, 0, 0)]),
    row(101, 'Xã Định Mỹ', [figures(0, 0, 0, 0, 0, 0), figures(0, 0, 0, 0, 0, 0)]),
  ],
};

/** The criteria that hold An Giang's areas back in 2026, worst first (as the server sorts). */
export const provinceFailures: Schema<'RecognitionCriterionFailures'> = {
  unit: provinceCounts.unit,
  year: 2026,
  criteria: [
    {
      criterionId: 301,
      code: '1',
      name: 'Thu nhập bình quân đầu người',
      groupName: 'Kinh tế phát triển',
      keyCriterion: true,
      setId: 30,
      setVersion: 1,
      titleId: 3,
      titleName: 'Khu dân cư kiểu mẫu',
      assessed: 40,
      failed: 18,
      failureShare: 0.45,
    },
    {
      criterionId: 302,
      code: '2',
      name: 'Có nhà văn hóa, khu thể thao',
      groupName: 'Văn hóa – xã hội',
      keyCriterion: false,
      setId: 30,
      setVersion: 1,
      titleId: 3,
      titleName: 'Khu dân cư kiểu mẫu',
      assessed: 40,
      failed: 5,
      failureShare: 0.125,
    },
    {
      criterionId: 410,
      code: '5',
      name: 'Không có tệ nạn xã hội',
      keyCriterion: false,
      setId: 40,
      setVersion: 2,
      titleId: 4,
      titleName: 'Thôn, tổ dân phố văn hóa',
      assessed: 0,
      failed: 0,
      failureShare: 0,
    },
  ],
};
