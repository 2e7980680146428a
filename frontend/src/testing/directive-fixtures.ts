// Directives for tests, shaped by openapi.yaml: letter 70-CV/TU of former Kiên Giang, and the plan of
// phường Rạch Giá that implements it.
import type { Schema } from '@/lib/api/schema-types';

type Directive = Schema<'Directive'>;
type OrganizationRef = Schema<'OrganizationRef'>;

export const tinhUyKienGiang: OrganizationRef = {
  id: 31,
  code: 'KG-TU',
  name: 'Tỉnh ủy Kiên Giang',
};
export const banDanVanKienGiang: OrganizationRef = {
  id: 32,
  code: 'KG-BDV',
  name: 'Ban Dân vận Tỉnh ủy Kiên Giang',
};
export const dangUyRachGia: OrganizationRef = {
  id: 33,
  code: '30742-DU',
  name: 'Đảng ủy phường Rạch Giá',
};

export const letter70: Directive = {
  id: 7,
  type: 'OFFICIAL_LETTER',
  number: { text: 'Số 70 -CV/TU', style: 'PARTY', sequence: 70, typeCode: 'CV', issuerCode: 'TU' },
  issuer: tinhUyKienGiang,
  issueDate: '2021-02-02',
  place: 'Kiên Giang',
  subject: 'Tiếp tục triển khai, thực hiện phong trào thi đua “Dân vận khéo”, giai đoạn 2021-2025',
  signer: 'Mai Văn Huỳnh',
  recipients: [dangUyRachGia],
  periodFrom: 2021,
  periodTo: 2025,
  fullText: 'Những năm qua, phong trào thi đua “Dân vận khéo” ...',
  status: 'IN_FORCE',
  confidential: false,
  publicAccess: true,
  monitoringOrganization: banDanVanKienGiang,
  reportingCadences: ['YEARLY'],
  version: 3,
};

export const planRachGia: Directive = {
  id: 8,
  type: 'PLAN',
  number: { text: '12-KH/ĐU', style: 'PARTY', sequence: 12, typeCode: 'KH', issuerCode: 'ĐU' },
  issuer: dangUyRachGia,
  issueDate: '2021-03-01',
  subject: 'Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2021',
  recipients: [],
  status: 'IN_FORCE',
  confidential: false,
  publicAccess: false,
  version: 0,
};

export const directives: Directive[] = [letter70, planRachGia];

export const relationsOf70: Schema<'DirectiveRelationChain'> = {
  up: [
    {
      id: 1,
      depth: 1,
      kind: 'IMPLEMENTS',
      sourceId: 7,
      linked: false,
      number: { text: '43-KL/TW', style: 'PARTY', sequence: 43, typeCode: 'KL', issuerCode: 'TW' },
      type: 'CONCLUSION',
      issueDate: '2019-01-07',
    },
  ],
  down: [
    {
      id: 2,
      depth: 1,
      kind: 'IMPLEMENTS',
      sourceId: 8,
      linked: true,
      directive: {
        id: 8,
        type: 'PLAN',
        number: planRachGia.number,
        issuer: dangUyRachGia,
        issueDate: '2021-03-01',
        subject: planRachGia.subject,
        status: 'IN_FORCE',
        confidential: false,
      },
    },
  ],
};

export const attachmentsOf70: Schema<'Attachment'>[] = [
  {
    id: 5,
    fileName: 'CV-70-TU.pdf',
    mediaType: 'application/pdf',
    size: 26845,
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    uploadedBy: 'editor.angiang',
    uploadedAt: '2026-11-20T02:30:00Z',
  },
];

/** What the server reads from the text of letter 70-CV/TU (abridged). */
export const draftOf70: Schema<'DirectiveDraft'> = {
  type: 'OFFICIAL_LETTER',
  number: { text: 'Số 70 -CV/TU', style: 'PARTY', sequence: 70, typeCode: 'CV', issuerCode: 'TU' },
  issuer: 'Tỉnh ủy Kiên Giang',
  issuerOrganization: tinhUyKienGiang,
  issueDate: '2021-02-02',
  place: 'Kiên Giang',
  subject: 'Tiếp tục triển khai, thực hiện phong trào thi đua “Dân vận khéo”, giai đoạn 2021-2025',
  signer: 'Mai Văn Huỳnh',
  recipients: ['Đảng ủy phường Rạch Giá', 'Ban thường vụ các huyện, thành ủy'],
  recipientOrganizations: [
    { text: 'Đảng ủy phường Rạch Giá', organization: dangUyRachGia },
    { text: 'Ban thường vụ các huyện, thành ủy' },
  ],
  periodFrom: 2021,
  periodTo: 2025,
  fullText: 'TỈNH ỦY KIÊN GIANG\nSố 70 -CV/TU\n...',
  citations: [
    {
      type: 'CONCLUSION',
      number: { text: '43-KL/TW', style: 'PARTY', sequence: 43 },
      issueDate: '2019-01-07',
    },
  ],
  proposedTasks: [
    {
      ordinal: 1,
      content: 'Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW.',
      addressees: ['Các cấp ủy'],
      coordinating: [],
      addresseeOrganizations: [{ text: 'Các cấp ủy' }],
      coordinatingOrganizations: [],
    },
    {
      ordinal: 2,
      content: 'Ban Dân vận Tỉnh ủy chủ trì theo dõi, đôn đốc và báo cáo kết quả.',
      addressees: [],
      lead: 'Ban Dân vận Tỉnh ủy',
      leadOrganization: banDanVanKienGiang,
      coordinating: ['các cơ quan liên quan'],
      addresseeOrganizations: [],
      coordinatingOrganizations: [{ text: 'các cơ quan liên quan' }],
    },
  ],
  missing: ['signingCapacity'],
};

/** The tasks registered from letter 70-CV/TU. */
export const tasksOf70: Schema<'Task'>[] = [
  {
    id: 41,
    directiveId: 7,
    ordinal: 1,
    title: 'Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW',
    leadOrganization: dangUyRachGia,
    coordinatingOrganizations: [],
    dueKind: 'CONTINUOUS',
    cadence: 'YEARLY',
    createdBy: 'editor.kiengiang',
    createdAt: '2021-02-10T02:00:00Z',
    version: 0,
  },
];
