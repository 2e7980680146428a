// Demo data for tests, shaped by openapi.yaml: An Giang after the 1 July 2025 merger, with
// former Kiên Giang and the abolished city of Rạch Giá.
import type { Schema } from '@/lib/api/schema-types';

type UnitSummary = Schema<'UnitSummary'>;
type Organization = Schema<'Organization'>;
type ResidentialArea = Schema<'ResidentialArea'>;
type CurrentUser = Schema<'CurrentUser'>;

const MERGER_DAY = '2025-07-01';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';

export const unitsById = new Map<number, UnitSummary>(
  (
    [
      {
        id: 1,
        code: '91',
        name: 'Tỉnh An Giang',
        shortName: 'An Giang',
        kind: 'PROVINCE',
        level: 'PROVINCE',
        validFrom: MERGER_DAY,
        current: true,
      },
      {
        id: 2,
        code: '91-KG',
        name: 'Tỉnh Kiên Giang',
        shortName: 'Kiên Giang',
        kind: 'PROVINCE',
        level: 'PROVINCE',
        validFrom: '1976-01-01',
        validTo: LAST_DAY_BEFORE_MERGER,
        successorId: 1,
        current: false,
      },
      {
        id: 3,
        name: 'Thành phố Rạch Giá',
        shortName: 'Rạch Giá',
        kind: 'PROVINCIAL_CITY',
        level: 'DISTRICT',
        parentId: 2,
        validTo: LAST_DAY_BEFORE_MERGER,
        current: false,
      },
      {
        id: 100,
        code: '30742',
        name: 'Phường Rạch Giá',
        shortName: 'Rạch Giá',
        kind: 'WARD',
        level: 'COMMUNE',
        parentId: 1,
        validFrom: MERGER_DAY,
        current: true,
      },
      {
        id: 101,
        code: '30367',
        name: 'Phường Long Xuyên',
        shortName: 'Long Xuyên',
        kind: 'WARD',
        level: 'COMMUNE',
        parentId: 1,
        validFrom: MERGER_DAY,
        current: true,
      },
      {
        id: 102,
        code: '31153',
        name: 'Đặc khu Phú Quốc',
        shortName: 'Phú Quốc',
        kind: 'SPECIAL_ZONE',
        level: 'COMMUNE',
        parentId: 1,
        validFrom: MERGER_DAY,
        current: true,
      },
      {
        id: 103,
        code: '30346',
        name: 'Xã Mỹ Hòa Hưng',
        shortName: 'Mỹ Hòa Hưng',
        kind: 'COMMUNE',
        level: 'COMMUNE',
        parentId: 1,
        validFrom: MERGER_DAY,
        current: true,
      },
    ] satisfies UnitSummary[]
  ).map((unit) => [unit.id, unit]),
);

export const unitProvince = unitsById.get(1)!;
export const unitRachGia = unitsById.get(100)!;

export const organizations: Organization[] = [
  {
    id: 10,
    code: '91-TU',
    name: 'Tỉnh ủy An Giang',
    kind: 'PARTY_COMMITTEE',
    unitId: 1,
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 11,
    code: '91-BTGDV',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang',
    kind: 'PROPAGANDA_MOBILIZATION_BOARD',
    unitId: 1,
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 12,
    code: '91-MTTQ',
    name: 'Ủy ban MTTQ Việt Nam tỉnh An Giang',
    kind: 'FATHERLAND_FRONT',
    unitId: 1,
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 20,
    code: '30742-DU',
    name: 'Đảng ủy phường Rạch Giá',
    kind: 'PARTY_COMMITTEE',
    unitId: 100,
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 21,
    code: '30742-UBND',
    name: 'Ủy ban nhân dân phường Rạch Giá',
    kind: 'PEOPLES_COMMITTEE',
    unitId: 100,
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 22,
    code: '30742-HND',
    name: 'Hội Nông dân phường Rạch Giá',
    kind: 'FARMERS_ASSOCIATION',
    unitId: 100,
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
];

export const residentialAreas: ResidentialArea[] = [
  {
    id: 30,
    unitId: 100,
    code: '30742-KP01',
    name: 'Khu phố 1',
    kind: 'URBAN_QUARTER',
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 31,
    unitId: 100,
    code: '30742-KP02',
    name: 'Khu phố Vĩnh Thanh',
    kind: 'URBAN_QUARTER',
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
  {
    id: 32,
    unitId: 103,
    code: '30346-A1',
    name: 'Ấp Mỹ Hòa',
    kind: 'HAMLET',
    validFrom: MERGER_DAY,
    current: true,
    version: 0,
  },
];

export const adminAnGiang: CurrentUser = {
  username: 'admin.angiang',
  fullName: 'Nguyễn Văn An',
  roles: ['admin'],
  organization: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang' },
  unit: unitProvince,
};

export const reporterRachGia: CurrentUser = {
  username: 'reporter.rachgia',
  fullName: 'Trần Thị Giá',
  roles: ['reporter'],
  organization: { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' },
  unit: unitRachGia,
};
