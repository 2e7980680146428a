import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/features/current-user/api/current-user';
import { unitProvince, unitsById } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { frontRachGia, survey } from '@/testing/survey-fixtures';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };
const PICKER = 'Xã, phường, đặc khu được khảo sát';

/** The province's Front: designs surveys for any commune of An Giang. */
const frontAnGiang: CurrentUser = {
  username: 'mttq.angiang',
  fullName: 'Phạm Văn Tỉnh',
  roles: ['editor'],
  organization: { id: 12, code: '91-MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh An Giang' },
  unit: unitProvince,
};

const titles = http.get('*/api/v1/recognition-titles', () =>
  HttpResponse.json([
    {
      id: 7,
      code: 'XA-NTM',
      name: 'Xã đạt chuẩn nông thôn mới',
      subjectKind: 'COMMUNE',
      issuer: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận' },
      decidingLevel: 'PROVINCE',
      demo: false,
      canChange: false,
      version: 0,
    },
  ]),
);

/** An antd option by its label, once the dropdown shows it. */
async function option(label: string) {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(`.ant-select-item-option[title="${label}"]`);
    if (!found) throw new Error(`no option ${label}`);
    return found;
  }, SLOW);
}

/** Every search the picker made: the query string of each GET /api/v1/units. */
function unitSearches() {
  const searches: URLSearchParams[] = [];
  const handler = http.get('*/api/v1/units', ({ request }) => {
    const params = new URL(request.url).searchParams;
    searches.push(params);
    const q = (params.get('q') ?? '').toLowerCase();
    // the server answers for the caller's scope and ranks an exact code first
    const communes = [...unitsById.values()].filter(
      (u) =>
        u.level === 'COMMUNE' &&
        u.current &&
        (!q || u.code === q || u.name.toLowerCase().includes(q)),
    );
    return HttpResponse.json({ items: communes, page: 0, size: 20, total: communes.length });
  });
  return { searches, handler };
}

describe('the survey designer’s commune (/surveys/new)', () => {
  it('lets a province editor pick the commune from the scope-ranked picker; the POST carries its id and only its plan', async () => {
    setViewport('phone');
    const { searches, handler } = unitSearches();
    const created: unknown[] = [];
    server.use(
      handler,
      ...createHandlers(frontAnGiang),
      titles,
      http.post('*/api/v1/satisfaction-surveys', async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json(survey('DRAFT', { id: 62 }), { status: 201 });
      }),
      http.get('*/api/v1/satisfaction-surveys/62', () =>
        HttpResponse.json(survey('DRAFT', { id: 62 })),
      ),
    );
    const { user, router } = renderRoute('/surveys/new');
    await user.type(await screen.findByLabelText('Tên khảo sát', {}, SLOW), 'Khảo sát xã NTM 2026');
    await user.click(screen.getByRole('combobox', { name: 'Danh hiệu được khảo sát' }));
    await user.click(await option('Xã đạt chuẩn nông thôn mới'));
    await waitFor(() =>
      expect(screen.getByText('Chọn xã, phường trước để lập kế hoạch mẫu.')).toBeVisible(),
    );

    // nothing is sent without a commune
    await user.click(screen.getByRole('button', { name: 'Tạo khảo sát' }));
    expect(await screen.findByText('Bắt buộc')).toBeInTheDocument();
    expect(created).toEqual([]);

    // first Rạch Giá, with a household count for one of its areas…
    const picker = screen.getByRole('combobox', { name: PICKER });
    await user.click(picker);
    await user.click(await option('Phường Rạch Giá (30742)'));
    await user.type(await screen.findByLabelText('Số hộ cần hỏi ở Khu phố 1', {}, SLOW), '40');

    // …then the commune meant, found by its code: the plan starts again with its areas
    await user.click(picker);
    await user.type(picker, '30346');
    // the typed code is searched once typing stops (the unfiltered list may show the commune too)
    await waitFor(() => expect(searches.map((params) => params.get('q'))).toContain('30346'), SLOW);
    await user.click(await option('Xã Mỹ Hòa Hưng (30346)'));
    await waitFor(
      () => expect(screen.getByLabelText('Số hộ cần hỏi ở Ấp Mỹ Hòa')).toBeVisible(),
      SLOW,
    );
    expect(screen.queryByLabelText('Số hộ cần hỏi ở Khu phố 1')).toBeNull();
    await user.type(screen.getByLabelText('Số hộ cần hỏi ở Ấp Mỹ Hòa'), '25');

    await user.click(screen.getByRole('button', { name: 'Tạo khảo sát' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/surveys/62/design'), SLOW);
    expect(created).toEqual([
      {
        titleId: 7,
        unitId: 103,
        name: 'Khảo sát xã NTM 2026',
        year: new Date().getFullYear(),
        plan: [{ residentialAreaId: 32, households: 25 }],
      },
    ]);
    // the picker asks for communes in force only, and the typed code reached the server
    expect(searches.length).toBeGreaterThan(0);
    for (const params of searches) {
      expect(params.get('level')).toBe('COMMUNE');
      expect(params.get('includeEnded')).toBe('false');
    }
    expect(searches.map((params) => params.get('q'))).toContain('30346');
  });

  it('keeps a commune editor’s own commune: no picker is offered', async () => {
    setViewport('phone');
    const { searches, handler } = unitSearches();
    server.use(handler, ...createHandlers(frontRachGia), titles);
    renderRoute('/surveys/new');
    await waitFor(
      () => expect(screen.getByText('Xã, phường: Phường Rạch Giá')).toBeVisible(),
      SLOW,
    );
    await waitFor(() => expect(screen.getByLabelText('Số hộ cần hỏi ở Khu phố 1')).toBeVisible());
    expect(screen.queryByRole('combobox', { name: PICKER })).toBeNull();
    expect(screen.queryByText('Chọn xã, phường trước để lập kế hoạch mẫu.')).toBeNull();
    expect(searches).toEqual([]);
  });
});
