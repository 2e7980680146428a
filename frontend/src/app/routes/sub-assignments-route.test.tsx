import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { overdueAssignment } from '@/testing/assignment-fixtures';
import { dangUyRachGia } from '@/testing/directive-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers, problem } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

type Assignment = Schema<'Assignment'>;
type AssignmentTargets = Schema<'AssignmentTargets'>;

/** The ward's assignment, already given to one ward association that has got 35 % of the way. */
const broken: Assignment = {
  ...overdueAssignment,
  rollup: { subAssignments: 1, done: 0, progress: 35 },
};
const womensUnion: Assignment = {
  ...overdueAssignment,
  id: 601,
  parentId: 501,
  organization: { id: 34, code: '30742-PN', name: 'Hội Liên hiệp Phụ nữ phường Rạch Giá' },
  progress: 35,
  bucket: 'OPEN_IN_TIME',
  explanationRequested: false,
  version: 0,
};

function workApi(subs: Assignment[], posted: AssignmentTargets[], respond?: () => Response) {
  return [
    ...createHandlers(reporterRachGia),
    http.get('*/api/v1/assignments', () =>
      HttpResponse.json({ items: [broken], page: 0, size: 20, total: 1 }),
    ),
    http.get('*/api/v1/assignments/501/sub-assignments', () => HttpResponse.json(subs)),
    http.post('*/api/v1/assignments/501/sub-assignments', async ({ request }) => {
      posted.push((await request.json()) as AssignmentTargets);
      if (respond) {
        return respond();
      }
      const created = { ...womensUnion, id: 602, organization: dangUyRachGia, progress: 0 };
      subs.push(created);
      return HttpResponse.json([created], { status: 201 });
    }),
  ];
}

describe('sub-assignments (/work, phone)', () => {
  afterEach(() => server.events.removeAllListeners());

  it('shows how far the lower units have got, and gives the work to an organization picked in the ward', async () => {
    const posted: AssignmentTargets[] = [];
    const organizationSearches: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/organizations') {
        organizationSearches.push(url.searchParams);
      }
    });
    server.use(...workApi([womensUnion], posted));
    const { user } = renderRoute('/work');

    const card = (await screen.findAllByTestId('assignment-card'))[0] as HTMLElement;
    expect(within(card).getByText('Cấp dưới đã xong 0/1, tiến độ chung 35%')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Giao cấp dưới' }));

    const drawer = await screen.findByRole('dialog');
    const assigned = await within(drawer).findByRole('region', {
      name: 'Đơn vị cấp dưới đã giao (1)',
    });
    const sub = within(assigned).getByRole('listitem', {
      name: 'Hội Liên hiệp Phụ nữ phường Rạch Giá',
    });
    expect(within(sub).getByText('Đang thực hiện trong hạn')).toBeInTheDocument();
    expect(within(sub).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(
      within(drawer).getByText('Thuộc Phường Rạch Giá và các đơn vị trực thuộc'),
    ).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Giao nhiệm vụ' }));
    expect(await within(drawer).findByText('Chọn ít nhất một đơn vị')).toBeInTheDocument();
    expect(posted).toHaveLength(0);

    await user.click(within(drawer).getByRole('combobox', { name: 'Đơn vị được giao' }));
    await user.paste('dang uy');
    await user.click(await screen.findByTitle('Đảng ủy phường Rạch Giá (30742-DU)'));
    // only the ward's organizations (and those below it) are offered
    expect(organizationSearches.at(-1)?.get('unitId')).toBe('100');
    await user.click(within(drawer).getByRole('button', { name: 'Giao nhiệm vụ' }));

    // a confirmation says what will happen before anything is written
    const confirmation = await screen.findByTestId('assign-preview');
    expect(confirmation).toHaveTextContent('Giao cho 1 tổ chức: Đảng ủy phường Rạch Giá');
    expect(posted).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Giao cho 1 tổ chức' }));

    expect(await screen.findByText('Đã giao cho 1 đơn vị')).toBeInTheDocument();
    expect(posted).toEqual([{ organizationIds: [33] }]);
    expect(
      await within(drawer).findByRole('region', { name: 'Đơn vị cấp dưới đã giao (2)' }),
    ).toBeInTheDocument();

    // closed, the drawer takes nothing else with it: the message stays on the work list
    await user.click(within(drawer).getAllByRole('button', { name: 'Đóng' })[0] as HTMLElement);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Đơn vị cấp dưới đã giao (2)' })).toBeNull(),
    );
    expect(screen.getByText('Đã giao cho 1 đơn vị')).toBeInTheDocument();
  });

  it('gives the work to every organization of a kind in the ward, and shows why the server refuses', async () => {
    const posted: AssignmentTargets[] = [];
    const described: URLSearchParams[] = [];
    server.use(
      // what the kind and level describe in the ward, for the confirmation
      http.get('*/api/v1/organizations', ({ request }) => {
        described.push(new URL(request.url).searchParams);
        return HttpResponse.json({
          items: [
            {
              ...womensUnion.organization,
              kind: 'WOMENS_UNION',
              unitId: 100,
              current: true,
              version: 0,
            },
          ],
          page: 0,
          size: 100,
          total: 1,
        });
      }),
      ...workApi([], posted, () =>
        problem(409, 'Xung đột (conflict)', 'Các tổ chức này đều đã được giao nhiệm vụ.'),
      ),
    );
    const { user } = renderRoute('/work');
    const card = (await screen.findAllByTestId('assignment-card'))[0] as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Giao cấp dưới' }));
    const drawer = await screen.findByRole('dialog');
    expect(
      await within(drawer).findByText('Chưa giao cho đơn vị cấp dưới nào.'),
    ).toBeInTheDocument();

    await user.click(
      within(drawer).getByText('Theo loại tổ chức', { selector: '.ant-segmented-item-label' }),
    );
    await user.click(within(drawer).getByRole('combobox', { name: 'Loại tổ chức' }));
    await user.click(await screen.findByTitle('Hội Liên hiệp Phụ nữ'));
    await user.click(within(drawer).getByRole('button', { name: 'Giao nhiệm vụ' }));

    expect(await screen.findByTestId('assign-preview')).toHaveTextContent(
      'Giao cho 1 tổ chức: Hội Liên hiệp Phụ nữ phường Rạch Giá',
    );
    expect(described.at(-1)?.get('kind')).toBe('WOMENS_UNION');
    expect(described.at(-1)?.get('level')).toBe('COMMUNE');
    expect(described.at(-1)?.get('unitId')).toBe('100');
    await user.click(screen.getByRole('button', { name: 'Giao cho 1 tổ chức' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ kind: 'WOMENS_UNION', level: 'COMMUNE', underUnitId: 100 });
    expect(
      await within(drawer).findByText('Các tổ chức này đều đã được giao nhiệm vụ.'),
    ).toBeInTheDocument();
  });

  it('lets a leader read an organization’s breakdown from the task page, without assigning', async () => {
    server.use(
      http.get('*/api/v1/tasks/41/assignments', () => HttpResponse.json([broken])),
      http.get('*/api/v1/assignments/501/sub-assignments', () => HttpResponse.json([womensUnion])),
    );
    const { user } = renderRoute('/tasks/41');

    const card = await screen.findByTestId('task-assignment');
    expect(within(card).getByText('Cấp dưới đã xong 0/1, tiến độ chung 35%')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Giao cấp dưới' }));

    const drawer = await screen.findByRole('dialog');
    expect(
      await within(drawer).findByRole('listitem', { name: 'Hội Liên hiệp Phụ nữ phường Rạch Giá' }),
    ).toBeInTheDocument();
    // the province's admin is not the assigned organization: nothing to assign from here
    expect(within(drawer).queryByRole('button', { name: 'Giao nhiệm vụ' })).toBeNull();
  });
});
