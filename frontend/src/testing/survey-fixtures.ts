import type { Schema } from '@/lib/api/schema-types';
import type { CurrentUser } from '@/features/current-user/api/current-user';
import { unitRachGia } from '@/testing/fixtures';

type Survey = Schema<'SatisfactionSurvey'>;

/** Phường Rạch Giá's Front: designs, opens, closes and publishes; enters paper forms. */
export const frontRachGia: CurrentUser = {
  username: 'mttq.rachgia',
  fullName: 'Lâm Thị Ngọc',
  roles: ['editor', 'reporter'],
  organization: { id: 25, code: '30742-MTTQ', name: 'Ủy ban MTTQ Việt Nam phường Rạch Giá' },
  unit: unitRachGia,
};

/** What the Front's editor may do to a survey in each state (as SurveyAccess computes it). */
export function editorPermissions(
  state: Survey['state'],
  publishable = true,
): Survey['permissions'] {
  return {
    edit: state === 'DRAFT',
    open: state === 'DRAFT',
    close: state === 'OPEN',
    publish: state === 'CLOSED' && publishable,
    enterForms: state === 'OPEN',
    issueCodes: state === 'DRAFT' || state === 'OPEN',
  };
}

/** Nothing allowed: a leader in scope, say. */
export const readOnly: Survey['permissions'] = {
  edit: false,
  open: false,
  close: false,
  publish: false,
  enterForms: false,
  issueCodes: false,
};

export function survey(state: Survey['state'], overrides: Partial<Survey> = {}): Survey {
  return {
    id: 61,
    title: { id: 5, code: 'KDC-KIEU-MAU-91', name: 'Khu dân cư kiểu mẫu' },
    unit: { id: 100, code: '30742', name: 'Phường Rạch Giá' },
    name: 'Khảo sát hài lòng khu dân cư kiểu mẫu 2026',
    year: 2026,
    state,
    scale: [
      { value: 1, label: 'Rất không hài lòng' },
      { value: 2, label: 'Không hài lòng' },
      { value: 3, label: 'Bình thường' },
      { value: 4, label: 'Hài lòng' },
      { value: 5, label: 'Rất hài lòng' },
    ],
    satisfiedValues: [4, 5],
    minimumResponsePercent: 60,
    thresholdPercent: 80,
    questions: [
      {
        id: 611,
        position: 0,
        criterionCode: '1',
        criterionName: 'Kinh tế',
        text: 'Ông/bà hài lòng với thu nhập của gia đình?',
      },
      {
        id: 612,
        position: 1,
        criterionCode: '2',
        criterionName: 'Môi trường',
        text: 'Ông/bà hài lòng với vệ sinh môi trường?',
      },
    ],
    plan: [
      { residentialAreaId: 30, residentialAreaName: 'Khu phố 1', households: 4 },
      { residentialAreaId: 31, residentialAreaName: 'Khu phố 2', households: 10 },
    ],
    responses: 0,
    plannedHouseholds: 14,
    demo: false,
    createdAt: '2026-11-01T02:00:00Z',
    version: 3,
    permissions: editorPermissions(state),
    ...overrides,
  };
}

export function results(
  state: Survey['state'],
  overrides: Partial<Schema<'SatisfactionResults'>> = {},
): Schema<'SatisfactionResults'> {
  const s = survey(state);
  return {
    surveyId: s.id,
    name: s.name,
    title: s.title,
    unit: s.unit,
    year: 2026,
    state,
    thresholdPercent: 80,
    minimumResponsePercent: 60,
    plannedHouseholds: 14,
    responses: 10,
    responsePercent: 71.4,
    sampleReached: true,
    areas: [
      {
        residentialAreaId: 30,
        name: 'Khu phố 1',
        households: 4,
        responses: 3,
        responsePercent: 75,
        reached: true,
      },
      {
        residentialAreaId: 31,
        name: 'Khu phố 2',
        households: 10,
        responses: 7,
        responsePercent: 70,
        reached: true,
      },
    ],
    overall: { answers: 20, satisfied: 17, satisfiedPercent: 85, passed: true },
    criteria: [
      {
        criterionCode: '1',
        criterionName: 'Kinh tế',
        share: { answers: 10, satisfied: 10, satisfiedPercent: 100, passed: true },
        questions: [],
      },
      {
        criterionCode: '2',
        criterionName: 'Môi trường',
        share: { answers: 10, satisfied: 7, satisfiedPercent: 70, passed: false },
        questions: [],
      },
    ],
    publishable: true,
    blockers: [],
    ...overrides,
  };
}
