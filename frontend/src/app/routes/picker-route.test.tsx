import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { people } from '@/testing/assignment-fixtures';
import { adminAnGiang } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

type Organization = Schema<'Organization'>;

const org = (id: number, code: string, name: string, unitId = 1): Organization => ({
  id,
  code,
  name,
  kind: 'PEOPLES_COMMITTEE',
  unitId,
  current: true,
  version: 0,
});

const ubndAnGiang = org(15, '91-UBND', 'Ủy ban nhân dân tỉnh An Giang');
const banDanVan = org(11, '91-BTGDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang');
const mttq = org(12, '91-MTTQ', 'Ủy ban MTTQ Việt Nam tỉnh An Giang');
const ubndCaMau = org(96, '96-UBND', 'Ủy ban nhân dân tỉnh Cà Mau', 9);

const task: Schema<'Task'> = {
  id: 41,
  directiveId: 7,
  ordinal: 1,
  title: 'Quán triệt Kết luận số 43-KL/TW',
  leadOrganization: banDanVan,
  coordinatingOrganizations: [],
  dueKind: 'DATE',
  dueDate: '2026-11-20',
  createdBy: 'editor.angiang',
  createdByPerson: people.editorAnGiang,
  createdAt: '2026-10-01T02:00:00Z',
  version: 0,
};

/**
 * The task page's API, with GET /api/v1/organizations ranked as the server ranks it (an exact
 * code first, then the rest), not in alphabetical order, and only An Giang's for the task.
 */
function taskPageApi(searches: URLSearchParams[]) {
  return [
    http.get('*/api/v1/tasks/41', () => HttpResponse.json(task)),
    http.get('*/api/v1/tasks/41/assignments', () => HttpResponse.json([])),
    http.get('*/api/v1/organizations', ({ request }) => {
      const params = new URL(request.url).searchParams;
      searches.push(params);
      const items =
        params.get('q') === '91-UBND'
          ? [ubndAnGiang, mttq, banDanVan]
          : [mttq, ubndAnGiang, banDanVan];
      return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
    }),
  ];
}

/** The options the open picker lists, top to bottom. */
function shownOptions(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option')].map(
    (o) => o.getAttribute('title') ?? '',
  );
}

describe('scope-aware organization picker (task page)', () => {
  it('asks only for what the task can be given to, and keeps the server’s order', async () => {
    setViewport('desktop');
    const searches: URLSearchParams[] = [];
    server.use(...taskPageApi(searches), ...createHandlers(adminAnGiang));
    const { user } = renderRoute('/tasks/41');

    const form = await screen.findByTestId('assign-task');
    await user.click(await within(form).findByRole('combobox', { name: 'Đơn vị được giao' }));
    await user.paste('91-UBND');
    await waitFor(() => expect(searches.at(-1)?.get('q')).toBe('91-UBND'));
    expect(searches.at(-1)?.get('forTaskId')).toBe('41');
    await waitFor(() =>
      expect(shownOptions()).toEqual([
        'Ủy ban nhân dân tỉnh An Giang (91-UBND)',
        'Ủy ban MTTQ Việt Nam tỉnh An Giang (91-MTTQ)',
        'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang (91-BTGDV)',
      ]),
    );
  });

  it('puts the user’s recent picks for this task on top, never a recent pick from elsewhere', async () => {
    setViewport('desktop');
    window.localStorage.setItem(
      'danvan.recent-organizations.test-subject-1',
      JSON.stringify({
        'task:41': [{ id: banDanVan.id, code: banDanVan.code, name: banDanVan.name }],
        '': [{ id: ubndCaMau.id, code: ubndCaMau.code, name: ubndCaMau.name }],
      }),
    );
    const searches: URLSearchParams[] = [];
    server.use(...taskPageApi(searches), ...createHandlers(adminAnGiang));
    const { user } = renderRoute('/tasks/41');

    const form = await screen.findByTestId('assign-task');
    await user.click(await within(form).findByRole('combobox', { name: 'Đơn vị được giao' }));
    await waitFor(() =>
      expect(shownOptions()).toEqual([
        'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang (91-BTGDV)',
        'Ủy ban MTTQ Việt Nam tỉnh An Giang (91-MTTQ)',
        'Ủy ban nhân dân tỉnh An Giang (91-UBND)',
      ]),
    );
    expect(screen.getAllByText('Dùng gần đây').length).toBeGreaterThan(0);
    expect(screen.queryByText(/Cà Mau/)).not.toBeInTheDocument();

    // a pick is remembered first, for this user and this task
    await user.click(screen.getByTitle('Ủy ban nhân dân tỉnh An Giang (91-UBND)'));
    const kept = JSON.parse(
      window.localStorage.getItem('danvan.recent-organizations.test-subject-1') ?? '{}',
    ) as Record<string, { id: number }[]>;
    expect(kept['task:41']?.map((o) => o.id)).toEqual([15, 11]);
  });

  it('names the task’s creator with their organization, the login only as a tooltip', async () => {
    setViewport('desktop');
    server.use(...taskPageApi([]), ...createHandlers(adminAnGiang));
    const { user } = renderRoute('/tasks/41');

    const name = await screen.findByText(
      'Lê Minh Châu · Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang',
    );
    expect(screen.queryByText(/editor\.angiang/)).not.toBeInTheDocument();
    await user.hover(name);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('editor.angiang');
  });
});
