import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { reporterRachGia } from '@/testing/fixtures';
import { leaderAnGiang } from '@/testing/funnel-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import {
  allCommunesProgress,
  allCommunesTarget,
  districtsTarget,
  missingUnits,
} from '@/testing/target-fixtures';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };

function targetsApi(seen: URLSearchParams[]) {
  return http.get('*/api/v1/targets', ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json({
      items: [allCommunesTarget, districtsTarget],
      page: 0,
      size: 50,
      total: 2,
    });
  });
}

describe('the leader’s targets (/targets)', () => {
  it('shows each target as a gauge and in the table: value, progress, deadline, status with the reason', async () => {
    setViewport('desktop');
    const seen: URLSearchParams[] = [];
    server.use(...createHandlers(leaderAnGiang), targetsApi(seen));
    renderRoute('/targets');
    const gauge = await screen.findByRole(
      'figure',
      { name: '100% số xã đạt chuẩn nông thôn mới' },
      SLOW,
    );
    expect(gauge).toHaveTextContent('85,3%');
    expect(gauge).toHaveTextContent('87 trên 102 (85,3%)');
    expect(gauge).toHaveTextContent('Không đạt');
    expect(
      screen.getByRole('figure', { name: '7–9 huyện đạt chuẩn nông thôn mới' }),
    ).toHaveTextContent('Cấp huyện đã bỏ từ 01/07/2025: không còn huyện nào để đếm');
    expect(screen.getByRole('link', { name: /Chỉ tiêu/ })).toBeInTheDocument();

    const table = within(screen.getByLabelText('Bảng chỉ tiêu'));
    const rows = table
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      )
      .filter((cells) => cells.length > 0);
    expect(rows).toEqual([
      [
        '100% số xã đạt chuẩn nông thôn mới632-CV/TU · Tỉnh Kiên Giang Dữ liệu minh họa',
        '100%',
        '87 trên 102 (85,3%)',
        '31/12/2025',
        'Không đạt',
      ],
      [
        '7–9 huyện đạt chuẩn nông thôn mới632-CV/TU · Tỉnh Kiên Giang Dữ liệu minh họa',
        '7–9',
        '—',
        '31/12/2025',
        'Không đo đượcCấp huyện đã bỏ từ 01/07/2025: không còn huyện nào để đếm',
      ],
    ]);
    expect(Object.fromEntries(seen[0] ?? [])).toEqual({ page: '0', size: '50' });
  });

  it('exports the same targets as .xlsx', async () => {
    setViewport('desktop');
    const exported: URL[] = [];
    server.use(
      ...createHandlers(leaderAnGiang),
      targetsApi([]),
      http.get('*/api/v1/targets.xlsx', ({ request }) => {
        exported.push(new URL(request.url));
        return new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="chi-tieu-2025.xlsx"',
          },
        });
      }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:test/xlsx');
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user } = renderRoute('/targets?year=2025');
    await screen.findAllByRole('figure', {}, SLOW);
    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    await waitFor(() => expect(saved).toEqual(['chi-tieu-2025.xlsx']));
    expect(Object.fromEntries(exported[0]?.searchParams ?? [])).toEqual({ year: '2025' });
  });

  it('shows a target’s trend as a chart with its table beside it, and the units still missing', async () => {
    setViewport('desktop');
    const missingAsked: URLSearchParams[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/targets/901/progress', () => HttpResponse.json(allCommunesProgress)),
      http.get('*/api/v1/targets/901/missing-units', ({ request }) => {
        missingAsked.push(new URL(request.url).searchParams);
        return HttpResponse.json(missingUnits);
      }),
    );
    const { user } = renderRoute('/targets/901');
    expect(
      await screen.findByRole(
        'figure',
        { name: 'Diễn biến: 100% số xã đạt chuẩn nông thôn mới' },
        SLOW,
      ),
    ).toBeVisible();
    expect(
      screen.getByText('Tỉnh Kiên Giang (đã giải thể từ 30/06/2025, nay thuộc Tỉnh An Giang)'),
    ).toBeVisible();
    const trend = within(screen.getByLabelText('Số liệu diễn biến theo năm'));
    expect(
      trend
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .queryAllByRole('cell')
            .map((cell) => cell.textContent),
        )
        .filter((cells) => cells.length > 0),
    ).toEqual([
      ['2022', '70', '102', '68,6%'],
      ['2023', '78', '102', '76,5%'],
      ['2024', '84', '102', '82,4%'],
      ['2025', '87', '102', '85,3%'],
    ]);
    expect(screen.getByText('Còn thiếu 15 đơn vị')).toBeVisible();
    const missing = within(await screen.findByLabelText('Các đơn vị còn thiếu'));
    expect(missing.getByText('Xã Hòn Tre')).toBeVisible();
    expect(missing.getByText('chuẩn nông thôn mới')).toBeVisible();
    expect(missing.getByText('Chưa đạt chuẩn')).toBeVisible();

    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm đơn vị còn thiếu' }),
      'hon tre{Enter}',
    );
    await waitFor(() => expect(missingAsked.at(-1)?.get('q')).toBe('hon tre'));
  });

  it('offers no targets entry in a reporter’s menu', async () => {
    setViewport('desktop');
    server.use(...createHandlers(reporterRachGia), targetsApi([]));
    renderRoute('/targets');
    await screen.findAllByRole('figure', {}, SLOW);
    expect(screen.queryByRole('link', { name: /^Chỉ tiêu$/ })).not.toBeInTheDocument();
  });
});
