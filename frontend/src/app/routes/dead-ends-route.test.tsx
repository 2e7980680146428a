import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { dueSoonAssignment, overdueAssignment } from '@/testing/assignment-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers, taskHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

const SLOW = { timeout: 8000 };

function assignmentsApi() {
  return http.get('*/api/v1/assignments', ({ request }) => {
    const bucket = new URL(request.url).searchParams.get('bucket');
    const items = [overdueAssignment, dueSoonAssignment].filter(
      (a) => !bucket || a.bucket === bucket,
    );
    return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
  });
}

describe('no dead ends', () => {
  it('takes a reporter to their organization’s work', async () => {
    server.use(...createHandlers(reporterRachGia), assignmentsApi());
    const { router } = renderRoute('/');

    await waitFor(() => expect(router.state.location.pathname).toBe('/work'));
    expect(await screen.findAllByTestId('assignment-card', {}, SLOW)).toHaveLength(2);
  });

  it('offers period reports only on a recurring or continuous task, never on one with a date', async () => {
    server.use(...createHandlers(reporterRachGia), assignmentsApi());
    renderRoute('/work');

    const cards = await screen.findAllByTestId('assignment-card', {}, SLOW);
    const continuous = cards.find((c) => c.textContent?.includes(overdueAssignment.title));
    const dated = cards.find((c) => c.textContent?.includes(dueSoonAssignment.title));
    expect(
      within(continuous as HTMLElement).getByRole('button', { name: 'Báo cáo kỳ' }),
    ).toBeVisible();
    expect(within(dated as HTMLElement).queryByRole('button', { name: 'Báo cáo kỳ' })).toBeNull();
  });

  it('names every bucket in full on a phone, with its count', async () => {
    server.use(...createHandlers(reporterRachGia), assignmentsApi());
    renderRoute('/work');

    await screen.findAllByTestId('assignment-card', {}, SLOW);
    const filter = screen.getByRole('combobox', { name: 'Lọc theo tình trạng thời hạn' });
    await waitFor(() =>
      expect(
        within(filter)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([
        'Tất cả (2)',
        'Quá hạn (1)',
        'Đang thực hiện trong hạn (1)',
        'Hoàn thành trễ hạn (0)',
        'Hoàn thành đúng hạn (0)',
      ]),
    );
  });

  it('links a task back to its directive, by number and subject', async () => {
    server.use(...createHandlers(reporterRachGia), ...taskHandlers);
    const { user, router } = renderRoute('/tasks/41');

    const link = await screen.findByRole(
      'link',
      { name: /Số 70 -CV\/TU · Tiếp tục triển khai, thực hiện phong trào thi đua/ },
      SLOW,
    );
    expect(link).toHaveAttribute('href', '/directives/7');
    // the heading is a heading, not a wall of text
    const [heading] = screen.getAllByRole('heading', {
      name: '1. Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW',
    });
    expect(heading?.tagName).toBe('H4');
    await user.click(link);
    expect(router.state.location.pathname).toBe('/directives/7');
  });

  it('titles an error in the chosen language only, not both in one string', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/assignments', () =>
        HttpResponse.json(
          {
            type: 'https://danvan.vn/problems/forbidden',
            title: 'Không có quyền (forbidden)',
            status: 403,
            detail: 'Không có tài nguyên này (no such resource)',
          },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderRoute('/work');

    expect(await screen.findByText('Không có quyền', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Không có tài nguyên này')).toBeInTheDocument();
    expect(screen.queryByText(/forbidden/)).toBeNull();

    await i18n.changeLanguage('en');
    expect(await screen.findByText('Forbidden')).toBeInTheDocument();
    expect(screen.getByText('no such resource')).toBeInTheDocument();
    expect(screen.queryByText(/Không có quyền/)).toBeNull();
  });
});
