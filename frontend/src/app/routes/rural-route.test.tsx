import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { reporterRachGia } from '@/testing/fixtures';
import { leaderAnGiang } from '@/testing/funnel-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import {
  dinhMyRow,
  rachGiaCriteria,
  rachGiaDecisions,
  rachGiaRow,
  rachGiaStanding,
  tanHoiRow,
} from '@/testing/rural-fixtures';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };
const THIS_YEAR = String(new Date().getFullYear());

describe('the communes’ NTM status (/rural)', () => {
  it('lists the communes with their coloured level, group, criteria met, own decision and the former communes recognized', async () => {
    setViewport('phone');
    const seen: URLSearchParams[] = [];
    server.use(
      ...createHandlers(leaderAnGiang),
      http.get('*/api/v1/rural/communes', ({ request }) => {
        const params = new URL(request.url).searchParams;
        seen.push(params);
        const rows =
          params.get('level') === 'NONE' ? [dinhMyRow] : [rachGiaRow, dinhMyRow, tanHoiRow];
        return HttpResponse.json({ items: rows, page: 0, size: 20, total: rows.length });
      }),
    );
    const { user, router } = renderRoute('/rural');
    const cards = await screen.findAllByTestId('rural-commune', {}, SLOW);
    expect(cards).toHaveLength(3);
    const first = cards[0] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Phường Rạch Giá' })).toHaveAttribute(
      'href',
      `/rural/communes/100?to=${THIS_YEAR}`,
    );
    expect(within(first).getByTestId('rural-level')).toHaveTextContent('NTM nâng cao');
    expect(within(first).getByTestId('rural-level')).toHaveClass('ant-tag-blue');
    expect(first).toHaveTextContent('Nhóm 1 · 9/10 tiêu chí đạt');
    expect(first).toHaveTextContent('QĐ số 2345/QĐ-UBND ngày 15/09/2025');
    // the former communes are history beside its own level, not its level
    expect(within(first).getByTestId('rural-former')).toHaveTextContent(
      /^2\/3 xã cũ đạt chuẩn khi sắp xếp$/,
    );
    const dinhMy = cards[1] as HTMLElement;
    expect(within(dinhMy).getByTestId('rural-level')).toHaveTextContent('Chưa đạt chuẩn');
    expect(within(dinhMy).queryByTestId('rural-former')).not.toBeInTheDocument();
    // no level of its own although a former commune held one: the thừa nhận is missing
    const tanHoi = cards[2] as HTMLElement;
    expect(within(tanHoi).getByTestId('rural-level')).toHaveTextContent('Chưa đạt chuẩn');
    expect(within(tanHoi).getByTestId('rural-former')).toHaveTextContent(
      '1/2 xã cũ đạt chuẩn khi sắp xếp · chưa có quyết định thừa nhận',
    );
    expect(Object.fromEntries(seen[0] ?? [])).toEqual({ year: THIS_YEAR, page: '0', size: '20' });

    // a level filter goes to the server and stays in the address
    await user.click(screen.getByRole('combobox', { name: 'Mức đạt chuẩn' }));
    await user.click(
      await waitFor(() => {
        const option = document.querySelector<HTMLElement>(
          '.ant-select-item-option[title="Chưa đạt chuẩn"]',
        );
        if (!option) throw new Error('no option');
        return option;
      }),
    );
    await waitFor(() => expect(seen.at(-1)?.get('level')).toBe('NONE'));
    expect(router.state.location.search).toBe('?level=NONE');
    await waitFor(() => expect(screen.getAllByTestId('rural-commune')).toHaveLength(1));
  });

  it('shows a commune’s criteria by year, its group, its standing and its own decisions apart from the former communes’', async () => {
    setViewport('desktop');
    const asked: URLSearchParams[] = [];
    const standingYears: (string | null)[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/rural/communes/100/criteria', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        // what the server says a commune's reporter may do
        return HttpResponse.json({ ...rachGiaCriteria, canSetGroup: false, canRecord: false });
      }),
      http.get('*/api/v1/rural/communes/100/groups', () =>
        HttpResponse.json([
          {
            unitId: 100,
            periodFrom: 2026,
            periodTo: 2030,
            group: 1,
            setBy: 'editor.angiang',
            setAt: '2026-02-01T00:00:00Z',
            version: 1,
          },
        ]),
      ),
      http.get('*/api/v1/rural/communes/100/recognitions', () =>
        HttpResponse.json(rachGiaDecisions),
      ),
      http.get('*/api/v1/rural/communes/100/standing', ({ request }) => {
        standingYears.push(new URL(request.url).searchParams.get('year'));
        return HttpResponse.json(rachGiaStanding);
      }),
    );
    renderRoute('/rural/communes/100?to=2026');
    await waitFor(
      () => expect(screen.getByRole('heading', { name: 'Phường Rạch Giá' })).toBeVisible(),
      SLOW,
    );
    expect(Object.fromEntries(asked[0] ?? [])).toEqual({ to: '2026', from: '2022' });
    expect(screen.getByText('Bộ tiêu chí xã NTM 2026–2030 · 51/2025/QĐ-TTg')).toBeVisible();
    await waitFor(() => expect(screen.getByText('Nhóm 1 (2026–2030)')).toBeVisible());

    const table = within(await screen.findByLabelText('Tiêu chí và chỉ tiêu theo năm'));
    expect(table.getByRole('columnheader', { name: '2025 (1/2)' })).toBeVisible();
    expect(table.getByRole('columnheader', { name: '2026 (1/2)' })).toBeVisible();
    const rows = table.getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) =>
      within(row)
        .queryAllByRole('cell')
        .map(
          (cell) =>
            within(cell).queryAllByRole('img')[0]?.getAttribute('aria-label') ?? cell.textContent,
        );
    expect(rows.map((row) => cells(row))).toEqual([
      ['1. Quy hoạch Then chốt', 'Đạt', 'Đạt'],
      ['2. Giao thông ', 'Không đạt', 'Chưa đánh giá'],
      ['2.1. Đường xã được nhựa hóa Yêu cầu >= 100 %', 'Không đạt', 'Đạt'],
    ]);

    // the standing of the year: counts, the key criterion failed, the verdict in red
    const standing = await screen.findByTestId('rural-standing-title');
    expect(standingYears[0]).toBe('2026');
    expect(screen.getByTestId('rural-standing-level')).toHaveTextContent(/NTM nâng cao$/);
    expect(standing).toHaveTextContent('QĐ số 2345/QĐ-UBND ngày 15/09/2025');
    expect(standing).toHaveTextContent('1 tiêu chí không đạt · 2 đã đánh giá / 2 tiêu chí');
    expect(standing).toHaveTextContent('Tiêu chí then chốt không đạt: 1');
    const verdict = within(standing).getByTestId('rural-verdict');
    expect(verdict).toHaveTextContent(
      'Phải thu hồi: 1/2 tiêu chí không đạt, gồm tiêu chí then chốt 1',
    );
    expect(verdict).toHaveClass('ant-alert-error');

    // its own thừa nhận apart from the decision of the former commune it succeeded
    const own = within(await screen.findByRole('list', { name: 'Quyết định của xã' }));
    expect(own.getByText('QĐ số 2345/QĐ-UBND ngày 15/09/2025', { exact: false })).toBeVisible();
    expect(own.getByText('Nhập từ quyết định giấy')).toBeVisible();
    expect(own.getByText('Còn hiệu lực')).toBeVisible();
    expect(own.queryByText(/xã cũ/)).not.toBeInTheDocument();
    const former = within(
      screen.getByRole('list', { name: 'Quyết định của các xã cũ (trước sắp xếp)' }),
    );
    expect(
      former.getByText('Của xã cũ Xã Phi Thông (đã sắp xếp, hết hiệu lực đơn vị từ 30/06/2025)'),
    ).toBeVisible();
    expect(former.getByText('Bị thu hồi')).toBeVisible();
    expect(former.queryByText('Nhập từ quyết định giấy')).not.toBeInTheDocument();
    // a reporter is not offered the recording of a paper decision (canRecord false)
    expect(screen.queryByRole('button', { name: 'Nhập quyết định giấy' })).not.toBeInTheDocument();
  });
});
