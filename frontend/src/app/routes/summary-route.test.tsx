import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { overdueAssignment } from '@/testing/assignment-fixtures';
import { dangUyRachGia } from '@/testing/directive-fixtures';
import { unitProvince } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

const leaderAnGiang: Schema<'CurrentUser'> = {
  username: 'leader.angiang',
  fullName: 'Lê Văn Lãnh',
  roles: ['leader'],
  organization: { id: 10, code: '91-BTV', name: 'Ban Thường vụ Tỉnh ủy An Giang' },
  unit: unitProvince,
};

type Counts = Schema<'BucketCounts'>;
const counts = (overdue: number, inTime: number, late: number, onTime: number): Counts => ({
  openOverdue: overdue,
  openInTime: inTime,
  doneLate: late,
  doneOnTime: onTime,
  dueSoon: 0,
  total: overdue + inTime + late + onTime,
});

// In alphabetical order, which is not the order of their problems.
const anBinh = { id: 41, code: '30001-DU', name: 'Đảng ủy phường An Bình' };
const tanHiep = { id: 42, code: '30002-DU', name: 'Đảng ủy xã Tân Hiệp' };
const vinhHoa = { id: 43, code: '30003-DU', name: 'Đảng ủy xã Vĩnh Hòa' };
const summary: Schema<'AssignmentSummary'> = {
  asOf: '2026-11-25',
  rows: [
    { organization: anBinh, counts: counts(0, 0, 0, 7) },
    { organization: dangUyRachGia, counts: counts(1, 2, 1, 3) },
    { organization: tanHiep, counts: counts(0, 0, 2, 5) },
    { organization: vinhHoa, counts: counts(3, 2, 0, 2) },
  ],
  totals: counts(4, 4, 3, 17),
};
// the largest problems first: 3 of 7 overdue, 1 of 7 overdue, 2 of 7 late, none
const byProblems = [vinhHoa.name, dangUyRachGia.name, tanHiep.name, anBinh.name];

function summaryApi() {
  return http.get('*/api/v1/assignments/summary', () => HttpResponse.json(summary));
}

function tableRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.querySelector('a'));
}

const namesOf = (rows: HTMLElement[]) =>
  rows.map((row) => row.querySelector('a')?.textContent ?? '');

describe('the summary (/summary): chart and table, largest problems first', () => {
  it('draws each organization as a full-width 100 % bar, largest problems first, not by name', async () => {
    setViewport('desktop');
    server.use(...createHandlers(leaderAnGiang), summaryApi());
    renderRoute('/summary');

    // the chart (and recharts with it) loads after the page
    const chart = await screen.findByRole(
      'figure',
      { name: 'Tình hình thực hiện đến ngày 25/11/2026' },
      { timeout: 8000 },
    );
    await waitFor(() =>
      expect(within(chart).getAllByTestId('summary-chart-label').length).toBeGreaterThan(1),
    );
    const labels = within(chart)
      .getAllByTestId('summary-chart-label')
      .map((label) => label.querySelector('title')?.textContent);
    expect(labels).toEqual(['Toàn đơn vị', ...byProblems]);

    // every organization's segments together fill the same width: shares, not counts
    const widthOf = (id: number) =>
      [...chart.querySelectorAll(`rect[data-organization-id="${id}"]`)].reduce(
        (sum, rect) => sum + Number(rect.getAttribute('width')),
        0,
      );
    expect(widthOf(vinhHoa.id)).toBeGreaterThan(100);
    expect(widthOf(vinhHoa.id)).toBeCloseTo(widthOf(anBinh.id), 0);
    const overdue = chart.querySelector(
      `rect[data-organization-id="${vinhHoa.id}"][data-bucket="OPEN_OVERDUE"]`,
    );
    expect(overdue?.querySelector('title')?.textContent).toBe(
      'Đảng ủy xã Vĩnh Hòa – Quá hạn: 3 (43%)',
    );
    // the legend is a list beside the chart, one item per bucket
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      expect.arrayContaining([
        'Quá hạn',
        'Đang thực hiện trong hạn',
        'Hoàn thành trễ hạn',
        'Hoàn thành đúng hạn',
      ]),
    );

    // the table: the same order, counts with their share
    expect(namesOf(tableRows())).toEqual(byProblems);
    const first = tableRows()[0] as HTMLElement;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Đảng ủy xã Vĩnh Hòa', '3 (43%)', '2 (29%)', '0 (0%)', '2 (29%)', '0', '7']);
    expect(screen.getByText('Toàn đơn vị', { selector: 'strong' })).toBeInTheDocument();
  });

  it('puts names above the bars on a phone, where the bar keeps the whole width', async () => {
    server.use(...createHandlers(leaderAnGiang), summaryApi());
    renderRoute('/summary');

    const chart = await screen.findByRole('figure', {}, { timeout: 8000 });
    await waitFor(() =>
      expect(within(chart).getAllByTestId('summary-chart-label').length).toBeGreaterThan(1),
    );
    const label = within(chart).getAllByTestId('summary-chart-label')[1] as Element;
    expect(label.getAttribute('text-anchor')).toBe('start');
    expect(label.textContent).toContain('Đảng ủy xã Vĩnh Hòa · 7');
  });

  it('sorts the table by a column, and links each organization to its assignments', async () => {
    setViewport('desktop');
    const listed: URL[] = [];
    server.use(
      ...createHandlers(leaderAnGiang),
      summaryApi(),
      http.get('*/api/v1/assignments', ({ request }) => {
        const url = new URL(request.url);
        listed.push(url);
        return HttpResponse.json({ items: [overdueAssignment], page: 0, size: 20, total: 1 });
      }),
    );
    const { user, router } = renderRoute('/summary');
    await screen.findByRole('figure', {}, { timeout: 8000 });
    await waitFor(() => expect(namesOf(tableRows())).toEqual(byProblems));

    await user.click(screen.getByRole('columnheader', { name: 'Đơn vị' }));
    expect(namesOf(tableRows())).toEqual([
      anBinh.name,
      dangUyRachGia.name,
      tanHiep.name,
      vinhHoa.name,
    ]);
    // done on time: the largest share first
    await user.click(screen.getByRole('columnheader', { name: 'Hoàn thành đúng hạn' }));
    expect(namesOf(tableRows())).toEqual([
      anBinh.name,
      tanHiep.name,
      dangUyRachGia.name,
      vinhHoa.name,
    ]);

    const link = screen.getByRole('link', { name: dangUyRachGia.name });
    expect(link).toHaveAttribute('href', `/work?organization=${dangUyRachGia.id}`);
    await user.click(link);
    expect(router.state.location.search).toBe(`?organization=${dangUyRachGia.id}`);
    // that organization's work, read only: the leader does not report for it
    expect(
      await screen.findByRole('heading', { name: 'Việc của đơn vị' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(dangUyRachGia.name).length).toBeGreaterThan(0);
    // (the table loads with antd; its rows are drawn again when the list stops loading)
    await waitFor(
      () => expect(screen.getByText('1. Quán triệt Kết luận số 43-KL/TW')).toBeInTheDocument(),
      { timeout: 8000 },
    );
    expect(listed.some((url) => url.searchParams.get('organizationId') === '33')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Cập nhật' })).toBeNull();
  });
});

describe('the home page by role (/)', () => {
  it('takes a leader to the summary', async () => {
    server.use(...createHandlers(leaderAnGiang), summaryApi());
    const { router } = renderRoute('/');

    await waitFor(() => expect(router.state.location.pathname).toBe('/summary'));
    expect(
      await screen.findByRole('heading', { name: 'Tổng hợp thực hiện nhiệm vụ' }),
    ).toBeVisible();
  });
});
