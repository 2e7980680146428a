import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { listOutboxItems } from '@/lib/outbox/outbox-store';
import { reporterRachGia } from '@/testing/fixtures';
import { model, problemResponse, round } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

type ModelRound = Schema<'ModelRound'>;

/** The model 302 as the server has it: its record changes with each transition. */
function modelApi(start: ModelRound, posts: { path: string; body: unknown }[]) {
  let record = start;
  return [
    http.get('*/api/v1/mobilization-models/302', () => HttpResponse.json(model(record))),
    http.post('*/api/v1/model-rounds/3020/report-results', async ({ request }) => {
      const body = (await request.json()) as Schema<'ModelResults'>;
      posts.push({ path: 'report-results', body });
      record = round('REPORTED', {
        resultsText: body.text,
        figures: body.figures ?? [],
        version: record.version + 1,
      });
      return HttpResponse.json(record);
    }),
    http.post('*/api/v1/model-rounds/3020/submit', async ({ request }) => {
      posts.push({ path: 'submit', body: await request.json() });
      record = round('SUBMITTED', { ...record, state: 'SUBMITTED', version: record.version + 1 });
      return HttpResponse.json(record);
    }),
  ];
}

describe('reporting a round’s results (/models/:id)', () => {
  it('a returned record shows the appraiser’s comment; completed and resubmitted, it waits for appraisal', async () => {
    const posts: { path: string; body: unknown }[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      ...modelApi(
        round('RETURNED', {
          returnComment: 'Bổ sung số tiền vận động và ảnh buổi trao heo đất',
          resultsText: 'Đã hỗ trợ 12 hộ',
          figures: [{ name: 'Số hộ được hỗ trợ', value: 12, unit: 'hộ' }],
        }),
        posts,
      ),
    );
    const { user } = renderRoute('/models/302');

    const comment = await screen.findByTestId('return-comment');
    expect(comment).toHaveTextContent('Bổ sung số tiền vận động và ảnh buổi trao heo đất');
    await user.click(screen.getByRole('button', { name: 'Bổ sung kết quả' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Số hộ được hỗ trợ')).toHaveValue('12');
    await user.type(within(dialog).getByLabelText('Số tiền vận động'), '45000000');
    await user.type(within(dialog).getByLabelText('Kết quả đạt được'), '; vận động 45 triệu đồng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));

    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]?.body).toEqual({
      text: 'Đã hỗ trợ 12 hộ; vận động 45 triệu đồng',
      figures: [
        { name: 'Số hộ được hỗ trợ', value: 12, unit: 'hộ' },
        { name: 'Số tiền vận động', value: 45000000, unit: 'đồng' },
      ],
      version: 3,
    });
    await user.click(await screen.findByRole('button', { name: 'Gửi thẩm định' }));
    await waitFor(() => expect(posts.map((p) => p.path)).toEqual(['report-results', 'submit']));
    expect(posts[1]?.body).toEqual({ version: 4, afterTheFact: false });
    await waitFor(() =>
      expect(screen.getByTestId('round-state')).toHaveTextContent('Chờ thẩm định'),
    );
    expect(screen.queryByTestId('round-work')).not.toBeInTheDocument();
  });

  it('a stale version (409) and the server’s field errors are shown in the dialog', async () => {
    let calls = 0;
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/mobilization-models/302', () =>
        HttpResponse.json(model(round('IN_PROGRESS'))),
      ),
      http.post('*/api/v1/model-rounds/3020/report-results', () => {
        calls += 1;
        return calls === 1
          ? problemResponse({
              type: 'https://danvan.vn/problems/validation',
              title: 'Dữ liệu không hợp lệ',
              status: 400,
              errors: [{ field: 'text', message: 'Nội dung quá dài' }],
            })
          : problemResponse({
              type: 'https://danvan.vn/problems/stale-version',
              title: 'Dữ liệu đã thay đổi',
              status: 409,
              detail: 'Bản ghi đã được người khác sửa (phiên bản 4).',
            });
      }),
    );
    const { user } = renderRoute('/models/302');
    await user.click(await screen.findByRole('button', { name: 'Báo cáo kết quả' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Kết quả đạt được'), 'Kết quả');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    expect(await within(dialog).findByText('Nội dung quá dài')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    expect(
      await within(dialog).findByText('Bản ghi đã được người khác sửa (phiên bản 4).'),
    ).toBeInTheDocument();
  });

  it('an evidence photo from the camera goes through the outbox to the round record', async () => {
    const keys: (string | null)[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/mobilization-models/302', () =>
        HttpResponse.json(model(round('IN_PROGRESS'))),
      ),
      http.post('*/api/v1/model-rounds/3020/attachments', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(
          {
            id: 1,
            fileName: 'a.jpg',
            mediaType: 'image/jpeg',
            size: 3,
            sha256: 'ab',
            uploadedBy: 'x',
            uploadedAt: '2026-12-01T00:00:00Z',
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderRoute('/models/302');
    const work = await screen.findByTestId('round-work');
    await user.upload(
      within(work).getByTestId('photo-input'),
      new File([new Uint8Array([255, 216, 255])], 'trao-heo.jpg', { type: 'image/jpeg' }),
    );
    await waitFor(async () =>
      expect((await listOutboxItems('test-subject-1'))[0]?.state).toBe('sent'),
    );
    const [item] = await listOutboxItems('test-subject-1');
    expect(keys).toEqual([item?.id]);
  });
});
