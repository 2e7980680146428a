// Assignments for tests, shaped by openapi.yaml: the work of phường Rạch Giá's Party committee.
import type { Schema } from '@/lib/api/schema-types';

type Assignment = Schema<'Assignment'>;

const rachGiaParty = { id: 33, code: '30742-DU', name: 'Đảng ủy phường Rạch Giá' };

export const overdueAssignment: Assignment = {
  id: 501,
  taskId: 41,
  directiveId: 7,
  ordinal: 1,
  title: 'Quán triệt Kết luận số 43-KL/TW',
  dueKind: 'CONTINUOUS',
  organization: rachGiaParty,
  status: 'IN_PROGRESS',
  progress: 40,
  dueDate: '2026-11-20',
  bucket: 'OPEN_OVERDUE',
  dueSoon: false,
  explanationRequested: false,
  createdAt: '2026-10-01T02:00:00Z',
  version: 2,
};

export const dueSoonAssignment: Assignment = {
  id: 502,
  taskId: 42,
  directiveId: 7,
  ordinal: 2,
  title: 'Tổ chức Hội thi “Dân vận khéo”',
  dueKind: 'DATE',
  organization: rachGiaParty,
  status: 'NOT_STARTED',
  progress: 0,
  dueDate: '2026-11-28',
  bucket: 'OPEN_IN_TIME',
  dueSoon: true,
  explanationRequested: false,
  createdAt: '2026-10-01T02:00:00Z',
  version: 0,
};

export const summaryOfAnGiang: Schema<'AssignmentSummary'> = {
  asOf: '2026-11-25',
  rows: [
    {
      organization: rachGiaParty,
      counts: { doneOnTime: 3, doneLate: 1, openInTime: 2, openOverdue: 1, dueSoon: 1, total: 7 },
    },
    {
      organization: {
        id: 12,
        code: '91-MTTQ',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang',
      },
      counts: { doneOnTime: 5, doneLate: 0, openInTime: 1, openOverdue: 0, dueSoon: 0, total: 6 },
    },
  ],
  totals: { doneOnTime: 8, doneLate: 1, openInTime: 3, openOverdue: 1, dueSoon: 1, total: 13 },
};

/** Phường Rạch Giá's Q4/2026 report, submitted with a photo, waiting for the province's review. */
export const submittedReport: Schema<'ReportSlot'> = {
  id: 901,
  assignmentId: 501,
  taskId: 301,
  ordinal: 3,
  title: 'Xây dựng mô hình “Dân vận khéo” trong chuyển đổi số',
  organization: { id: 21, code: '30742-DU', name: 'Đảng ủy phường Rạch Giá' },
  period: 'QUARTER',
  periodLabel: 'Q4/2026',
  figuresFrom: '2026-09-15',
  figuresTo: '2026-12-14',
  dueDate: '2026-12-20',
  status: 'SUBMITTED',
  late: false,
  missing: false,
  text: 'Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.',
  figures: [{ label: 'Số hộ được hỗ trợ', value: 45, unit: 'hộ' }],
  submittedBy: 'reporter.rachgia',
  submittedAt: '2026-11-24T02:00:00Z',
  attachments: [
    {
      id: 77,
      fileName: 'Ảnh hội nghị ấp 3.png',
      mediaType: 'image/png',
      size: 2048,
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      uploadedBy: 'reporter.rachgia',
      uploadedAt: '2026-11-24T01:55:00Z',
    },
  ],
  history: [
    {
      action: 'SUBMITTED',
      actor: 'reporter.rachgia',
      at: '2026-11-24T02:00:00Z',
      text: 'Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.',
    },
  ],
  version: 1,
};

/** People as the user directory names them (issue 11: people by name, not by login). */
export const people = {
  reporterRachGia: {
    username: 'reporter.rachgia',
    displayName: 'Nguyễn Văn An',
    organization: { id: 21, code: '30742-DU', name: 'Đảng ủy phường Rạch Giá' },
  },
  reporterLongXuyen: {
    username: 'reporter.longxuyen',
    displayName: 'Trần Thị Bình',
    organization: { id: 22, code: '30367-DU', name: 'Đảng ủy phường Long Xuyên' },
  },
  editorAnGiang: {
    username: 'editor.angiang',
    displayName: 'Lê Minh Châu',
    organization: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang' },
  },
} satisfies Record<string, Schema<'Person'>>;

/**
 * The province's inbox with three submitted reports (issue 11): Rạch Giá's with a photo and a
 * PDF, Long Xuyên's (late), and Phú Quốc's; the submitters are named by the user directory.
 */
export const inboxReports: Schema<'ReportSlot'>[] = [
  {
    ...submittedReport,
    directiveId: 7,
    directiveNumber: '23-CT/TU',
    submittedByPerson: people.reporterRachGia,
    attachments: [
      {
        ...(submittedReport.attachments[0] as Schema<'Attachment'>),
        uploadedByPerson: people.reporterRachGia,
      },
      {
        id: 79,
        fileName: 'Biên bản hội nghị.pdf',
        mediaType: 'application/pdf',
        size: 40960,
        sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
        uploadedBy: 'reporter.rachgia',
        uploadedByPerson: people.reporterRachGia,
        uploadedAt: '2026-11-24T01:56:00Z',
      },
    ],
    history: [
      {
        action: 'SUBMITTED',
        actor: 'reporter.rachgia',
        actorPerson: people.reporterRachGia,
        at: '2026-11-24T02:00:00Z',
      },
    ],
  },
  {
    ...submittedReport,
    id: 902,
    assignmentId: 502,
    organization: { id: 22, code: '30367-DU', name: 'Đảng ủy phường Long Xuyên' },
    directiveId: 7,
    directiveNumber: '23-CT/TU',
    late: true,
    text: 'Đã họp dân 2 buổi.',
    figures: [],
    submittedBy: 'reporter.longxuyen',
    submittedByPerson: people.reporterLongXuyen,
    submittedAt: '2026-12-22T03:00:00Z',
    attachments: [],
    history: [],
    version: 4,
  },
  {
    ...submittedReport,
    id: 903,
    assignmentId: 503,
    organization: { id: 23, code: '31153-DU', name: 'Đảng ủy đặc khu Phú Quốc' },
    directiveId: 7,
    directiveNumber: '23-CT/TU',
    text: 'Hoàn thành kế hoạch quý.',
    figures: [],
    submittedBy: 'reporter.phuquoc',
    submittedAt: '2026-11-30T03:00:00Z',
    attachments: [],
    history: [],
    version: 2,
  },
];
