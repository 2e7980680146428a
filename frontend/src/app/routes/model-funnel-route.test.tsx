import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { reporterRachGia } from '@/testing/fixtures';
import { leaderAnGiang, movementWithReview, provinceFunnel } from '@/testing/funnel-fixtures';
import { problemResponse } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

// the screen and its chart load on demand: load them before rendering, as render-route does
await Promise.all([
  import('@/app/routes/model-funnel-route'),
  import('@/features/models/components/funnel/funnel-chart'),
]);

const SLOW = { timeout: 8000 };

const movementsApi = http.get('*/api/v1/emulation/movements', () =>
  HttpResponse.json([movementWithReview]),
);

/** The funnel's handler, recording each request's query. */
function funnelApi(seen: URLSearchParams[], body = provinceFunnel) {
  return http.get('*/api/v1/mobilization-models/funnel', ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json(body);
  });
}

/** The text of each cell, row by row, of the table named `name`. */
function cellsOf(name: string): string[][] {
  const labelled = screen.getByLabelText(name);
  const table = labelled.tagName === 'TABLE' ? labelled : within(labelled).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => !row.classList.contains('ant-table-measure-row'))
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    )
    .filter((cells) => cells.length > 0);
}

async function choose(user: ReturnType<typeof renderRoute>['user'], box: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: box }));
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.getAttribute('title') === option && o.offsetParent !== undefined,
    );
    if (!found) {
      throw new Error(`no option ${option}`);
    }
    return found;
  });
  await user.click(item);
}

describe('the movement funnel (/models/funnel)', () => {
  it('shows the latest yearly round’s stages as a chart with its table, by unit and by field', async () => {
    setViewport('desktop');
    const seen: URLSearchParams[] = [];
    server.use(...createHandlers(leaderAnGiang), movementsApi, funnelApi(seen));
    const { user } = renderRoute('/models/funnel');

    expect(
      await screen.findByRole('figure', { name: 'Tỉnh An Giang · Năm 2026' }, SLOW),
    ).toBeVisible();
    // the latest yearly round (not the later mid-term review), no filter, the reader's own unit
    expect(Object.fromEntries(seen[0] ?? [])).toEqual({ roundId: '6' });
    // the leader's menu leads here
    expect(screen.getByRole('link', { name: /Kết quả phong trào/ })).toBeInTheDocument();

    // the chart's figures, readable as a table: each stage with its share of the registered
    expect(cellsOf('Số liệu của biểu đồ')).toEqual([
      ['Đăng ký', '40', '–'],
      ['Thẩm định đạt', '30', '75%'],
      ['Được công nhận', '20', '50%'],
      ['Điển hình tiêu biểu', '8', '20%'],
      ['Được khen thưởng', '5', '13%'],
      ['Nhân rộng', '6', '15%'],
    ]);

    // by unit: each commune as sent, then the province's own bodies and the total
    expect(cellsOf('Theo đơn vị')).toEqual([
      ['Xã Giồng Riềng', '12', '6', '3', '1', '0', '1', '25%'],
      ['Phường Rạch Giá', '24', '20', '14', '5', '3', '5', '58%'],
      ['Xã Định Mỹ', '0', '0', '0', '0', '0', '0', '–'],
      ['Cơ quan, tổ chức của Tỉnh An Giang', '4', '4', '3', '2', '2', '0', '75%'],
      ['Tổng cộng', '40', '30', '20', '8', '5', '6', '50%'],
    ]);
    // sorted by name in Vietnamese order ("Định" before "Giồng"); the fixed lines stay last
    const byUnit = within(screen.getByLabelText('Theo đơn vị'));
    await user.click(byUnit.getByRole('columnheader', { name: 'Đơn vị' }));
    expect(cellsOf('Theo đơn vị').map((cells) => cells[0])).toEqual([
      'Phường Rạch Giá',
      'Xã Định Mỹ',
      'Xã Giồng Riềng',
      'Cơ quan, tổ chức của Tỉnh An Giang',
      'Tổng cộng',
    ]);
    // by the share recognized, largest first
    await user.click(byUnit.getByRole('columnheader', { name: 'Tỷ lệ công nhận' }));
    expect(cellsOf('Theo đơn vị').map((cells) => cells[0])).toEqual([
      'Phường Rạch Giá',
      'Xã Giồng Riềng',
      'Xã Định Mỹ',
      'Cơ quan, tổ chức của Tỉnh An Giang',
      'Tổng cộng',
    ]);

    // by field, then collective / individual and the total
    expect(cellsOf('Theo lĩnh vực và chủ thể')).toEqual([
      ['Kinh tế', '22', '17', '12', '5', '3', '4', '55%'],
      ['Văn hóa – xã hội', '11', '8', '5', '2', '1', '1', '45%'],
      ['Quốc phòng – an ninh', '7', '5', '3', '1', '1', '1', '43%'],
      ['Tập thể', '31', '24', '17', '7', '4', '5', '55%'],
      ['Cá nhân', '9', '6', '3', '1', '1', '1', '33%'],
      ['Tổng cộng', '40', '30', '20', '8', '5', '6', '50%'],
    ]);
  });

  it('asks again for the round, field and owner kind chosen', async () => {
    setViewport('phone');
    const seen: URLSearchParams[] = [];
    server.use(...createHandlers(leaderAnGiang), movementsApi, funnelApi(seen));
    const { user, router } = renderRoute('/models/funnel');
    await screen.findByRole('figure', {}, SLOW);

    await choose(user, 'Đợt', 'Năm 2025');
    await waitFor(() => expect(seen.at(-1)?.get('roundId')).toBe('5'));
    await choose(user, 'Lĩnh vực', 'Kinh tế');
    await waitFor(() => expect(seen.at(-1)?.get('field')).toBe('KINH_TE'));
    await choose(user, 'Chủ thể', 'Cá nhân');
    await waitFor(() =>
      expect(Object.fromEntries(seen.at(-1) ?? [])).toEqual({
        roundId: '5',
        field: 'KINH_TE',
        ownerKind: 'INDIVIDUAL',
      }),
    );
    // the filters are in the address, to be shared or reloaded
    expect(router.state.location.search).toBe('?round=5&field=KINH_TE&owner=INDIVIDUAL');
  });

  it('shows the server’s refusal of a unit out of the reader’s scope', async () => {
    setViewport('desktop');
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      http.get('*/api/v1/mobilization-models/funnel', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/out-of-scope',
          title: 'Ngoài phạm vi',
          status: 403,
          detail: 'Đơn vị 1 ngoài phạm vi của đồng chí.',
        }),
      ),
    );
    renderRoute('/models/funnel');

    await waitFor(
      () => expect(screen.getByText('Đơn vị 1 ngoài phạm vi của đồng chí.')).toBeVisible(),
      SLOW,
    );
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Theo đơn vị')).not.toBeInTheDocument();
    // a reporter reaches the funnel by its address; the menu does not offer it
    expect(screen.getByRole('link', { name: /Mô hình Dân vận khéo/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Kết quả phong trào/ })).not.toBeInTheDocument();
  });

  it('exports the same figures as .xlsx with the same parameters, and says when it fails', async () => {
    setViewport('desktop');
    const seen: URLSearchParams[] = [];
    const exported: URL[] = [];
    let refuse = false;
    // the first download waits until the test has seen the button say so
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      ...createHandlers(leaderAnGiang),
      movementsApi,
      funnelApi(seen),
      http.get('*/api/v1/mobilization-models/funnel.xlsx', async ({ request }) => {
        exported.push(new URL(request.url));
        await gate;
        if (refuse) {
          return problemResponse({
            type: 'https://danvan.vn/problems/out-of-scope',
            title: 'Ngoài phạm vi',
            status: 403,
            detail: 'Đơn vị 1 ngoài phạm vi của đồng chí.',
          });
        }
        // a zip's first bytes ("PK"), as an .xlsx starts
        return new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="ket-qua-phong-trao-2026.xlsx"',
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
    const { user } = renderRoute('/models/funnel?field=KINH_TE&owner=COLLECTIVE');
    await screen.findByRole('figure', {}, SLOW);

    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    // while it downloads, the button says so and takes no second click
    const busy = await screen.findByRole('button', { name: /Đang tải tệp Excel…/ });
    expect(busy).toHaveClass('ant-btn-loading');
    release();
    await waitFor(() => expect(saved).toEqual(['ket-qua-phong-trao-2026.xlsx']));
    expect(exported).toHaveLength(1);
    expect(exported[0]?.pathname).toBe('/api/v1/mobilization-models/funnel.xlsx');
    const asked = { roundId: '6', field: 'KINH_TE', ownerKind: 'COLLECTIVE' };
    expect(Object.fromEntries(seen.at(-1) ?? [])).toEqual(asked);
    expect(Object.fromEntries(exported[0]?.searchParams ?? [])).toEqual(asked);
    expect(blobs[0]?.size).toBe(4);
    await waitFor(() => expect(screen.getByRole('button', { name: /Xuất Excel/ })).toBeEnabled());

    refuse = true;
    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    expect(
      await screen.findByText('Không xuất được tệp Excel: Đơn vị 1 ngoài phạm vi của đồng chí.'),
    ).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });
});
