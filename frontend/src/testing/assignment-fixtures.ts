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
