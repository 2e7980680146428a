import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { dueSoonAssignment, overdueAssignment } from '@/testing/assignment-fixtures';
import { adminAnGiang, reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

const task = {
  id: 41,
  directiveId: 7,
  ordinal: 1,
  title: 'Quán triệt Kết luận số 43-KL/TW',
  content: 'Các cấp ủy tổ chức quán triệt đến toàn thể cán bộ, đảng viên.',
  leadOrganization: {
    id: 11,
    code: '91-BTGDV',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang',
  },
  coordinatingOrganizations: [
    { id: 12, code: '91-MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh An Giang' },
  ],
  dueKind: 'DATE' as const,
  dueDate: '2026-11-20',
  createdBy: 'editor.angiang',
  createdAt: '2026-10-01T02:00:00Z',
  version: 0,
};

const theCommuneOf = { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' };

function taskApi() {
  return [
    http.get('*/api/v1/tasks/41', () => HttpResponse.json(task)),
    http.get('*/api/v1/tasks/41/assignments', () =>
      HttpResponse.json([
        overdueAssignment,
        {
          ...dueSoonAssignment,
          id: 502,
          organization: theCommuneOf,
          explanationRequested: true,
          bucket: 'OPEN_OVERDUE',
          rollup: { subAssignments: 4, done: 1, progress: 35 },
        },
      ]),
    ),
  ];
}

describe('a task’s page (/tasks/:id)', () => {
  it('shows the task, the four buckets of its assignments and each organization’s state', async () => {
    setViewport('desktop');
    server.use(...createHandlers(adminAnGiang), ...taskApi());
    renderRoute('/tasks/41');

    expect(await screen.findByText('1. Quán triệt Kết luận số 43-KL/TW')).toBeInTheDocument();
    expect(screen.getByText('Hạn 20/11/2026')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /Quá hạn: 2/ })).toBeInTheDocument();
    // the table loads on demand (a phone shows cards)
    const row = (await screen.findByText('Ủy ban nhân dân phường Rạch Giá')).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('Được yêu cầu giải trình')).toBeInTheDocument();
    expect(within(row).getByText('Cấp dưới đã xong 1/4, tiến độ chung 35%')).toBeInTheDocument();
  });

  it('an editor of the issuer gives the task to every commune Party committee of the province, after a confirmation that counts them', async () => {
    let posted: unknown;
    let posts = 0;
    let previewed: unknown;
    const communes = Array.from({ length: 102 }, (_, i) => ({
      id: 2000 + i,
      code: `3${String(i).padStart(4, '0')}-DU`,
      name: `Đảng ủy xã số ${i + 1}`,
    }));
    server.use(
      http.post('*/api/v1/tasks/41/assignments/preview', async ({ request }) => {
        previewed = await request.json();
        return HttpResponse.json({ organizations: communes, count: 102, alreadyAssigned: 3 });
      }),
      http.post('*/api/v1/tasks/41/assignments', async ({ request }) => {
        posts += 1;
        posted = await request.json();
        return HttpResponse.json([{ ...overdueAssignment, id: 601 }], { status: 201 });
      }),
      ...createHandlers(adminAnGiang),
      ...taskApi(),
    );
    const { user } = renderRoute('/tasks/41');

    const form = await screen.findByTestId('assign-task');
    expect(within(form).getByText('Giao nhiệm vụ cho các đơn vị')).toBeInTheDocument();
    await user.click(
      within(form).getByText('Theo loại tổ chức', { selector: '.ant-segmented-item-label' }),
    );
    await user.click(within(form).getByRole('combobox', { name: 'Loại tổ chức' }));
    await user.click(await screen.findByTitle('Cấp ủy Đảng'));
    await user.click(within(form).getByRole('button', { name: 'Giao nhiệm vụ' }));

    // first what it would do: the count, the first names, those skipped; nothing written
    const preview = await screen.findByTestId('assign-preview');
    expect(previewed).toEqual({ kind: 'PARTY_COMMITTEE', level: 'COMMUNE', underUnitId: 1 });
    expect(screen.getByRole('dialog', { name: 'Giao cho 102 tổ chức?' })).toBeInTheDocument();
    expect(preview).toHaveTextContent(
      'Giao cho 102 tổ chức: Đảng ủy xã số 1; Đảng ủy xã số 2; Đảng ủy xã số 3; Đảng ủy xã số 4; Đảng ủy xã số 5 và 97 tổ chức khác',
    );
    expect(preview).toHaveTextContent('3 tổ chức đã được giao trước đó: bỏ qua.');
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(posted).toBeUndefined();

    // asked again and confirmed: only then the assignments are created
    await user.click(within(form).getByRole('button', { name: 'Giao nhiệm vụ' }));
    await waitFor(() => expect(screen.getAllByTestId('assign-preview')).toHaveLength(2));
    const confirms = screen.getAllByRole('button', { name: 'Giao cho 102 tổ chức' });
    await user.click(confirms.at(-1) as HTMLElement);
    await waitFor(() =>
      expect(posted).toEqual({ kind: 'PARTY_COMMITTEE', level: 'COMMUNE', underUnitId: 1 }),
    );
    expect(await screen.findByText('Đã giao cho 1 đơn vị')).toBeInTheDocument();
    expect(posts).toBe(1);
  });

  it('a reporter sees no form to give the task', async () => {
    server.use(...createHandlers(reporterRachGia), ...taskApi());
    renderRoute('/tasks/41');
    expect(await screen.findByText('1. Quán triệt Kết luận số 43-KL/TW')).toBeInTheDocument();
    expect(screen.queryByTestId('assign-task')).not.toBeInTheDocument();
  });

  it('a leader asks the overdue organization for an explanation', async () => {
    let asked: unknown;
    server.use(
      ...createHandlers(adminAnGiang),
      ...taskApi(),
      http.get('*/api/v1/assignments/501/explanations', () => HttpResponse.json([])),
      http.post('*/api/v1/assignments/501/explanations', async ({ request }) => {
        asked = await request.json();
        return HttpResponse.json(
          {
            id: 9,
            assignmentId: 501,
            question: 'Vì sao chậm?',
            requestedBy: 'admin.angiang',
            requestedAt: '2026-11-25T01:00:00Z',
            answered: false,
            version: 0,
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderRoute('/tasks/41');

    const card = (await screen.findByText('Đảng ủy phường Rạch Giá')).closest(
      '[data-testid="task-assignment"]',
    ) as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Yêu cầu giải trình' }));
    const drawer = await screen.findByRole('dialog');
    // the usual question is written for the leader, who may change it
    expect(within(drawer).getByLabelText('Nội dung yêu cầu')).toHaveValue(
      'Đề nghị giải trình lý do chậm thực hiện nhiệm vụ và thời hạn hoàn thành.',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() =>
      expect(asked).toEqual({
        question: 'Đề nghị giải trình lý do chậm thực hiện nhiệm vụ và thời hạn hoàn thành.',
      }),
    );
  });

  it('the commune answers the explanation asked of it, sending the version read', async () => {
    let answered: unknown;
    server.use(
      ...createHandlers(reporterRachGia),
      ...taskApi(),
      http.get('*/api/v1/assignments/502/explanations', () =>
        HttpResponse.json([
          {
            id: 9,
            assignmentId: 502,
            question: 'Đề nghị giải trình lý do chậm triển khai',
            requestedBy: 'leader.angiang',
            requestedAt: '2026-11-20T01:00:00Z',
            answered: false,
            version: 0,
          },
        ]),
      ),
      http.put('*/api/v1/explanations/9', async ({ request }) => {
        answered = await request.json();
        return HttpResponse.json({
          id: 9,
          assignmentId: 502,
          question: 'x',
          requestedBy: 'l',
          requestedAt: '2026-11-20T01:00:00Z',
          answered: true,
          answer: 'Do sắp xếp bộ máy',
          version: 1,
        });
      }),
    );
    const { user } = renderRoute('/tasks/41');

    const card = (await screen.findByText('Ủy ban nhân dân phường Rạch Giá')).closest(
      '[data-testid="task-assignment"]',
    ) as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Giải trình' }));
    const drawer = await screen.findByRole('dialog');
    expect(
      await within(drawer).findByText('«Đề nghị giải trình lý do chậm triển khai»'),
    ).toBeInTheDocument();
    await user.type(within(drawer).getByLabelText('Nội dung giải trình'), 'Do sắp xếp bộ máy');
    await user.click(within(drawer).getByRole('button', { name: 'Gửi giải trình' }));
    await waitFor(() => expect(answered).toEqual({ answer: 'Do sắp xếp bộ máy', version: 0 }));
  });
});

describe('reminders and export', () => {
  it('the home screen lists today’s reminders, and says so quietly when there are none', async () => {
    server.use(
      http.get('*/api/v1/assignments', () =>
        HttpResponse.json({ items: [], page: 0, size: 20, total: 0 }),
      ),
      http.get('*/api/v1/me/digest', () =>
        HttpResponse.json({
          day: '2026-11-25',
          items: [
            {
              kind: 'OVERDUE',
              assignmentId: 501,
              taskId: 41,
              ordinal: 1,
              title: 'Quán triệt Kết luận số 43-KL/TW',
              organization: theCommuneOf,
              dueDate: '2026-11-20',
            },
            {
              kind: 'RETURNED',
              assignmentId: 502,
              taskId: 42,
              ordinal: 3,
              title: 'Báo cáo quý',
              organization: theCommuneOf,
              reportId: 901,
              periodLabel: 'Q3/2026',
              note: 'Thiếu số liệu',
            },
          ],
        }),
      ),
      ...createHandlers(reporterRachGia),
    );
    renderRoute('/work');
    const digest = await screen.findByTestId('digest');
    expect(within(digest).getByText('Nhắc việc hôm nay (2)')).toBeInTheDocument();
    expect(
      within(digest).getByRole('link', { name: '1. Quán triệt Kết luận số 43-KL/TW' }),
    ).toHaveAttribute('href', '/tasks/41');
    expect(within(digest).getByText('«Thiếu số liệu»')).toBeInTheDocument();
  });

  it('says there is nothing to remind when the digest is empty', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/assignments', () =>
        HttpResponse.json({ items: [], page: 0, size: 20, total: 0 }),
      ),
    );
    renderRoute('/work');
    expect(await screen.findByTestId('digest-empty')).toHaveTextContent(
      'Không có việc cần nhắc hôm nay',
    );
  });

  it('exports the summary to Excel with the filters shown, saved under the server’s file name', async () => {
    setViewport('desktop');
    const seen: URL[] = [];
    server.use(
      ...createHandlers(adminAnGiang),
      http.get('*/api/v1/assignments/summary', () =>
        HttpResponse.json({
          asOf: '2026-11-25',
          rows: [],
          totals: {
            doneOnTime: 0,
            doneLate: 0,
            openInTime: 0,
            openOverdue: 0,
            dueSoon: 0,
            total: 0,
          },
        }),
      ),
      http.get('*/api/v1/assignments/summary/export', ({ request }) => {
        seen.push(new URL(request.url));
        // a zip's first bytes ("PK"), as an .xlsx starts
        return new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="tong-hop-nhiem-vu-2026-11-25.xlsx"',
          },
        });
      }),
    );
    // jsdom has no object URLs and does not follow links: catch what would be saved
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/xlsx';
    });
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user } = renderRoute('/summary');

    await user.click(await screen.findByRole('textbox', { name: 'Hạn từ ngày' }));
    await user.paste('01/01/2026');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('textbox', { name: 'Hạn đến ngày' }));
    await user.paste('31/12/2026');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));

    await waitFor(() => expect(saved).toEqual(['tong-hop-nhiem-vu-2026-11-25.xlsx']));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.pathname).toBe('/api/v1/assignments/summary/export');
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      dueFrom: '2026-01-01',
      dueTo: '2026-12-31',
    });
    expect(blobs[0]?.size).toBe(4);
  });
});
