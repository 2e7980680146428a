import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import {
  banDanVanKienGiang,
  dangUyRachGia,
  draftOf70,
  letter70,
} from '@/testing/directive-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

type Problem = Schema<'Problem'>;
type Task = Schema<'Task'>;
type TaskBatch = Schema<'TaskBatch'>;

function problemJson(body: Problem) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function taskRow(ordinal: number): HTMLElement {
  return screen.getByRole('listitem', { name: `Tạo nhiệm vụ ${ordinal}` });
}

describe("a directive's tasks (/directives/:id)", () => {
  it('lists the tasks, each linking to its page, and offers nothing to create to a reporter', async () => {
    server.use(...createHandlers(reporterRachGia));
    renderRoute('/directives/7');

    const list = await screen.findByRole('list', { name: 'Nhiệm vụ (1)' });
    const task = within(list).getByRole('listitem');
    expect(
      within(task).getByRole('link', {
        name: '1. Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW',
      }),
    ).toHaveAttribute('href', '/tasks/41');
    expect(
      within(task).getByText('Chủ trì: Đảng ủy phường Rạch Giá · thường xuyên, báo cáo hằng năm'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Đọc nhiệm vụ từ toàn văn/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Thêm nhiệm vụ/ })).toBeNull();
  });

  it('offers the proposed tasks right after the directive is registered from its text', async () => {
    server.use(
      http.post('*/api/v1/directives/parse', () => HttpResponse.json(draftOf70)),
      http.post('*/api/v1/directives', () =>
        HttpResponse.json({ ...letter70, id: 99, version: 0 }, { status: 201 }),
      ),
      http.post('*/api/v1/directives/99/relations', () =>
        HttpResponse.json(
          { id: 1, depth: 1, kind: 'CITES', sourceId: 99, linked: false },
          { status: 201 },
        ),
      ),
      http.get('*/api/v1/directives/99', () => HttpResponse.json({ ...letter70, id: 99 })),
    );
    const { user, router } = renderRoute('/directives/new');
    await user.click(await screen.findByRole('textbox', { name: 'Dán văn bản' }));
    await user.paste('Số 70 -CV/TU');
    await user.click(screen.getByRole('button', { name: /Đọc văn bản/ }));
    await screen.findByText(/Đã điền biểu mẫu từ văn bản/);
    await user.click(screen.getByRole('button', { name: 'Lưu văn bản' }));

    // the directive's page offers the two proposed tasks, with what the text says
    await waitFor(() => expect(router.state.location.pathname).toBe('/directives/99'));
    const batch = await screen.findByRole('region', { name: 'Tạo nhiệm vụ của văn bản' });
    expect(within(batch).getAllByTestId('task-row')).toHaveLength(2);
    const first = taskRow(1);
    expect(within(first).getByRole('checkbox', { name: 'Tạo nhiệm vụ 1' })).toBeChecked();
    expect(within(first).getByLabelText('Tên nhiệm vụ')).toHaveValue(
      'Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW',
    );
    // the lead the text names ("chủ trì"), matched to its organization
    expect(
      within(taskRow(2)).getByText('Ban Dân vận Tỉnh ủy Kiên Giang (KG-BDV)'),
    ).toBeInTheDocument();

    // put off: the form goes, and a reload of the page does not offer them again
    await user.click(within(batch).getByRole('button', { name: 'Để sau' }));
    expect(screen.queryByRole('region', { name: 'Tạo nhiệm vụ của văn bản' })).toBeNull();
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(router.state.location.pathname).toBe('/directives/99');
  });

  it('creates the tasks in one step, each with the lead and deadline chosen', async () => {
    let sent: TaskBatch | undefined;
    const created: Task[] = [];
    server.use(
      http.post('*/api/v1/directives/parse', () => HttpResponse.json(draftOf70)),
      http.get('*/api/v1/directives/99', () => HttpResponse.json({ ...letter70, id: 99 })),
      http.get('*/api/v1/directives/99/tasks', () => HttpResponse.json(created)),
      http.post('*/api/v1/directives/99/tasks', async ({ request }) => {
        sent = (await request.json()) as TaskBatch;
        created.push(
          ...sent.tasks.map((task, index) => ({
            ...task,
            id: 200 + index,
            directiveId: 99,
            leadOrganization:
              task.leadOrganizationId === dangUyRachGia.id ? dangUyRachGia : banDanVanKienGiang,
            coordinatingOrganizations: [],
            createdBy: 'editor.kiengiang',
            createdAt: '2026-11-25T02:00:00Z',
            version: 0,
          })),
        );
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const { user } = renderRoute('/directives/99');
    await user.click(await screen.findByRole('button', { name: /Đọc nhiệm vụ từ toàn văn/ }));
    const batch = await screen.findByRole('region', { name: 'Tạo nhiệm vụ của văn bản' });
    const first = taskRow(1);

    // no lead in the text: the officer must choose one
    await user.click(within(batch).getByRole('button', { name: 'Tạo 2 nhiệm vụ' }));
    expect(await within(first).findByText('Chọn đơn vị chủ trì')).toBeInTheDocument();
    expect(sent).toBeUndefined();
    const searches: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/organizations') {
        searches.push(url.searchParams);
      }
    });
    await user.click(within(first).getByRole('combobox', { name: 'Đơn vị chủ trì' }));
    await user.paste('dang uy');
    await user.click(await screen.findByTitle('Đảng ủy phường Rạch Giá (30742-DU)'));
    // only organizations of the issuer's unit (and below) are offered as lead
    expect(searches.at(-1)?.get('unitId')).toBe('1');
    // the second task keeps the lead the text names; it is due on a date instead
    const second = taskRow(2);
    await user.click(within(second).getByRole('combobox', { name: 'Thời hạn' }));
    await user.click(await screen.findByTitle('Có thời hạn'));
    await user.click(await within(second).findByRole('textbox', { name: 'Ngày hết hạn' }));
    await user.paste('30/06/2026');
    await user.keyboard('{Enter}');

    await user.click(within(batch).getByRole('button', { name: 'Tạo 2 nhiệm vụ' }));

    expect(await screen.findByText('Đã tạo 2 nhiệm vụ')).toBeInTheDocument();
    expect(sent).toEqual({
      tasks: [
        {
          ordinal: 1,
          title: 'Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW',
          content: 'Các cấp ủy tiếp tục quán triệt Kết luận số 43-KL/TW.',
          leadOrganizationId: dangUyRachGia.id,
          coordinatingOrganizationIds: [],
          // letter 70 is reported yearly: its tasks are continuous, reported yearly
          dueKind: 'CONTINUOUS',
          cadence: 'YEARLY',
        },
        {
          ordinal: 2,
          title: 'Ban Dân vận Tỉnh ủy chủ trì theo dõi, đôn đốc và báo cáo kết quả',
          content: 'Ban Dân vận Tỉnh ủy chủ trì theo dõi, đôn đốc và báo cáo kết quả.',
          leadOrganizationId: banDanVanKienGiang.id,
          coordinatingOrganizationIds: [],
          dueKind: 'DATE',
          dueDate: '2026-06-30',
        },
      ],
    });
    // the form goes and the tasks are listed
    const list = await screen.findByRole('list', { name: 'Nhiệm vụ (2)' });
    expect(within(list).getByRole('link', { name: /^2\. Ban Dân vận/ })).toHaveAttribute(
      'href',
      '/tasks/201',
    );
    expect(screen.queryByRole('region', { name: 'Tạo nhiệm vụ của văn bản' })).toBeNull();
    // two rows of a dozen antd fields each: slow in jsdom on a busy machine
  }, 40_000);

  it('reads the tasks from the full text, puts a 400 on the row it names and shows a 409', async () => {
    let parsed: unknown;
    const batches: TaskBatch[] = [];
    server.use(
      http.post('*/api/v1/directives/parse', async ({ request }) => {
        parsed = await request.json();
        return HttpResponse.json(draftOf70);
      }),
      http.post('*/api/v1/directives/7/tasks', async ({ request }) => {
        batches.push((await request.json()) as TaskBatch);
        return batches.length === 1
          ? problemJson({
              type: 'https://danvan.vn/problems/validation',
              title: 'Dữ liệu không hợp lệ (invalid input)',
              status: 400,
              errors: [{ field: 'tasks[0].cadence', message: 'bắt buộc (required)' }],
            })
          : problemJson({
              type: 'https://danvan.vn/problems/conflict',
              title: 'Xung đột (conflict)',
              status: 409,
              detail: 'Văn bản đã có nhiệm vụ số 2.',
            });
      }),
    );
    const { user } = renderRoute('/directives/7');
    await screen.findByRole('list', { name: 'Nhiệm vụ (1)' });

    await user.click(screen.getByRole('button', { name: /Đọc nhiệm vụ từ toàn văn/ }));

    await screen.findByRole('region', { name: 'Tạo nhiệm vụ của văn bản' });
    expect(parsed).toEqual({ text: letter70.fullText });
    // task 1 exists already: it is marked and left out
    const first = taskRow(1);
    expect(within(first).getByText('Số thứ tự đã có nhiệm vụ')).toBeInTheDocument();
    expect(within(first).getByRole('checkbox', { name: 'Tạo nhiệm vụ 1' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Tạo 1 nhiệm vụ' }));

    // the only task sent is the second row: the server's tasks[0] is that row
    await waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]?.tasks.map((t) => t.ordinal)).toEqual([2]);
    const second = taskRow(2);
    expect(await within(second).findByText('bắt buộc (required)')).toBeInTheDocument();
    expect(screen.getByText('Kiểm tra lại các nhiệm vụ được đánh dấu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tạo 1 nhiệm vụ' }));

    expect(await screen.findByText('Văn bản đã có nhiệm vụ số 2.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Tạo nhiệm vụ của văn bản' })).toBeInTheDocument();
  });

  it('adds a task by hand, numbered after the tasks the directive has', async () => {
    const { user } = renderRoute('/directives/7');
    await screen.findByRole('list', { name: 'Nhiệm vụ (1)' });

    await user.click(screen.getByRole('button', { name: /Thêm nhiệm vụ/ }));

    const row = taskRow(2);
    expect(within(row).getByLabelText('Số thứ tự')).toHaveValue('2');
  });
});
