import { http, HttpResponse } from 'msw';
import type { Schema } from '@/lib/api/schema-types';
import { unitProvince, unitRachGia } from '@/testing/fixtures';

type CurrentUser = Schema<'CurrentUser'>;
type ModelRound = Schema<'ModelRound'>;
type MobilizationModel = Schema<'MobilizationModel'>;
type Problem = Schema<'Problem'>;

/** The province's appraiser (Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang). */
export const appraiserAnGiang: CurrentUser = {
  username: 'appraiser.angiang',
  fullName: 'Lê Văn Thẩm',
  roles: ['appraiser'],
  organization: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang' },
  unit: unitProvince,
};

/** An editor of the same body: records decisions, publishes. */
export const editorAnGiang: CurrentUser = {
  ...appraiserAnGiang,
  username: 'editor.angiang',
  fullName: 'Phạm Thị Biên',
  roles: ['editor'],
};

/** The commune's editor: proposes recognized commune models up to the province. */
export const editorRachGia: CurrentUser = {
  username: 'editor.rachgia',
  fullName: 'Võ Văn Xã',
  roles: ['editor'],
  organization: { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' },
  unit: unitRachGia,
};

export const movement: Schema<'EmulationMovement'> = {
  id: 1,
  name: 'Dân vận khéo',
  organization: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang' },
  fields: [
    { code: 'KINH_TE', name: 'Kinh tế' },
    { code: 'VAN_HOA_XA_HOI', name: 'Văn hóa – xã hội' },
    { code: 'QUOC_PHONG_AN_NINH', name: 'Quốc phòng – an ninh' },
  ],
  periods: [
    {
      id: 1,
      name: '2021–2025',
      startYear: 2021,
      endYear: 2025,
      demo: false,
      rounds: [
        {
          id: 5,
          periodId: 1,
          kind: 'YEARLY',
          year: 2025,
          name: 'Năm 2025',
          registrationFrom: '2025-01-01',
          registrationTo: '2025-06-30',
          appraisalDeadline: '2025-11-30',
          version: 0,
        },
      ],
    },
    {
      id: 2,
      name: '2026–2030',
      startYear: 2026,
      endYear: 2030,
      demo: true,
      rounds: [
        {
          id: 6,
          periodId: 2,
          kind: 'YEARLY',
          year: 2026,
          name: 'Năm 2026',
          registrationFrom: '2026-01-01',
          registrationTo: '2099-12-31',
          appraisalDeadline: '2099-12-31',
          version: 0,
        },
      ],
    },
  ],
  version: 0,
};

const organization = { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' };

export function summary(
  id: number,
  name: string,
  latestRoundState: Schema<'ModelRoundState'>,
): Schema<'MobilizationModelSummary'> {
  return {
    id,
    name,
    field: { code: 'KINH_TE', name: 'Kinh tế' },
    organization,
    unitId: 100,
    ownerKind: 'COLLECTIVE',
    ownerName: 'Hội Nông dân phường Rạch Giá',
    state: 'ACTIVE',
    level: 'COMMUNE',
    published: false,
    latestRoundId: id * 10,
    latestRoundState,
    latestMark: 'NEW',
    version: 1,
  };
}

export const modelSummaries = [
  summary(301, 'Tuyến đường hoa ấp Mỹ Lộc', 'IN_PROGRESS'),
  summary(302, 'Quỹ heo đất giúp hộ nghèo', 'RETURNED'),
  summary(303, 'Camera an ninh khu phố 3', 'SUBMITTED'),
  summary(304, 'Tổ tự quản môi trường', 'RECOGNIZED'),
];

export function round(
  state: Schema<'ModelRoundState'>,
  extra: Partial<ModelRound> = {},
): ModelRound {
  return {
    id: 3020,
    modelId: 302,
    roundId: 6,
    roundName: 'Năm 2026',
    year: 2026,
    state,
    mark: 'NEW',
    level: 'COMMUNE',
    exemplary: false,
    proposedUpward: false,
    figures: [],
    commendations: [],
    attachments: [],
    version: 3,
    ...extra,
  };
}

export function model(
  record: ModelRound,
  extra: Partial<MobilizationModel> = {},
): MobilizationModel {
  return {
    id: record.modelId,
    movementId: 1,
    name: 'Quỹ heo đất giúp hộ nghèo',
    field: { code: 'KINH_TE', name: 'Kinh tế' },
    organization,
    owner: { kind: 'COLLECTIVE', name: 'Hội Liên hiệp Phụ nữ phường Rạch Giá', organizationId: 21 },
    unitId: 100,
    place: 'Khu phố 5',
    startedOn: '2026-02-01',
    problem: 'Hộ nghèo thiếu vốn',
    approach: 'Hội viên góp heo đất mỗi tháng',
    indicators: [
      { name: 'Số hộ được hỗ trợ', unit: 'hộ' },
      { name: 'Số tiền vận động', unit: 'đồng' },
    ],
    state: 'ACTIVE',
    level: 'COMMUNE',
    published: false,
    replications: [],
    rounds: [record],
    createdBy: 'reporter.rachgia',
    createdAt: '2026-02-01T02:00:00Z',
    version: 1,
    ...extra,
  };
}

/** An RFC 9457 problem as the backend sends it, with field errors or an instance. */
export function problemResponse(body: Problem) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** GET /api/v1/emulation/movements. */
export const movementsApi = http.get('*/api/v1/emulation/movements', () =>
  HttpResponse.json([movement]),
);
