import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { inboxReports, submittedReport } from '@/testing/assignment-fixtures';
import { adminAnGiang, reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

type ReportSlot = Schema<'ReportSlot'>;

// pdf.js stands in for itself: the test sees when it is loaded and what it is asked to draw
const pdf = vi.hoisted(() => ({
  loaded: false,
  getDocument: (..._args: unknown[]): unknown => undefined,
}));
vi.mock('pdfjs-dist', () => {
  pdf.loaded = true;
  return {
    GlobalWorkerOptions: { workerSrc: '' },
    getDocument: (...args: unknown[]) => pdf.getDocument(...args),
  };
});
vi.mock('pdfjs-dist/build/pdf.worker.min.mjs?url', () => ({ default: '/pdf.worker.min.mjs' }));

/** GET /api/v1/reports answering from `reports` (SUBMITTED ones by default), each request kept. */
function inboxApi(seen: URL[], reports: () => ReportSlot[] = () => inboxReports) {
  return http.get('*/api/v1/reports', ({ request }) => {
    const url = new URL(request.url);
    seen.push(url);
    const status = url.searchParams.get('status') ?? 'SUBMITTED';
    const items = reports().filter((r) => r.status === status);
    return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
  });
}

/** The evidence files, as the API sends them (with the bearer token checked by createHandlers' peers). */
const evidenceApi = http.get(
  '*/api/v1/reports/:id/attachments/:attachmentId',
  () =>
    new HttpResponse(new Uint8Array([137, 80, 78, 71]), {
      headers: { 'Content-Type': 'image/png' },
    }),
);

const revoked: string[] = [];
beforeEach(() => {
  revoked.length = 0;
  URL.createObjectURL = () => `blob:preview-${Math.random()}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});

describe('review inbox (/reports)', () => {
  it('on a desktop: a compact list with the first report beside it, people named, not logins', async () => {
    setViewport('desktop');
    const seen: URL[] = [];
    server.use(...createHandlers(adminAnGiang), inboxApi(seen), evidenceApi);
    const { user } = renderRoute('/reports');

    const rows = await screen.findAllByTestId('inbox-row');
    expect(rows).toHaveLength(3);
    expect(seen.at(-1)?.searchParams.get('inbox')).toBe('true');
    expect(seen.at(-1)?.searchParams.get('status')).toBe('SUBMITTED');
    // one line per report: organization, task, period, when, by whom, late
    const second = rows[1] as HTMLElement;
    expect(within(second).getByText('Đảng ủy phường Long Xuyên')).toBeInTheDocument();
    expect(within(second).getByText('Q4/2026')).toBeInTheDocument();
    expect(within(second).getByText('Nộp trễ')).toBeInTheDocument();
    expect(within(second).getByText('Trần Thị Bình')).toBeInTheDocument();
    expect(within(second).queryByText(/reporter\.longxuyen/)).not.toBeInTheDocument();
    // without a name from the directory, the login shows as it is
    expect(within(rows[2] as HTMLElement).getByText('reporter.phuquoc')).toBeInTheDocument();

    // the detail pane, not a drawer
    const detail = await screen.findByTestId('inbox-report');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      within(detail).getByText('Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.'),
    ).toBeInTheDocument();
    expect(within(detail).getByText('45')).toBeInTheDocument();
    expect(within(detail).getByText('23-CT/TU')).toBeInTheDocument();
    expect(within(detail).getByText('20/12/2026')).toBeInTheDocument();
    expect(
      within(detail).getAllByText('Nguyễn Văn An · Đảng ủy phường Rạch Giá').length,
    ).toBeGreaterThan(0);
    expect(within(detail).queryByText('reporter.rachgia')).not.toBeInTheDocument();
    expect(
      within(within(detail).getByTestId('report-evidence')).getByRole('button', {
        name: /Ảnh hội nghị ấp 3.png/,
      }),
    ).toBeInTheDocument();
    // the evidence of a submitted report cannot be removed
    expect(within(detail).queryByRole('button', { name: /^Xóa/ })).not.toBeInTheDocument();
    // the photo is seen in place, fetched with the token as an object URL
    const photo = await within(detail).findByRole('img', { name: 'Ảnh hội nghị ấp 3.png' });
    expect(photo.getAttribute('src')).toMatch(/^blob:preview-/);

    // another report opens beside the list
    await user.click(within(second).getByRole('button', { name: /Xem báo cáo/ }));
    expect(
      await within(screen.getByTestId('inbox-report')).findByText('Đã họp dân 2 buổi.'),
    ).toBeInTheDocument();
    // the object URL of the photo is freed once its report is closed
    await waitFor(() => expect(revoked).toContain(photo.getAttribute('src')));
  });

  it('on a phone: the list alone, and a report in a drawer', async () => {
    setViewport('phone');
    server.use(...createHandlers(adminAnGiang), inboxApi([]), evidenceApi);
    const { user, router } = renderRoute('/reports');

    const rows = await screen.findAllByTestId('inbox-row');
    expect(screen.queryByTestId('inbox-report')).not.toBeInTheDocument();
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: /Xem báo cáo/ }));
    const drawer = await screen.findByRole('dialog');
    expect(
      await within(drawer).findByText('Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.'),
    ).toBeInTheDocument();
    // the open report is in the URL: a link opens it again
    expect(router.state.location.search).toBe('?report=901');
  });

  it('sends the filters, search and order of the URL, and keeps what is changed in the URL', async () => {
    setViewport('desktop');
    const seen: URL[] = [];
    server.use(...createHandlers(adminAnGiang), inboxApi(seen), evidenceApi);
    const { user, router } = renderRoute(
      '/reports?taskId=301&directiveId=7&period=QUARTER&late=true&dueFrom=2026-10-01&dueTo=2026-12-31&organizationId=22&q=h%E1%BB%99i&sort=-submittedAt',
    );

    await screen.findAllByTestId('inbox-row');
    const sent = seen.at(-1)?.searchParams;
    expect(Object.fromEntries(sent ?? [])).toEqual({
      inbox: 'true',
      status: 'SUBMITTED',
      taskId: '301',
      directiveId: '7',
      period: 'QUARTER',
      late: 'true',
      dueFrom: '2026-10-01',
      dueTo: '2026-12-31',
      organizationId: '22',
      q: 'hội',
      sort: '-submittedAt',
      page: '0',
      size: '20',
    });
    expect(screen.getByRole('searchbox', { name: 'Tìm báo cáo' })).toHaveValue('hội');

    // another order: sent, and written to the URL
    await user.click(screen.getByRole('combobox', { name: 'Sắp xếp' }));
    await user.click(await screen.findByTitle('Hạn nộp sớm nhất trước'));
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('sort')).toBe('dueDate'));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('dueDate');

    // a search, once typing stops
    const box = screen.getByRole('searchbox', { name: 'Tìm báo cáo' });
    await user.clear(box);
    await user.type(box, 'ấp 3');
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('q')).toBe('ấp 3'));
    expect(seen.some((u) => u.searchParams.get('q') === 'ấ')).toBe(false);
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ấp 3');

    // the queue and late filter
    await user.click(screen.getByText('Đã trả lại', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('status')).toBe('RETURNED'));
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ báo cáo nộp trễ' }));
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('late')).toBeNull());

    // clearing the filters keeps the queue and the order
    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() =>
      expect(Object.fromEntries(seen.at(-1)?.searchParams ?? [])).toEqual({
        inbox: 'true',
        status: 'RETURNED',
        sort: 'dueDate',
        page: '0',
        size: '20',
      }),
    );
    expect(router.state.location.search).toBe('?status=RETURNED&sort=dueDate');
  });

  it('accepts many reports after one confirmation; the stale one stays, listed with why', async () => {
    setViewport('desktop');
    let reviewed: unknown;
    const accepted = new Set<number>();
    server.use(
      ...createHandlers(adminAnGiang),
      inboxApi([], () => inboxReports.filter((r) => !accepted.has(r.id))),
      evidenceApi,
      http.post('*/api/v1/reports/reviews', async ({ request }) => {
        reviewed = await request.json();
        accepted.add(901);
        accepted.add(903);
        const result: Schema<'ReportBulkReviewResult'> = {
          results: [
            { id: 901, outcome: 'ACCEPTED' },
            { id: 902, outcome: 'CONFLICT', detail: 'Báo cáo đã được người khác cập nhật' },
            { id: 903, outcome: 'ACCEPTED' },
          ],
          reviewed: 2,
          failed: 1,
        };
        return HttpResponse.json(result);
      }),
    );
    const { user } = renderRoute('/reports');

    await screen.findAllByTestId('inbox-row');
    await user.click(screen.getByRole('checkbox', { name: 'Chọn cả trang' }));
    await user.click(screen.getByRole('button', { name: /Tiếp nhận 3 báo cáo/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Tiếp nhận 3 báo cáo?').length).toBeGreaterThan(0);
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent(
      'Đảng ủy phường Rạch Giá · Q4/2026; Đảng ủy phường Long Xuyên · Q4/2026; Đảng ủy đặc khu Phú Quốc · Q4/2026',
    );
    expect(reviewed).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: /Tiếp nhận 3 báo cáo/ }));

    const result = await screen.findByTestId('bulk-result');
    expect(reviewed).toEqual({
      decision: 'ACCEPTED',
      items: [
        { id: 901, version: 1 },
        { id: 902, version: 4 },
        { id: 903, version: 2 },
      ],
    });
    expect(within(result).getByText('Đã tiếp nhận 2 báo cáo')).toBeInTheDocument();
    expect(result).toHaveTextContent(
      'Đảng ủy phường Long Xuyên · Q4/2026: báo cáo đã thay đổi hoặc đã được xem xét, mở lại để xem bản mới (Báo cáo đã được người khác cập nhật)',
    );
    await waitFor(() => expect(screen.getAllByTestId('inbox-row')).toHaveLength(1));
    expect(
      within(screen.getByTestId('inbox-row')).getByText('Đảng ủy phường Long Xuyên'),
    ).toBeInTheDocument();
  });

  it('draws a PDF’s first pages only when asked, loading pdf.js then', async () => {
    setViewport('desktop');
    const drawn: number[] = [];
    pdf.getDocument = vi.fn(() => ({
      promise: Promise.resolve({
        numPages: 5,
        getPage: (n: number) =>
          Promise.resolve({
            getViewport: ({ scale }: { scale: number }) => ({
              width: 600 * scale,
              height: 800 * scale,
            }),
            render: () => {
              drawn.push(n);
              return { promise: Promise.resolve() };
            },
          }),
        destroy: () => Promise.resolve(),
      }),
    }));
    server.use(...createHandlers(adminAnGiang), inboxApi([]), evidenceApi);
    const { user } = renderRoute('/reports?report=901');

    const detail = await screen.findByTestId('inbox-report');
    await within(detail).findByRole('img', { name: 'Ảnh hội nghị ấp 3.png' });
    expect(pdf.loaded).toBe(false);
    await user.click(
      within(detail).getByRole('button', { name: /Xem trước Biên bản hội nghị.pdf/ }),
    );

    expect(
      await within(detail).findByRole('img', { name: 'Trang 1 của Biên bản hội nghị.pdf' }),
    ).toBeInTheDocument();
    expect(pdf.loaded).toBe(true);
    await waitFor(() => expect(drawn).toEqual([1, 2, 3]));
    expect(await within(detail).findByText(/Đang hiện 3\/5 trang/)).toBeInTheDocument();
  });

  it('returns a report with the comment, sending the version read', async () => {
    setViewport('desktop');
    let sent: unknown;
    server.use(
      ...createHandlers(adminAnGiang),
      inboxApi([]),
      evidenceApi,
      http.post('*/api/v1/reports/901/review', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...submittedReport, status: 'RETURNED', version: 2 });
      }),
    );
    const { user } = renderRoute('/reports');

    const card = await screen.findByTestId('inbox-report');
    await user.click(within(card).getByRole('button', { name: /Trả lại/ }));
    const dialog = await screen.findByRole('dialog');
    // no comment: the form says what is missing and sends nothing
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Nêu rõ nội dung cần bổ sung')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.type(within(dialog).getByLabelText('Yêu cầu bổ sung'), 'Bổ sung ảnh ấp 5');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({ decision: 'RETURNED', comment: 'Bổ sung ảnh ấp 5', version: 1 });
  });

  it('accepts one report, and shows the server’s 409 when it changed meanwhile', async () => {
    setViewport('desktop');
    let calls = 0;
    server.use(
      ...createHandlers(adminAnGiang),
      inboxApi([]),
      evidenceApi,
      http.post('*/api/v1/reports/901/review', () => {
        calls += 1;
        return HttpResponse.json(
          {
            type: 'https://danvan.vn/problems/stale-version',
            title: 'Dữ liệu đã thay đổi',
            status: 409,
            detail: 'Báo cáo đã được người khác xem xét',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderRoute('/reports');

    const card = await screen.findByTestId('inbox-report');
    await user.click(within(card).getByRole('button', { name: /Tiếp nhận/ }));
    expect(await within(card).findByText('Báo cáo đã được người khác xem xét')).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('lets a reporter read the reports but not review them', async () => {
    setViewport('desktop');
    server.use(...createHandlers(reporterRachGia), inboxApi([]), evidenceApi);
    renderRoute('/reports');
    const card = await screen.findByTestId('inbox-report');
    expect(within(card).queryByRole('button', { name: /Tiếp nhận/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Trả lại/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Chọn cả trang' })).not.toBeInTheDocument();
  });
});
