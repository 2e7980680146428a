import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import type { Schema } from '@/lib/api/schema-types';
import {
  attachmentsOf70,
  directives,
  relationsOf70,
  tasksOf70,
  tinhUyKienGiang,
  banDanVanKienGiang,
  dangUyRachGia,
} from '@/testing/directive-fixtures';
import { overdueAssignment, submittedReport } from '@/testing/assignment-fixtures';
import { adminAnGiang, organizations, residentialAreas, unitsById } from '@/testing/fixtures';

type UnitSummary = Schema<'UnitSummary'>;
type Problem = Schema<'Problem'>;

export const TEST_ACCESS_TOKEN = 'test-access-token';

/** An RFC 9457 problem response, as the backend sends it. */
export function problem(status: number, title: string, detail?: string) {
  const body: Problem = { type: 'about:blank', title, status, ...(detail ? { detail } : {}) };
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Rejects a request without the test bearer token, as the backend would. */
function authorized(resolver: HttpResponseResolver): HttpResponseResolver {
  return (info) =>
    info.request.headers.get('Authorization') === `Bearer ${TEST_ACCESS_TOKEN}`
      ? resolver(info)
      : problem(401, 'Unauthorized');
}

/** Case- and diacritics-insensitive, like the backend's search ("rach gia" finds "Rạch Giá"). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

function paged<T>(items: T[], url: URL) {
  const page = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 20);
  return { items: items.slice(page * size, (page + 1) * size), page, size, total: items.length };
}

function sortByName(units: UnitSummary[]): UnitSummary[] {
  return [...units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function unitDetail(unit: UnitSummary): Schema<'UnitDetail'> {
  const all = [...unitsById.values()];
  const ancestors: UnitSummary[] = [];
  for (let parentId = unit.parentId; parentId;) {
    const parent = unitsById.get(parentId);
    if (!parent) break;
    ancestors.unshift(parent);
    parentId = parent.parentId;
  }
  const successor = unit.successorId ? unitsById.get(unit.successorId) : undefined;
  return {
    ...unit,
    version: 0,
    ancestors,
    children: sortByName(all.filter((u) => u.parentId === unit.id && u.current)),
    predecessors: all.filter((u) => u.successorId === unit.id),
    ...(successor ? { successor } : {}),
  };
}

/** The organizations that the directive fixtures name, as GET /api/v1/organizations lists them. */
const directiveOrganizations: Schema<'Organization'>[] = [
  tinhUyKienGiang,
  banDanVanKienGiang,
  dangUyRachGia,
].map((o) => ({ ...o, kind: 'PARTY_COMMITTEE', unitId: 1, current: true, version: 0 }));

/** Returns `me` as the caller; everything else answers from the fixtures. */
export function createHandlers(me: Schema<'CurrentUser'> = adminAnGiang) {
  return [
    http.get(
      '*/api/v1/me',
      authorized(() => HttpResponse.json(me)),
    ),

    http.get(
      '*/api/v1/me/digest',
      authorized(() => HttpResponse.json({ day: '2026-11-25', items: [] })),
    ),

    http.get(
      '*/api/v1/units',
      authorized(({ request }) => {
        const url = new URL(request.url);
        const q = url.searchParams.get('q');
        const parentId = url.searchParams.get('parentId');
        const includeEnded = url.searchParams.get('includeEnded') === 'true';
        const units = [...unitsById.values()].filter(
          (unit) =>
            (includeEnded || unit.current) &&
            (!q || fold(unit.name).includes(fold(q))) &&
            (!parentId || unit.parentId === Number(parentId)),
        );
        return HttpResponse.json(paged(sortByName(units), url));
      }),
    ),

    http.get(
      '*/api/v1/units/:id',
      authorized(({ params }) => {
        const unit = unitsById.get(Number(params.id));
        return unit
          ? HttpResponse.json(unitDetail(unit))
          : problem(404, 'Không tìm thấy', `Không có đơn vị ${String(params.id)}.`);
      }),
    ),

    http.get(
      '*/api/v1/units/:id/organizations',
      authorized(({ params, request }) =>
        HttpResponse.json(
          paged(
            organizations.filter((o) => o.unitId === Number(params.id)),
            new URL(request.url),
          ),
        ),
      ),
    ),

    http.get(
      '*/api/v1/directives',
      authorized(({ request }) => {
        const url = new URL(request.url);
        const q = url.searchParams.get('q');
        // every word, anywhere in the number or subject (as the backend does, without diacritics)
        const words = fold(q ?? '')
          .split(/\s+/)
          .filter(Boolean);
        const type = url.searchParams.get('type');
        const status = url.searchParams.get('status');
        const issuerId = url.searchParams.get('issuerId');
        const year = url.searchParams.get('year');
        const found = directives.filter(
          (d) =>
            words.every((w) => fold(`${d.number?.text ?? ''} ${d.subject}`).includes(w)) &&
            (!type || d.type === type) &&
            (!status || d.status === status) &&
            (!issuerId || d.issuer.id === Number(issuerId)) &&
            (!year || d.issueDate?.startsWith(year)),
        );
        return HttpResponse.json(
          paged(
            found.map(({ id, type, number, issuer, issueDate, subject, status, confidential }) => ({
              id,
              type,
              ...(number ? { number } : {}),
              issuer,
              ...(issueDate ? { issueDate } : {}),
              subject,
              status,
              confidential,
            })),
            url,
          ),
        );
      }),
    ),

    http.get(
      '*/api/v1/directives/:id',
      authorized(({ params }) => {
        const directive = directives.find((d) => d.id === Number(params.id));
        return directive
          ? HttpResponse.json(directive)
          : problem(404, 'Không tìm thấy', `Không có văn bản ${String(params.id)}.`);
      }),
    ),

    http.get(
      '*/api/v1/directives/:id/relations',
      authorized(({ params }) =>
        HttpResponse.json(Number(params.id) === 7 ? relationsOf70 : { up: [], down: [] }),
      ),
    ),

    http.get(
      '*/api/v1/directives/:id/attachments',
      authorized(({ params }) => HttpResponse.json(Number(params.id) === 7 ? attachmentsOf70 : [])),
    ),

    http.get(
      '*/api/v1/organizations',
      authorized(({ request }) => {
        const url = new URL(request.url);
        const q = url.searchParams.get('q');
        return HttpResponse.json(
          paged(
            directiveOrganizations.filter(
              (o) => !q || fold(`${o.name} ${o.code}`).includes(fold(q)),
            ),
            url,
          ),
        );
      }),
    ),

    http.get(
      '*/api/v1/organizations/:id',
      authorized(({ params }) => {
        const organization = directiveOrganizations.find((o) => o.id === Number(params.id));
        return organization
          ? HttpResponse.json(organization)
          : problem(404, 'Không tìm thấy', `Không có tổ chức ${String(params.id)}.`);
      }),
    ),

    http.get(
      '*/api/v1/units/:id/residential-areas',
      authorized(({ params, request }) =>
        HttpResponse.json(
          paged(
            residentialAreas.filter((a) => a.unitId === Number(params.id)),
            new URL(request.url),
          ),
        ),
      ),
    ),
  ];
}

/**
 * Directives' tasks, assignments and their reports: task 41 of letter 70, given to phường Rạch
 * Giá, whose Q4/2026 report waits in the province's inbox. Not part of createHandlers: a test gives
 * its own handlers after createHandlers(me), and those must win over these defaults.
 */
export const taskHandlers = [
  http.get(
    '*/api/v1/directives/:id/tasks',
    authorized(({ params }) => HttpResponse.json(Number(params.id) === 7 ? tasksOf70 : [])),
  ),

  // all or nothing, as the backend: each task sent comes back created
  http.post(
    '*/api/v1/directives/:id/tasks',
    authorized(async ({ params, request }) => {
      const { tasks } = (await request.json()) as Schema<'TaskBatch'>;
      return HttpResponse.json(
        tasks.map(({ leadOrganizationId, coordinatingOrganizationIds, ...task }, index) => ({
          ...task,
          id: 900 + index,
          directiveId: Number(params.id),
          leadOrganization: directiveOrganizations.find((o) => o.id === leadOrganizationId) ?? {
            id: leadOrganizationId,
            code: String(leadOrganizationId),
            name: String(leadOrganizationId),
          },
          coordinatingOrganizations: directiveOrganizations.filter((o) =>
            coordinatingOrganizationIds?.includes(o.id),
          ),
          createdBy: 'editor.angiang',
          createdAt: '2026-11-25T02:00:00Z',
          version: 0,
        })),
        { status: 201 },
      );
    }),
  ),

  http.get(
    '*/api/v1/tasks/:id',
    authorized(({ params }) => {
      const task = tasksOf70.find((t) => t.id === Number(params.id));
      return task
        ? HttpResponse.json(task)
        : problem(404, 'Không tìm thấy', `Không có nhiệm vụ ${String(params.id)}.`);
    }),
  ),

  http.get(
    '*/api/v1/tasks/:id/assignments',
    authorized(({ params }) =>
      HttpResponse.json(Number(params.id) === overdueAssignment.taskId ? [overdueAssignment] : []),
    ),
  ),

  http.get(
    '*/api/v1/assignments/:id/sub-assignments',
    authorized(() => HttpResponse.json([])),
  ),

  http.post(
    '*/api/v1/assignments/:id/sub-assignments',
    authorized(async ({ params, request }) => {
      const { organizationIds = [] } = (await request.json()) as Schema<'AssignmentTargets'>;
      return HttpResponse.json(
        organizationIds.map((id, index) => ({
          ...overdueAssignment,
          id: 700 + index,
          parentId: Number(params.id),
          organization: directiveOrganizations.find((o) => o.id === id) ?? {
            id,
            code: String(id),
            name: String(id),
          },
          status: 'NOT_STARTED',
          progress: 0,
          version: 0,
        })),
        { status: 201 },
      );
    }),
  ),

  http.get(
    '*/api/v1/assignments/:id/explanations',
    authorized(() => HttpResponse.json([])),
  ),

  http.post(
    '*/api/v1/assignments/:id/explanations',
    authorized(async ({ params, request }) => {
      const { question } = (await request.json()) as Schema<'ExplanationRequest'>;
      const asked: Schema<'Explanation'> = {
        id: 81,
        assignmentId: Number(params.id),
        question,
        requestedBy: 'leader.angiang',
        requestedAt: '2026-11-25T02:00:00Z',
        answered: false,
        version: 0,
      };
      return HttpResponse.json(asked, { status: 201 });
    }),
  ),

  http.get(
    '*/api/v1/explanations/:id',
    authorized(({ params }) =>
      problem(404, 'Không tìm thấy', `Không có yêu cầu giải trình ${String(params.id)}.`),
    ),
  ),

  http.put(
    '*/api/v1/explanations/:id',
    authorized(async ({ params, request }) => {
      const { answer, version } = (await request.json()) as Schema<'ExplanationAnswer'>;
      const answered: Schema<'Explanation'> = {
        id: Number(params.id),
        assignmentId: overdueAssignment.id,
        question: 'Đề nghị giải trình lý do chậm triển khai',
        requestedBy: 'leader.angiang',
        requestedAt: '2026-11-24T02:00:00Z',
        answered: true,
        answer,
        answeredBy: 'reporter.rachgia',
        answeredAt: '2026-11-25T02:00:00Z',
        version: version + 1,
      };
      return HttpResponse.json(answered);
    }),
  ),

  http.get(
    '*/api/v1/assignments/summary/export',
    authorized(
      () =>
        new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="tong-hop-nhiem-vu.xlsx"',
          },
        }),
    ),
  ),

  http.get(
    '*/api/v1/reports',
    authorized(({ request }) => {
      const url = new URL(request.url);
      const status = url.searchParams.get('status');
      return HttpResponse.json(
        paged(
          [submittedReport].filter((r) => !status || r.status === status),
          url,
        ),
      );
    }),
  ),

  http.post(
    '*/api/v1/reports/:id/review',
    authorized(async ({ request }) => {
      const review = (await request.json()) as Schema<'ReportReview'>;
      return HttpResponse.json({
        ...submittedReport,
        status: review.decision,
        reviewedBy: 'editor.angiang',
        reviewedAt: '2026-11-25T02:00:00Z',
        ...(review.comment ? { reviewComment: review.comment } : {}),
        version: review.version + 1,
      });
    }),
  ),

  http.get(
    '*/api/v1/reports/:id/attachments',
    authorized(() => HttpResponse.json(submittedReport.attachments)),
  ),

  http.post(
    '*/api/v1/reports/:id/attachments',
    authorized(async ({ request }) => {
      const file = (await request.formData()).get('file');
      const attachment: Schema<'Attachment'> = {
        ...(submittedReport.attachments[0] as Schema<'Attachment'>),
        id: 78,
        fileName: file instanceof File ? file.name : 'tep',
        uploadedBy: 'reporter.rachgia',
      };
      return HttpResponse.json(attachment, { status: 201 });
    }),
  ),

  http.get(
    '*/api/v1/reports/:id/attachments/:attachmentId',
    authorized(
      () =>
        new HttpResponse(new Uint8Array([137, 80, 78, 71]), {
          headers: {
            'Content-Type': 'image/png',
            'Content-Disposition': 'attachment; filename="anh.png"',
          },
        }),
    ),
  ),

  http.delete(
    '*/api/v1/reports/:id/attachments/:attachmentId',
    authorized(() => new HttpResponse(null, { status: 204 })),
  ),
];
