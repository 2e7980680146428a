import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { reporterRachGia } from '@/testing/fixtures';
import {
  appraiserAnGiang,
  editorAnGiang,
  editorRachGia,
  model,
  problemResponse,
  round,
  summary,
} from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

type ModelRound = Schema<'ModelRound'>;

/** The inbox's list (by roundState) and the model 302 whose record is `record()`. */
function inboxApi(seen: URL[], record: () => ModelRound) {
  return [
    http.get('*/api/v1/mobilization-models', ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      const items = [
        summary(302, 'Quỹ heo đất giúp hộ nghèo', record().state),
        summary(303, 'Camera an ninh khu phố 3', record().state),
      ];
      return HttpResponse.json({ items, page: 0, size: 20, total: 2 });
    }),
    http.get('*/api/v1/mobilization-models/302', () => HttpResponse.json(model(record()))),
    http.get('*/api/v1/mobilization-models/303', () =>
      HttpResponse.json(
        model(round(record().state, { id: 3030, modelId: 303 }), {
          id: 303,
          name: 'Camera an ninh khu phố 3',
        }),
      ),
    ),
  ];
}

describe('the appraisal inbox (/models/inbox)', () => {
  it('on a desktop: the waiting models beside the first one; appraise pass with an opinion', async () => {
    setViewport('desktop');
    const seen: URL[] = [];
    let record = round('SUBMITTED', { resultsText: 'Đã hỗ trợ 12 hộ' });
    const bodies: unknown[] = [];
    server.use(
      ...createHandlers(appraiserAnGiang),
      ...inboxApi(seen, () => record),
      http.post('*/api/v1/model-rounds/3020/appraise', async ({ request }) => {
        bodies.push(await request.json());
        record = round('APPRAISED', { version: 4 });
        return HttpResponse.json(record);
      }),
    );
    const { user } = renderRoute('/models/inbox');

    expect(await screen.findAllByTestId('inbox-row')).toHaveLength(2);
    expect(seen[0]?.searchParams.get('roundState')).toBe('SUBMITTED');
    const detail = await screen.findByTestId('inbox-model');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(detail).getByText('Đã hỗ trợ 12 hộ')).toBeInTheDocument();
    // an appraiser appraises and returns; recognition is the editors'
    expect(within(detail).queryByRole('button', { name: 'Công nhận' })).not.toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Thẩm định' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Thẩm định' }));
    expect(await within(dialog).findByText('Vui lòng nhập mục này')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Ý kiến thẩm định'), 'Mô hình hiệu quả, lan tỏa');
    await user.click(within(dialog).getByRole('button', { name: 'Thẩm định' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      result: 'PASS',
      opinion: 'Mô hình hiệu quả, lan tỏa',
      version: 3,
      afterTheFact: false,
    });
  });

  it('not passing needs reasons; returning needs a comment; a 409 names the current state', async () => {
    setViewport('desktop');
    const bodies: unknown[] = [];
    server.use(
      ...createHandlers(appraiserAnGiang),
      ...inboxApi([], () => round('SUBMITTED')),
      http.post('*/api/v1/model-rounds/3020/return', async ({ request }) => {
        bodies.push(await request.json());
        return problemResponse({
          type: 'https://danvan.vn/problems/conflict',
          title: 'Xung đột',
          status: 409,
          detail: 'Mô hình đang ở trạng thái APPRAISED, không trả lại được.',
        });
      }),
    );
    const { user } = renderRoute('/models/inbox');
    const detail = await screen.findByTestId('inbox-model');

    await user.click(within(detail).getByRole('button', { name: 'Thẩm định' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Không đạt'));
    expect(await within(dialog).findByLabelText('Lý do không đạt')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(detail).getByRole('button', { name: 'Trả lại' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Vui lòng nhập mục này')).toBeInTheDocument();
    expect(bodies).toEqual([]);
    await user.type(within(dialog).getByLabelText('Nội dung cần bổ sung'), 'Bổ sung ảnh');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(
      await within(dialog).findByText('Mô hình đang ở trạng thái APPRAISED, không trả lại được.'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ comment: 'Bổ sung ảnh', version: 3, afterTheFact: false }]);
  });

  it('an editor of the body recognizes an appraised model with the decision (dd/MM/yyyy), and sees a 403', async () => {
    setViewport('desktop');
    const bodies: unknown[] = [];
    let refuse = false;
    server.use(
      ...createHandlers(editorAnGiang),
      ...inboxApi([], () => round('APPRAISED')),
      http.post('*/api/v1/model-rounds/3020/recognize', async ({ request }) => {
        bodies.push(await request.json());
        return refuse
          ? problemResponse({
              type: 'https://danvan.vn/problems/forbidden',
              title: 'Không có quyền',
              status: 403,
              detail: 'Đồng chí không thuộc cơ quan thẩm định của mô hình này.',
            })
          : HttpResponse.json(round('RECOGNIZED', { version: 4 }));
      }),
    );
    const { user } = renderRoute('/models/inbox?state=APPRAISED');
    const detail = await screen.findByTestId('inbox-model');
    expect(within(detail).queryByRole('button', { name: 'Thẩm định' })).not.toBeInTheDocument();

    refuse = true;
    await user.click(within(detail).getByRole('button', { name: 'Công nhận' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Số quyết định'), '125-QĐ/BCĐ');
    const date = within(dialog).getByLabelText('Ngày quyết định');
    await user.clear(date);
    await user.type(date, '15/10/2026{Enter}');
    await user.type(within(dialog).getByLabelText('Người ký'), 'Nguyễn Văn Ký');
    await user.click(within(dialog).getByRole('button', { name: 'Công nhận' }));

    expect(
      await within(dialog).findByText('Đồng chí không thuộc cơ quan thẩm định của mô hình này.'),
    ).toBeInTheDocument();
    expect(bodies[0]).toEqual({
      decisionNumber: '125-QĐ/BCĐ',
      decisionDate: '2026-10-15',
      signer: 'Nguyễn Văn Ký',
      level: 'COMMUNE',
      version: 3,
      afterTheFact: false,
    });
  });

  it('only the actions the roles allow: the commune editor may propose upward; a reporter sees none', async () => {
    setViewport('desktop');
    server.use(...createHandlers(editorRachGia), ...inboxApi([], () => round('RECOGNIZED')));
    const editor = renderRoute('/models/inbox?state=RECOGNIZED');
    const detail = await screen.findByTestId('inbox-model');
    for (const name of [
      'Chọn điển hình tiêu biểu',
      'Đề nghị khen thưởng',
      'Đề nghị lên tỉnh',
      'Công khai',
    ]) {
      expect(within(detail).getByRole('button', { name })).toBeInTheDocument();
    }
    editor.unmount();

    server.use(...createHandlers(editorAnGiang), ...inboxApi([], () => round('RECOGNIZED')));
    const province = renderRoute('/models/inbox?state=RECOGNIZED');
    const provinceDetail = await screen.findByTestId('inbox-model');
    expect(
      within(provinceDetail).getByRole('button', { name: 'Chọn điển hình tiêu biểu' }),
    ).toBeInTheDocument();
    expect(
      within(provinceDetail).queryByRole('button', { name: 'Đề nghị lên tỉnh' }),
    ).not.toBeInTheDocument();
    province.unmount();

    server.use(...createHandlers(reporterRachGia), ...inboxApi([], () => round('RECOGNIZED')));
    renderRoute('/models/302');
    expect(await screen.findByTestId('round-record')).toBeInTheDocument();
    expect(screen.queryByTestId('round-actions')).not.toBeInTheDocument();
  });

  it('on a phone the model opens in a drawer', async () => {
    server.use(...createHandlers(appraiserAnGiang), ...inboxApi([], () => round('SUBMITTED')));
    const { user } = renderRoute('/models/inbox');
    const rows = await screen.findAllByTestId('inbox-row');
    expect(screen.queryByTestId('inbox-model')).not.toBeInTheDocument();
    await user.click(rows[0] as HTMLElement);
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByTestId('inbox-model')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Trả lại' })).toBeInTheDocument();
  });
});

describe('the editors’ decisions after recognition', () => {
  it('mark exemplary (confirmed), publish, propose for and record a commendation', async () => {
    setViewport('desktop');
    const posts: { path: string; body: unknown }[] = [];
    let record = round('RECOGNIZED');
    let published = false;
    server.use(
      ...createHandlers(editorAnGiang),
      http.get('*/api/v1/mobilization-models', () =>
        HttpResponse.json({
          items: [summary(302, 'Quỹ heo đất giúp hộ nghèo', record.state)],
          page: 0,
          size: 20,
          total: 1,
        }),
      ),
      http.get('*/api/v1/mobilization-models/302', () =>
        HttpResponse.json(model(record, { published, version: published ? 2 : 1 })),
      ),
      http.post('*/api/v1/model-rounds/3020/:action', async ({ request, params }) => {
        posts.push({ path: String(params.action), body: await request.json() });
        const next = {
          'mark-exemplary': 'EXEMPLARY',
          'propose-commendation': 'PROPOSED_FOR_COMMENDATION',
        } as const;
        record = round(next[params.action as keyof typeof next] ?? 'COMMENDED', {
          version: record.version + 1,
        });
        return HttpResponse.json(record);
      }),
      http.post('*/api/v1/mobilization-models/302/publish', async ({ request }) => {
        posts.push({ path: 'publish', body: await request.json() });
        published = true;
        return HttpResponse.json(model(record, { published: true, version: 2 }));
      }),
    );
    const { user } = renderRoute('/models/inbox?state=RECOGNIZED');
    const detail = await screen.findByTestId('inbox-model');

    await user.click(within(detail).getByRole('button', { name: 'Chọn điển hình tiêu biểu' }));
    const confirm = await screen.findByRole('dialog');
    await user.click(within(confirm).getByRole('button', { name: 'Chọn điển hình tiêu biểu' }));
    await waitFor(() => expect(posts.map((p) => p.path)).toEqual(['mark-exemplary']));
    expect(posts[0]?.body).toEqual({ version: 3, afterTheFact: false });

    await user.click(within(detail).getByRole('button', { name: 'Công khai' }));
    await waitFor(() => expect(posts.map((p) => p.path)).toEqual(['mark-exemplary', 'publish']));
    expect(posts[1]?.body).toEqual({ version: 1, afterTheFact: false });
    expect(
      await within(detail).findByRole('button', { name: 'Thôi công khai' }),
    ).toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Đề nghị khen thưởng' }));
    // the first confirmation may still be closing: the newest dialog is the last
    const propose = (await screen.findAllByRole('dialog')).at(-1) as HTMLElement;
    await user.click(within(propose).getByRole('button', { name: 'Đề nghị khen thưởng' }));
    await user.click(
      await within(detail).findByRole('button', { name: 'Ghi quyết định khen thưởng' }),
    );
    const dialog = (await screen.findAllByRole('dialog')).at(-1) as HTMLElement;
    await user.type(within(dialog).getByLabelText('Cơ quan khen thưởng'), 'UBND tỉnh An Giang');
    await user.type(within(dialog).getByLabelText('Số quyết định'), '2050/QĐ-UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi quyết định khen thưởng' }));
    await waitFor(() => expect(posts.at(-1)?.path).toBe('commend'));
    expect(posts.map((p) => p.path)).toEqual([
      'mark-exemplary',
      'publish',
      'propose-commendation',
      'commend',
    ]);
    expect(posts.at(-1)?.body).toMatchObject({
      form: 'GIAY_KHEN',
      authority: 'UBND tỉnh An Giang',
      decisionNumber: '2050/QĐ-UBND',
      recipientKind: 'COLLECTIVE',
      recipientName: 'Hội Liên hiệp Phụ nữ phường Rạch Giá',
      version: 5,
    });
  });
});
