import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import {
  dueSoonAssignment,
  overdueAssignment,
  submittedReport,
} from '@/testing/assignment-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

function assignmentsApi(seen: URL[]) {
  return http.get('*/api/v1/assignments', ({ request }) => {
    const url = new URL(request.url);
    seen.push(url);
    const bucket = url.searchParams.get('bucket');
    const items = [overdueAssignment, dueSoonAssignment].filter(
      (a) => !bucket || a.bucket === bucket,
    );
    return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
  });
}

describe('our organization’s work (/work)', () => {
  it('is the home screen: the cadre’s own organization’s assignments as cards on a phone', async () => {
    const seen: URL[] = [];
    server.use(...createHandlers(reporterRachGia), assignmentsApi(seen));
    const { router, user } = renderRoute('/');

    const cards = await screen.findAllByTestId('assignment-card');
    expect(router.state.location.pathname).toBe('/work');
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).getByText('Sắp đến hạn')).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).getByText('Hạn 28/11/2026')).toBeInTheDocument();
    expect(seen.at(-1)?.searchParams.get('organizationId')).toBe('21');

    // on a phone the buckets are a list with their full names and counts, not cut-off tabs
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Lọc theo tình trạng thời hạn' }),
      await screen.findByRole('option', { name: 'Quá hạn (1)' }),
    );
    await waitFor(() => expect(screen.getAllByTestId('assignment-card')).toHaveLength(1));
    expect(seen.at(-1)?.searchParams.get('bucket')).toBe('OPEN_OVERDUE');
  });

  it('pages a long list on a phone: the page of pages, and the next and previous a tap away', async () => {
    const seen: URL[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/assignments', ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        const page = Number(url.searchParams.get('page') ?? 0);
        // 45 assignments: pages of 20, 20 and 5
        const items = Array.from({ length: page < 2 ? 20 : 5 }, (_, i) => ({
          ...overdueAssignment,
          id: 1000 + page * 20 + i,
          ordinal: page * 20 + i + 1,
          title: `Việc số ${page * 20 + i + 1}`,
        }));
        return HttpResponse.json({ items, page, size: 20, total: 45 });
      }),
    );
    const { user } = renderRoute('/work');

    expect(await screen.findByText('1. Việc số 1')).toBeInTheDocument();
    expect(screen.getByTestId('work-page')).toHaveTextContent('Trang 1/3');
    expect(screen.getByRole('button', { name: /Trang trước/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(await screen.findByText('21. Việc số 21')).toBeInTheDocument();
    expect(screen.getByTestId('work-page')).toHaveTextContent('Trang 2/3');
    expect(seen.at(-1)?.searchParams.get('page')).toBe('1');

    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(await screen.findByText('45. Việc số 45')).toBeInTheDocument();
    expect(screen.getAllByTestId('assignment-card')).toHaveLength(5);
    expect(screen.getByRole('button', { name: /Trang sau/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Trang trước/ }));
    expect(await screen.findByText('21. Việc số 21')).toBeInTheDocument();
  });

  it('reports an assignment done with its completion day, sending the version read', async () => {
    let sent: unknown;
    server.use(
      ...createHandlers(reporterRachGia),
      assignmentsApi([]),
      http.put('*/api/v1/assignments/501', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({
          ...overdueAssignment,
          status: 'DONE',
          progress: 100,
          bucket: 'DONE_LATE',
        });
      }),
    );
    const { user } = renderRoute('/work');

    const cards = await screen.findAllByTestId('assignment-card');
    await user.click(within(cards[0] as HTMLElement).getByRole('button', { name: 'Cập nhật' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox'));
    await user.click(await screen.findByTitle('Hoàn thành'));
    const day = await within(dialog).findByLabelText('Ngày hoàn thành');
    await user.clear(day);
    await user.type(day, '24/11/2026{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({ status: 'DONE', progress: 100, completedOn: '2026-11-24', version: 2 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('periodic reports (/work, phone)', () => {
  it('a commune officer submits the quarter’s report with a figure, after reading why it was returned', async () => {
    let sent: unknown;
    const slot = {
      id: 901,
      assignmentId: 501,
      period: 'QUARTER' as const,
      periodLabel: 'Q4/2026',
      figuresFrom: '2026-09-15',
      figuresTo: '2026-12-14',
      dueDate: '2026-12-20',
      status: 'RETURNED' as const,
      late: false,
      missing: false,
      text: 'Đã tổ chức 3 hội nghị.',
      figures: [],
      reviewedBy: 'editor.angiang',
      reviewedAt: '2026-11-24T03:00:00Z',
      reviewComment: 'Bổ sung số hộ được hỗ trợ',
      history: [],
      version: 2,
    };
    server.use(
      ...createHandlers(reporterRachGia),
      assignmentsApi([]),
      http.get('*/api/v1/assignments/501/reports', () => HttpResponse.json([slot])),
      http.put('*/api/v1/reports/901', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...slot, status: 'SUBMITTED', version: 3 });
      }),
    );
    const { user } = renderRoute('/work');

    const cards = await screen.findAllByTestId('assignment-card');
    await user.click(within(cards[0] as HTMLElement).getByRole('button', { name: 'Báo cáo kỳ' }));
    const report = await screen.findByTestId('report-slot');
    expect(within(report).getByText('Kỳ Q4/2026')).toBeInTheDocument();
    expect(
      within(report).getByText('Số liệu từ 15/09/2026 đến 14/12/2026 · hạn nộp 20/12/2026'),
    ).toBeInTheDocument();
    expect(within(report).getByText(/Bổ sung số hộ được hỗ trợ/)).toBeInTheDocument();

    const text = within(report).getByLabelText('Nội dung báo cáo');
    await user.clear(text);
    await user.type(text, 'Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.');
    await user.click(within(report).getByRole('button', { name: /Thêm số liệu/ }));
    await user.type(within(report).getByLabelText('Chỉ tiêu'), 'Số hộ được hỗ trợ');
    await user.type(within(report).getByLabelText('Số liệu'), '45');
    await user.type(within(report).getByLabelText('Đơn vị tính'), 'hộ');
    await user.click(within(report).getByRole('button', { name: 'Nộp lại báo cáo' }));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      text: 'Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.',
      figures: [{ label: 'Số hộ được hỗ trợ', value: 45, unit: 'hộ' }],
      version: 2,
    });
  });
});

describe('evidence on a report (/work, phone)', () => {
  it('a commune officer attaches a photo to the open report, then removes a wrong file', async () => {
    const uploads: string[] = [];
    let removed = false;
    const slot = {
      ...submittedReport,
      status: 'OPEN' as const,
      text: undefined,
      submittedBy: undefined,
      submittedAt: undefined,
      history: [],
      version: 0,
    };
    server.use(
      ...createHandlers(reporterRachGia),
      assignmentsApi([]),
      http.get('*/api/v1/assignments/501/reports', () => HttpResponse.json([slot])),
      http.post('*/api/v1/reports/901/attachments', ({ request }) => {
        uploads.push(request.headers.get('Content-Type') ?? '');
        return HttpResponse.json(
          { ...submittedReport.attachments[0], id: 78, fileName: 'anh-ap-5.png' },
          { status: 201 },
        );
      }),
      http.delete('*/api/v1/reports/901/attachments/77', () => {
        removed = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderRoute('/work');

    const cards = await screen.findAllByTestId('assignment-card');
    await user.click(within(cards[0] as HTMLElement).getByRole('button', { name: 'Báo cáo kỳ' }));
    const evidence = await screen.findByTestId('report-evidence');
    expect(within(evidence).getByText('Ảnh hội nghị ấp 3.png')).toBeInTheDocument();
    const input = evidence.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept).toContain('image/*');
    await user.upload(input, new File(['png'], 'anh-ap-5.png', { type: 'image/png' }));

    expect(await screen.findByText('Đã đính kèm anh-ap-5.png')).toBeInTheDocument();
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatch(/^multipart\/form-data/);

    await user.click(within(evidence).getByRole('button', { name: 'Xóa Ảnh hội nghị ấp 3.png' }));
    await waitFor(() => expect(removed).toBe(true));
  });
});

describe('a report with a photo (/work, phone)', () => {
  it('a commune officer takes a photo, attaches it and submits the report; the evidence is then kept as sent', async () => {
    const photo = {
      ...(submittedReport.attachments[0] as Schema<'Attachment'>),
      id: 79,
      fileName: 'anh-hop-dan-ap-5.jpg',
      mediaType: 'image/jpeg',
    };
    let slot: Schema<'ReportSlot'> = {
      ...submittedReport,
      status: 'OPEN',
      text: undefined,
      figures: [],
      submittedBy: undefined,
      submittedAt: undefined,
      attachments: [],
      history: [],
      version: 0,
    };
    let submitted: unknown;
    server.use(
      ...createHandlers(reporterRachGia),
      assignmentsApi([]),
      http.get('*/api/v1/assignments/501/reports', () => HttpResponse.json([slot])),
      http.post('*/api/v1/reports/901/attachments', () => {
        slot = { ...slot, attachments: [photo] };
        return HttpResponse.json(photo, { status: 201 });
      }),
      http.put('*/api/v1/reports/901', async ({ request }) => {
        submitted = await request.json();
        slot = { ...slot, status: 'SUBMITTED', text: 'Họp dân ấp 5', version: 1 };
        return HttpResponse.json(slot);
      }),
    );
    const { user } = renderRoute('/work');

    const cards = await screen.findAllByTestId('assignment-card');
    await user.click(within(cards[0] as HTMLElement).getByRole('button', { name: 'Báo cáo kỳ' }));
    const report = await screen.findByTestId('report-slot');
    const evidence = within(report).getByTestId('report-evidence');
    expect(within(evidence).getByText('Chưa có minh chứng')).toBeInTheDocument();
    const input = evidence.querySelector('input[type="file"]') as HTMLInputElement;
    // on a phone, image/* offers the camera as well as the gallery
    expect(input.accept.split(',')).toEqual(expect.arrayContaining(['image/*', '.pdf', '.docx']));
    await user.upload(input, new File(['jpg'], 'anh-hop-dan-ap-5.jpg', { type: 'image/jpeg' }));
    expect(await within(evidence).findByText('anh-hop-dan-ap-5.jpg')).toBeInTheDocument();

    await user.type(within(report).getByLabelText('Nội dung báo cáo'), 'Họp dân ấp 5');
    await user.click(within(report).getByRole('button', { name: 'Nộp báo cáo' }));

    await waitFor(() =>
      expect(submitted).toEqual({ text: 'Họp dân ấp 5', figures: [], version: 0 }),
    );
    // submitted: the photo stays, and can no longer be removed or added to
    const sent = await screen.findByTestId('report-slot');
    await within(sent).findByText('Đã nộp, chờ xem xét');
    const kept = within(sent).getByTestId('report-evidence');
    expect(within(kept).getByText('anh-hop-dan-ap-5.jpg')).toBeInTheDocument();
    expect(within(kept).queryByRole('button', { name: /Xóa/ })).toBeNull();
    expect(kept.querySelector('input[type="file"]')).toBeNull();
  });
});
