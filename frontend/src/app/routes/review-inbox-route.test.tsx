import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { submittedReport } from '@/testing/assignment-fixtures';
import { adminAnGiang, reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

function inboxApi(seen: URL[]) {
  return http.get('*/api/v1/reports', ({ request }) => {
    const url = new URL(request.url);
    seen.push(url);
    const items = url.searchParams.get('status') === 'SUBMITTED' ? [submittedReport] : [];
    return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
  });
}

describe('review inbox (/reports)', () => {
  it('shows what the commune submitted: text, figures, evidence and history', async () => {
    const seen: URL[] = [];
    server.use(...createHandlers(adminAnGiang), inboxApi(seen));
    renderRoute('/reports');

    const card = await screen.findByTestId('inbox-report');
    expect(seen.at(-1)?.searchParams.get('inbox')).toBe('true');
    expect(seen.at(-1)?.searchParams.get('status')).toBe('SUBMITTED');
    expect(within(card).getByText('Đảng ủy phường Rạch Giá')).toBeInTheDocument();
    expect(within(card).getByText('Đã tổ chức 3 hội nghị; 45 hộ được hỗ trợ.')).toBeInTheDocument();
    expect(within(card).getByText('45')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /Ảnh hội nghị ấp 3.png/ })).toBeInTheDocument();
    expect(within(card).getByText('20/12/2026')).toBeInTheDocument();
    // the evidence of a submitted report cannot be removed
    expect(within(card).queryByRole('button', { name: /^Xóa/ })).not.toBeInTheDocument();
  });

  it('returns a report with the comment, sending the version read', async () => {
    let sent: unknown;
    server.use(
      ...createHandlers(adminAnGiang),
      inboxApi([]),
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

  it('shows the server’s 400 on the comment, and a 409 when the report changed meanwhile', async () => {
    let calls = 0;
    server.use(
      ...createHandlers(adminAnGiang),
      inboxApi([]),
      http.post('*/api/v1/reports/901/review', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              {
                type: 'https://danvan.vn/problems/validation',
                title: 'Dữ liệu không hợp lệ',
                status: 400,
                errors: [
                  { field: 'comment', message: 'tối đa 2000 ký tự (at most 2000 characters)' },
                ],
              },
              { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : HttpResponse.json(
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
    await user.click(within(card).getByRole('button', { name: /Trả lại/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Yêu cầu bổ sung'), 'Bổ sung');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(
      await within(dialog).findByText('tối đa 2000 ký tự (at most 2000 characters)'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(
      await within(dialog).findByText('Báo cáo đã được người khác xem xét'),
    ).toBeInTheDocument();
  });

  it('lets a reporter read the reports but not review them', async () => {
    server.use(...createHandlers(reporterRachGia), inboxApi([]));
    renderRoute('/reports');
    const card = await screen.findByTestId('inbox-report');
    expect(within(card).queryByRole('button', { name: /Tiếp nhận/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Trả lại/ })).not.toBeInTheDocument();
  });
});
