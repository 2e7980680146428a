import type { Schema } from '@/lib/api/schema-types';
import { unitProvince } from '@/testing/fixtures';
import { movement } from '@/testing/model-fixtures';

/** A leader of the province: reads the movement's results. */
export const leaderAnGiang: Schema<'CurrentUser'> = {
  username: 'leader.angiang',
  fullName: 'Đỗ Văn Lãnh',
  roles: ['leader'],
  organization: { id: 10, code: '91-TU', name: 'Tỉnh ủy An Giang' },
  unit: unitProvince,
};

type Counts = Schema<'ModelFunnelCounts'>;
type Row = Schema<'ModelFunnelRow'>;

function counts(
  registered: number,
  appraised: number,
  recognized: number,
  exemplary: number,
  commended: number,
  replicated: number,
): Counts {
  return { registered, appraised, recognized, exemplary, commended, replicated };
}

const zero = counts(0, 0, 0, 0, 0, 0);

function row(id: number, name: string, c: Counts): Row {
  return {
    unit: { id, code: String(id), name },
    counts: c,
    byField: movement.fields.map((f) => ({ code: f.code, name: f.name, counts: zero })),
    byOwnerKind: [
      { ownerKind: 'COLLECTIVE', counts: zero },
      { ownerKind: 'INDIVIDUAL', counts: zero },
    ],
  };
}

/** The movement of the model fixtures, with a mid-term review after the 2026 yearly round. */
export const movementWithReview: Schema<'EmulationMovement'> = {
  ...movement,
  periods: movement.periods.map((period) =>
    period.id === 2
      ? {
          ...period,
          rounds: [
            ...period.rounds,
            {
              id: 7,
              periodId: 2,
              kind: 'MID_TERM',
              year: 2026,
              name: 'Sơ kết giữa kỳ 2026',
              registrationFrom: '2026-02-01',
              registrationTo: '2099-12-31',
              appraisalDeadline: '2099-12-31',
              version: 0,
            },
          ],
        }
      : period,
  ),
};

/**
 * The province's funnel for the 2026 round: three communes (out of order, so that a sort by name
 * shows Vietnamese order: "Định" before "Giồng"; one without models), the province's own bodies,
 * and the total by field and owner kind.
 */
export const provinceFunnel: Schema<'ModelFunnel'> = {
  round: { id: 6, name: 'Năm 2026', year: 2026, kind: 'YEARLY' },
  unit: { id: 1, code: '91', name: 'Tỉnh An Giang' },
  total: {
    ...row(1, 'Tỉnh An Giang', counts(40, 30, 20, 8, 5, 6)),
    byField: [
      { code: 'KINH_TE', name: 'Kinh tế', counts: counts(22, 17, 12, 5, 3, 4) },
      { code: 'VAN_HOA_XA_HOI', name: 'Văn hóa – xã hội', counts: counts(11, 8, 5, 2, 1, 1) },
      {
        code: 'QUOC_PHONG_AN_NINH',
        name: 'Quốc phòng – an ninh',
        counts: counts(7, 5, 3, 1, 1, 1),
      },
    ],
    byOwnerKind: [
      { ownerKind: 'COLLECTIVE', counts: counts(31, 24, 17, 7, 4, 5) },
      { ownerKind: 'INDIVIDUAL', counts: counts(9, 6, 3, 1, 1, 1) },
    ],
  },
  own: row(1, 'Tỉnh An Giang', counts(4, 4, 3, 2, 2, 0)),
  rows: [
    row(102, 'Xã Giồng Riềng', counts(12, 6, 3, 1, 0, 1)),
    row(100, 'Phường Rạch Giá', counts(24, 20, 14, 5, 3, 5)),
    row(101, 'Xã Định Mỹ', counts(0, 0, 0, 0, 0, 0)),
  ],
};
