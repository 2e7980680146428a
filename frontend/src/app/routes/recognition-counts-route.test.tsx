import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { culturalHamletTitle, modelAreaTitle } from '@/testing/criteria-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { leaderAnGiang } from '@/testing/funnel-fixtures';
import { problemResponse } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { provinceCounts, provinceFailures } from '@/testing/recognition-count-fixtures';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };
const THIS_YEAR = String(new Date().getFullYear());

const titlesApi = http.get('*/api/v1/recognition-titles', () =>
  HttpResponse.json([modelAreaTitle, culturalHamletTitle]),
);

/** The two count endpoints, recording each request's query. */
function countsApi(seen: URLSearchParams[]) {
  return [
    http.get('*/api/v1/recognition-counts', ({ request }) => {
      seen.push(new URL(request.url).searchParams);
      return HttpResponse.json(provinceCounts);
    }),
    http.get('*/api/v1/recognition-counts/criteria', () => HttpResponse.json(provinceFailures)),
  ];
}

/** The text of each cell, row by row, of the table named `name` (antd's measure rows left out). */
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
      (o) => o.getAttribute('title') === option,
    );
    if (!found) {
      throw new Error(`no option ${option}`);
    }
    return found;
  });
  await user.click(item);
}

describe('the recognition counts (/recognition/counts)', () => {
  it('shows the year’s counts as a chart with its table, by unit, and the criteria that hold areas back', async () => {
    setViewport('desktop');
    const seen: URLSearchParams[] = [];
    server.use(...createHandlers(leaderAnGiang), titlesApi, ...countsApi(seen));
    const { user } = renderRoute('/recognition/counts');

    expect(
      await screen.findByRole(
        'figure',
        { name: 'Tỉnh An Giang · năm 2026 · theo danh hiệu' },
        SLOW,
      ),
    ).toBeVisible();
    // this year, every title, the reader's own unit
    expect(Object.fromEntries(seen[0] ?? [])).toEqual({ year: THIS_YEAR });
    expect(screen.getByRole('link', { name: /Kết quả công nhận KDC/ })).toBeInTheDocument();

    // the chart's figures, readable as a table beside it
    expect(cellsOf('Số liệu của biểu đồ')).toEqual([
      ['Khu dân cư kiểu mẫu', '30', '22', '2', '1'],
      ['Thôn, tổ dân phố văn hóa', '12', '9', '1', '0'],
    ]);
    // by unit: registered, refused, recognized, in force, lapsed, revoked, lost; the total last
    const units = () => cellsOf('Số liệu theo đơn vị').map((cells) => cells.slice(1));
    expect(units()).toEqual([
      ['Xã Giồng Riềng', '14', '1', '10', '9', '1', '0', '0'],
      ['Phường Rạch Giá', '28', '2', '21', '17', '2', '1', '1'],
      ['Xã Định Mỹ', '0', '0', '0', '0', '0', '0', '0'],
      ['Tổng cộng', '42', '3', '31', '26', '3', '1', '1'],
    ]);
    await user.click(
      within(screen.getByLabelText('Số liệu theo đơn vị')).getByRole('columnheader', {
        name: 'Đơn vị',
      }),
    );
    expect(units().map((cells) => cells[0])).toEqual([
      'Phường Rạch Giá',
      'Xã Định Mỹ',
      'Xã Giồng Riềng',
      'Tổng cộng',
    ]);

    // the chart by unit: the units with cases
    await user.click(screen.getByText('Theo đơn vị', { selector: '.ant-segmented-item-label' }));
    expect(
      await screen.findByRole('figure', { name: 'Tỉnh An Giang · năm 2026 · theo đơn vị' }),
    ).toBeVisible();
    expect(cellsOf('Số liệu của biểu đồ')).toEqual([
      ['Phường Rạch Giá', '28', '21', '2', '1'],
      ['Xã Giồng Riềng', '14', '10', '1', '0'],
    ]);

    // the criteria, worst first, as a chart (assessed ones) and a table (all of them)
    expect(
      await screen.findByRole('figure', { name: 'Tỉnh An Giang · năm 2026 · tỷ lệ không đạt' }),
    ).toBeVisible();
    expect(cellsOf('Tỷ lệ không đạt theo tiêu chí')).toEqual([
      [
        '1. Thu nhập bình quân đầu người Then chốtKinh tế phát triển · Khu dân cư kiểu mẫu, phiên bản 1',
        '40',
        '18',
        '45%',
      ],
      [
        '2. Có nhà văn hóa, khu thể thao Văn hóa – xã hội · Khu dân cư kiểu mẫu, phiên bản 1',
        '40',
        '5',
        '12,5%',
      ],
      ['5. Không có tệ nạn xã hội Thôn, tổ dân phố văn hóa, phiên bản 2', '0', '0', '–'],
    ]);
  });

  it('asks again for the year, title and unit chosen, and keeps them in the address', async () => {
    setViewport('phone');
    const seen: URLSearchParams[] = [];
    server.use(...createHandlers(leaderAnGiang), titlesApi, ...countsApi(seen));
    const { user, router } = renderRoute('/recognition/counts');
    await screen.findAllByRole('figure', {}, SLOW);

    await choose(user, 'Năm', String(Number(THIS_YEAR) - 1));
    await waitFor(() => expect(seen.at(-1)?.get('year')).toBe(String(Number(THIS_YEAR) - 1)));
    await choose(user, 'Danh hiệu', 'Thôn, tổ dân phố văn hóa');
    await waitFor(() => expect(seen.at(-1)?.get('titleId')).toBe('4'));
    // a unit's name opens its own counts
    await user.click(screen.getByRole('button', { name: 'Phường Rạch Giá' }));
    await waitFor(() =>
      expect(Object.fromEntries(seen.at(-1) ?? [])).toEqual({
        year: String(Number(THIS_YEAR) - 1),
        titleId: '4',
        unitId: '100',
      }),
    );
    expect(router.state.location.search).toBe(`?year=${Number(THIS_YEAR) - 1}&title=4&unit=100`);
    await user.click(screen.getByRole('button', { name: 'Về đơn vị của tôi' }));
    await waitFor(() => expect(seen.at(-1)?.get('unitId')).toBeNull());
  });

  it('shows the server’s refusal of a unit out of the reader’s scope', async () => {
    setViewport('desktop');
    const refusal = () =>
      problemResponse({
        type: 'https://danvan.vn/problems/out-of-scope',
        title: 'Ngoài phạm vi',
        status: 403,
        detail: 'Đơn vị 1 ngoài phạm vi của đồng chí.',
      });
    server.use(
      ...createHandlers(reporterRachGia),
      titlesApi,
      http.get('*/api/v1/recognition-counts', refusal),
      http.get('*/api/v1/recognition-counts/criteria', refusal),
    );
    renderRoute('/recognition/counts?unit=1');
    expect(
      (await screen.findAllByText('Đơn vị 1 ngoài phạm vi của đồng chí.', {}, SLOW))[0],
    ).toBeVisible();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    // a reporter reaches the counts by their address; the menu does not offer them
    expect(screen.queryByRole('link', { name: /Kết quả công nhận KDC/ })).not.toBeInTheDocument();
  });

  it('exports the same figures as .xlsx, saying so while it downloads, and says when it fails', async () => {
    setViewport('desktop');
    const seen: URLSearchParams[] = [];
    const exported: URL[] = [];
    let refuse = false;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      ...createHandlers(leaderAnGiang),
      titlesApi,
      ...countsApi(seen),
      http.get('*/api/v1/recognition-counts.xlsx', async ({ request }) => {
        exported.push(new URL(request.url));
        await gate;
        if (refuse) {
          return problemResponse({
            type: 'https://danvan.vn/problems/not-found',
            title: 'Không tìm thấy',
            status: 404,
            detail: 'Không có danh hiệu 9.',
          });
        }
        return new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="cong-nhan-khu-dan-cu-2025.xlsx"',
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
    const { user } = renderRoute('/recognition/counts?year=2025&title=3');
    await screen.findAllByRole('figure', {}, SLOW);

    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    const busy = await screen.findByRole('button', { name: /Đang tải tệp Excel…/ });
    expect(busy).toHaveClass('ant-btn-loading');
    release();
    await waitFor(() => expect(saved).toEqual(['cong-nhan-khu-dan-cu-2025.xlsx']));
    expect(Object.fromEntries(exported[0]?.searchParams ?? [])).toEqual({
      year: '2025',
      titleId: '3',
    });
    expect(Object.fromEntries(seen.at(-1) ?? [])).toEqual({ year: '2025', titleId: '3' });

    refuse = true;
    await waitFor(() => expect(screen.getByRole('button', { name: /Xuất Excel/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    expect(
      await screen.findByText('Không xuất được tệp Excel: Không có danh hiệu 9.'),
    ).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });
});
