import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import {
  criteriaReadHandlers,
  culturalHamletTitle,
  draftSet,
  modelAreaTitle,
  publishedSet,
} from '@/testing/criteria-fixtures';
import { adminAnGiang } from '@/testing/fixtures';
import { leaderAnGiang } from '@/testing/funnel-fixtures';
import { problemResponse } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

type CriteriaSet = Schema<'CriteriaSet'>;
const SLOW = { timeout: 8000 };

async function choose(
  user: ReturnType<typeof renderRoute>['user'],
  box: HTMLElement,
  option: string,
) {
  await user.click(box);
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

describe('the criteria sets (/criteria)', () => {
  it('an admin edits a draft as one document and publishes it after a confirmation naming what freezes', async () => {
    setViewport('desktop');
    let sets: CriteriaSet[] = [publishedSet, draftSet];
    const puts: Schema<'CriteriaSetUpdate'>[] = [];
    const publishes: Schema<'CriteriaSetTransition'>[] = [];
    server.use(
      ...createHandlers(adminAnGiang),
      ...criteriaReadHandlers([modelAreaTitle, culturalHamletTitle], () => sets),
      http.put('*/api/v1/criteria-sets/31', async ({ request }) => {
        const body = (await request.json()) as Schema<'CriteriaSetUpdate'>;
        puts.push(body);
        const { version, ...rest } = body;
        const saved: CriteriaSet = {
          ...draftSet,
          ...rest,
          criteria: rest.criteria.map((c, i) => ({ ...c, id: 400 + i })),
          totalMaxPoints: 10,
          version: version + 1,
        };
        sets = [publishedSet, saved];
        return HttpResponse.json(saved);
      }),
      http.post('*/api/v1/criteria-sets/31/publish', async ({ request }) => {
        const body = (await request.json()) as Schema<'CriteriaSetTransition'>;
        publishes.push(body);
        const current = sets[1] as CriteriaSet;
        const published: CriteriaSet = {
          ...current,
          status: 'PUBLISHED',
          publishedAt: '2026-12-04T03:00:00Z',
          version: body.version + 1,
        };
        sets = [publishedSet, published];
        return HttpResponse.json(published);
      }),
    );
    const { user, router } = renderRoute('/criteria');

    // the titles, then a title's versions, newest first
    await user.click(await screen.findByRole('link', { name: 'Khu dân cư kiểu mẫu' }, SLOW));
    const versions = await screen.findByRole('list', { name: 'Các phiên bản bộ tiêu chí' });
    const items = within(versions).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Phiên bản 2 · Bộ tiêu chí khu dân cư kiểu mẫu 2026–2030Dự thảo'),
      expect.stringContaining('Phiên bản 1 · Bộ tiêu chí khu dân cư kiểu mẫu 2021–2025Đã ban hành'),
    ]);
    expect(
      within(items[1] as HTMLElement).getByText(/Áp dụng 01\/01\/2021 – 31\/12\/2025/),
    ).toBeVisible();
    // a draft exists: the admin opens it rather than making another
    await user.click(screen.getByRole('button', { name: 'Mở dự thảo phiên bản 2' }));
    expect(router.state.location.pathname).toBe('/criteria/sets/31');

    // the draft in the editor: change the name and the vote threshold, add a scored criterion
    const name = await screen.findByLabelText('Tên bộ tiêu chí', {}, SLOW);
    await user.clear(name);
    await user.type(name, 'Bộ tiêu chí 2026–2030 (dự thảo sửa)');
    const vote = screen.getByLabelText('Tỷ lệ phiếu đồng ý của hội đồng');
    await user.clear(vote);
    await user.type(vote, '90');
    // publishing waits for the changes to be saved
    expect(screen.getByRole('button', { name: /Ban hành/ })).toBeDisabled();
    expect(screen.getByText('Lưu các thay đổi trước khi ban hành.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Thêm tiêu chí/ }));
    const added = screen.getByTestId('criterion-2');
    await choose(
      user,
      within(added).getByRole('combobox', { name: 'Thuộc nhóm' }),
      'II. Văn hóa – xã hội',
    );
    await user.type(within(added).getByLabelText('Mã'), '3');
    await user.type(within(added).getByLabelText('Nội dung tiêu chí'), 'Hộ gia đình văn hóa');
    await choose(user, within(added).getByRole('combobox', { name: 'Cách đánh giá' }), 'Chấm điểm');
    await user.type(await within(added).findByLabelText('Điểm tối đa'), '10');
    await user.click(within(added).getByRole('checkbox', { name: 'Then chốt' }));
    await user.type(within(added).getByLabelText('Minh chứng cần có'), 'Danh sách hộ');

    await user.click(screen.getByRole('button', { name: /Lưu dự thảo/ }));
    await waitFor(() => expect(puts).toHaveLength(1));
    const put = puts[0] as Schema<'CriteriaSetUpdate'>;
    expect(put.version).toBe(7);
    expect(put.name).toBe('Bộ tiêu chí 2026–2030 (dự thảo sửa)');
    expect(put.effectiveFrom).toBe('2026-01-01');
    expect(put.rule).toEqual({
      passRule: 'ALL_REQUIRED',
      postingDays: 5,
      voteThresholdPercent: 90,
      validityYears: 3,
      reassessmentMonths: 12,
    });
    expect(put.groups).toEqual(draftSet.groups);
    // ids are the server's; what the editor does not show (variants, questions) is kept
    expect(put.criteria).toEqual([
      {
        groupCode: 'I',
        code: '1',
        name: 'Thu nhập bình quân đầu người',
        kind: 'NUMERIC',
        comparison: '>=',
        threshold: 60,
        unitOfMeasure: 'triệu đồng/năm',
        required: true,
        key: true,
        expectedEvidence: 'Báo cáo của ban công tác Mặt trận',
        variants: [{ communeGroup: 2, threshold: 50 }],
        questions: ['Thu nhập được tính thế nào?'],
      },
      {
        groupCode: 'II',
        code: '2',
        name: 'Có nhà văn hóa, khu thể thao',
        kind: 'PASS_FAIL',
        required: true,
        key: false,
        indicators: [
          {
            code: '2.1',
            name: 'Nhà văn hóa đạt chuẩn',
            kind: 'PASS_FAIL',
            required: true,
            key: false,
          },
        ],
      },
      {
        groupCode: 'II',
        code: '3',
        name: 'Hộ gia đình văn hóa',
        kind: 'SCORED',
        maxPoints: 10,
        required: true,
        key: true,
        expectedEvidence: 'Danh sách hộ',
      },
    ]);

    // saved: publish, after a confirmation that names what freezes
    const publish = await screen.findByRole('button', { name: /Ban hành/ });
    await waitFor(() => expect(publish).toBeEnabled());
    await user.click(publish);
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getAllByText('Ban hành phiên bản 2 «Bộ tiêu chí 2026–2030 (dự thảo sửa)»?')[0],
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/bộ tiêu chí bị khóa: 2 nhóm, 3 tiêu chí/)).toBeInTheDocument();
    expect(
      within(dialog).getByText(/hồ sơ đã chấm theo phiên bản này giữ nguyên/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ban hành' }));
    await waitFor(() => expect(publishes).toEqual([{ version: 8 }]));

    // published: frozen, read as it is; a change is a new version
    await waitFor(() => expect(screen.getByText('Đã ban hành')).toBeVisible());
    expect(screen.queryByRole('button', { name: /Lưu dự thảo/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Soạn phiên bản mới/ })).toBeVisible();
    expect(screen.getByText('3. Hộ gia đình văn hóa')).toBeVisible();
    expect(screen.getByText('Tối đa 10 điểm')).toBeVisible();
    expect(screen.getAllByTestId('criterion')).toHaveLength(3);
  }, 60_000);

  it('a set frozen meanwhile (409) is said so, and Tải lại shows it as it is now', async () => {
    setViewport('phone');
    let current: CriteriaSet = draftSet;
    server.use(
      ...createHandlers(adminAnGiang),
      ...criteriaReadHandlers([modelAreaTitle], () => [publishedSet, current]),
      http.put('*/api/v1/criteria-sets/31', () => {
        // someone published it since it was read
        current = { ...draftSet, status: 'PUBLISHED', version: 8 };
        return problemResponse({
          type: 'https://danvan.vn/problems/conflict',
          title: 'Không thực hiện được ở trạng thái hiện tại (conflicts with the current state)',
          status: 409,
          detail: 'Bộ tiêu chí 31 đã ban hành, không sửa được (frozen).',
        });
      }),
    );
    const { user } = renderRoute('/criteria/sets/31');
    const name = await screen.findByLabelText('Tên bộ tiêu chí', {}, SLOW);
    await user.type(name, ' mới');
    await user.click(screen.getByRole('button', { name: /Lưu dự thảo/ }));

    const alert = await screen.findByTestId('set-conflict');
    expect(within(alert).getByText('Bộ tiêu chí không còn là dự thảo')).toBeVisible();
    expect(within(alert).getByText(/hãy soạn phiên bản mới/)).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: /Tải lại/ }));

    await waitFor(() => expect(screen.getByText('Đã ban hành')).toBeVisible());
    expect(screen.queryByTestId('set-conflict')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Tên bộ tiêu chí')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Bộ tiêu chí đã ban hành không sửa được; muốn thay đổi, hãy soạn phiên bản mới.',
      ),
    ).toBeVisible();
  });

  it('a stale version (409) asks to reload, keeping the editor until then', async () => {
    setViewport('desktop');
    server.use(
      ...createHandlers(adminAnGiang),
      ...criteriaReadHandlers([modelAreaTitle], () => [publishedSet, draftSet]),
      http.put('*/api/v1/criteria-sets/31', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/stale-version',
          title: 'Dữ liệu đã bị người khác thay đổi (stale version)',
          status: 409,
        }),
      ),
    );
    const { user } = renderRoute('/criteria/sets/31');
    await user.type(await screen.findByLabelText('Tên bộ tiêu chí', {}, SLOW), ' x');
    await user.click(screen.getByRole('button', { name: /Lưu dự thảo/ }));
    const alert = await screen.findByTestId('set-conflict');
    expect(within(alert).getByText('Bộ tiêu chí vừa được người khác thay đổi')).toBeVisible();
    expect(within(alert).getByRole('button', { name: /Tải lại/ })).toBeVisible();
  });

  it('an import with wrong rows shows each row and column, and saves nothing', async () => {
    setViewport('desktop');
    const uploads: { file: boolean; version: FormDataEntryValue | null }[] = [];
    server.use(
      ...createHandlers(adminAnGiang),
      ...criteriaReadHandlers([modelAreaTitle], () => [publishedSet, draftSet]),
      http.post('*/api/v1/criteria-sets/31/criteria.xlsx', async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file');
        // (jsdom's File reaches the handler as a blob: its name does not survive the test realm)
        uploads.push({
          file: typeof file === 'object' && file !== null,
          version: form.get('version'),
        });
        return problemResponse({
          type: 'https://danvan.vn/problems/validation',
          title: 'Dữ liệu không hợp lệ (invalid input)',
          status: 400,
          detail: 'Tệp có 2 dòng sai; không lưu gì.',
          errors: [
            { field: 'row 3: Loại', message: 'Loại phải là PASS_FAIL, SCORED hoặc NUMERIC' },
            { field: 'row 7: Điểm tối đa', message: 'Tiêu chí chấm điểm cần điểm tối đa' },
          ],
        });
      }),
    );
    const { user } = renderRoute('/criteria/sets/31');
    await screen.findByLabelText('Tên bộ tiêu chí', {}, SLOW);
    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel' }));
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!found) throw new Error('no file input');
      return found;
    });
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'tieu-chi.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await user.upload(input, file);

    const table = await screen.findByRole('table', { name: 'Các dòng lỗi' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['3', 'Loại', 'Loại phải là PASS_FAIL, SCORED hoặc NUMERIC'],
      ['7', 'Điểm tối đa', 'Tiêu chí chấm điểm cần điểm tối đa'],
    ]);
    // (antd's alert fades in)
    await waitFor(() =>
      expect(screen.getByText('Không lưu gì: có 2 lỗi trong tệp, sửa rồi nhập lại')).toBeVisible(),
    );
    expect(uploads).toEqual([{ file: true, version: '7' }]);
    // the draft as it was
    expect(screen.getByLabelText('Tên bộ tiêu chí')).toHaveValue(draftSet.name);
  });

  it('a reader who may not change the title reads the set, without editing actions', async () => {
    setViewport('phone');
    const readOnly = { ...modelAreaTitle, canChange: false };
    server.use(
      ...createHandlers(leaderAnGiang),
      ...criteriaReadHandlers([readOnly], () => [publishedSet, draftSet]),
    );
    renderRoute('/criteria/sets/31');
    await waitFor(
      () => expect(screen.getByText('1. Thu nhập bình quân đầu người')).toBeVisible(),
      SLOW,
    );
    expect(screen.getByText('>= 60 triệu đồng/năm')).toBeVisible();
    expect(screen.getByText('Minh chứng: Báo cáo của ban công tác Mặt trận')).toBeVisible();
    expect(screen.getByText('2.1. Nhà văn hóa đạt chuẩn')).toBeVisible();
    expect(screen.getByText(/Đồng chí chỉ được xem/)).toBeVisible();
    expect(screen.queryByLabelText('Tên bộ tiêu chí')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Ban hành|Xóa dự thảo|Lưu dự thảo/ }),
    ).not.toBeInTheDocument();
    // export is for every reader
    expect(screen.getByRole('button', { name: /Xuất Excel/ })).toBeVisible();
  });
});
