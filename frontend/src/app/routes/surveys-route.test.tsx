import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { listOutboxItems } from '@/lib/outbox/outbox-store';
import { residentialAreas } from '@/testing/fixtures';
import { problemResponse } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { frontRachGia, results, survey } from '@/testing/survey-fixtures';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };
const SUBJECT = 'test-subject-1';

type Survey = Schema<'SatisfactionSurvey'>;

function surveyApi(current: () => Survey) {
  return [
    http.get('*/api/v1/satisfaction-surveys/61', () => HttpResponse.json(current())),
    http.get('*/api/v1/satisfaction-surveys/61/results', () =>
      HttpResponse.json(results(current().state)),
    ),
  ];
}

describe('the satisfaction surveys (/surveys)', () => {
  it('lists the surveys and designs a new one with its sample plan per residential area', async () => {
    setViewport('desktop');
    const created: unknown[] = [];
    server.use(
      ...createHandlers(frontRachGia),
      http.get('*/api/v1/satisfaction-surveys', () =>
        HttpResponse.json({ items: [survey('OPEN')], page: 0, size: 20, total: 1 }),
      ),
      http.get('*/api/v1/recognition-titles', () =>
        HttpResponse.json([
          {
            id: 5,
            code: 'KDC-KIEU-MAU-91',
            name: 'Khu dân cư kiểu mẫu',
            subjectKind: 'RESIDENTIAL_AREA',
            issuer: { id: 11, code: '91-BTGDV', name: 'Ban Tuyên giáo và Dân vận' },
            decidingLevel: 'COMMUNE',
            demo: false,
            canChange: false,
            version: 0,
          },
        ]),
      ),
      http.get('*/api/v1/units/100/residential-areas', () =>
        HttpResponse.json({
          items: residentialAreas.filter((a) => a.unitId === 100),
          page: 0,
          size: 100,
          total: 2,
        }),
      ),
      http.post('*/api/v1/satisfaction-surveys', async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json(survey('DRAFT', { id: 62 }), { status: 201 });
      }),
      http.get('*/api/v1/satisfaction-surveys/62', () =>
        HttpResponse.json(survey('DRAFT', { id: 62 })),
      ),
    );
    const { user, router } = renderRoute('/surveys');
    expect(
      await screen.findByRole('link', { name: 'Khảo sát hài lòng khu dân cư kiểu mẫu 2026' }, SLOW),
    ).toBeVisible();
    expect(screen.getByText('0/14 hộ')).toBeVisible();

    await user.click(screen.getByRole('link', { name: /Tạo khảo sát/ }));
    await user.type(await screen.findByLabelText('Tên khảo sát', {}, SLOW), 'Khảo sát năm 2026');
    await user.click(screen.getByRole('combobox', { name: 'Danh hiệu được khảo sát' }));
    await user.click(
      await waitFor(() => {
        const option = document.querySelector<HTMLElement>(
          '.ant-select-item-option[title="Khu dân cư kiểu mẫu"]',
        );
        if (!option) throw new Error('no option');
        return option;
      }),
    );
    await user.type(await screen.findByLabelText('Số hộ cần hỏi ở Khu phố 1'), '40');
    await user.click(screen.getByRole('button', { name: 'Tạo khảo sát' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/surveys/62/design'));
    expect(created).toEqual([
      {
        titleId: 5,
        unitId: 100,
        name: 'Khảo sát năm 2026',
        year: new Date().getFullYear(),
        plan: [{ residentialAreaId: 30, households: 40 }],
      },
    ]);
    // the seeded questions and the scale are then edited in the design
    expect(await screen.findByRole('heading', { name: 'Thiết kế khảo sát' })).toBeVisible();
    expect(screen.getByDisplayValue('Ông/bà hài lòng với vệ sinh môi trường?')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: '5. Rất hài lòng' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '3. Bình thường' })).not.toBeChecked();
  });

  it('closes a survey, and shows why the server refuses to publish it (409)', async () => {
    setViewport('phone');
    let current = survey('OPEN', { responses: 3 });
    server.use(
      ...createHandlers(frontRachGia),
      ...surveyApi(() => current),
      http.post('*/api/v1/satisfaction-surveys/61/close', async ({ request }) => {
        expect(await request.json()).toEqual({ version: 3 });
        current = { ...current, state: 'CLOSED', version: 4 };
        return HttpResponse.json(current);
      }),
      http.post('*/api/v1/satisfaction-surveys/61/publish', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/sample-not-reached',
          title: 'Chưa đủ mẫu',
          status: 409,
          detail: 'Chưa đủ tỷ lệ phản hồi tối thiểu 60% ở: Khu phố 2.',
          errors: [{ field: 'plan[31]', message: 'Khu phố 2: 0/10 hộ (0%)' }],
        }),
      ),
    );
    const { user } = renderRoute('/surveys/61');
    await user.click(await screen.findByRole('button', { name: 'Kết thúc khảo sát' }, SLOW));
    expect(await screen.findByText('Đã kết thúc')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Công bố kết quả' }));
    const refusal = await screen.findByTestId('step-refusal');
    expect(refusal).toHaveTextContent('Chưa đủ tỷ lệ phản hồi tối thiểu 60% ở: Khu phố 2.');
    expect(refusal).toHaveTextContent('plan[31]: Khu phố 2: 0/10 hộ (0%)');
  });

  it('enters paper forms on a phone through the outbox: “Chờ gửi” offline, then “Đã gửi”, each with its key', async () => {
    setViewport('phone');
    let online = false;
    const received: { key: string | null; body: unknown }[] = [];
    server.use(
      ...createHandlers(frontRachGia),
      ...surveyApi(() => survey('OPEN')),
      http.post('*/api/v1/satisfaction-surveys/61/responses', async ({ request }) => {
        if (!online) {
          return HttpResponse.error();
        }
        received.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json(
          { surveyId: 61, residentialAreaId: 30, receivedOn: '2026-12-04', answers: 2 },
          { status: 201 },
        );
      }),
    );
    const { user } = renderRoute('/surveys/61/entry');
    await user.click(await screen.findByRole('radio', { name: /Khu phố 1/ }, SLOW));
    const first = screen.getByRole('group', { name: 'Ông/bà hài lòng với thu nhập của gia đình?' });
    await user.click(within(first).getByText('Rất hài lòng'));
    // the second question was left blank on paper
    await user.click(screen.getByRole('button', { name: /Lưu phiếu \(1\/2 câu\)/ }));
    const recent = await screen.findByRole('list', { name: 'Các phiếu vừa nhập' });
    expect(await within(recent).findByText('Chờ gửi')).toBeVisible();
    expect(within(recent).getByText(/Phiếu 1 · Khu phố 1/)).toBeVisible();
    expect(screen.getAllByTestId('area-counter')[0]).toHaveTextContent('1 trên máy · 3/4');
    // the form is clear for the next one, the area kept
    expect(screen.getByRole('button', { name: /Lưu phiếu \(0\/2 câu\)/ })).toBeDisabled();

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await within(recent).findByText('Đã gửi')).toBeVisible();
    const [item] = await listOutboxItems(SUBJECT);
    expect(received).toEqual([
      { key: item?.id, body: { residentialAreaId: 30, answers: [{ questionId: 611, value: 5 }] } },
    ]);
  });

  it('shows the results: response rate by area, satisfaction per criterion as a chart and a table', async () => {
    setViewport('desktop');
    server.use(...createHandlers(frontRachGia), ...surveyApi(() => survey('CLOSED')));
    renderRoute('/surveys/61/results');
    expect(
      await screen.findByRole(
        'figure',
        { name: 'Mức hài lòng theo tiêu chí: Khảo sát hài lòng khu dân cư kiểu mẫu 2026' },
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.getByTestId('response-rate')).toHaveTextContent('10/14 hộ (71,4%)');
    const criteria = within(screen.getByLabelText('Số liệu hài lòng theo tiêu chí'));
    expect(criteria.getByText('10/10 (100%)')).toBeVisible();
    expect(criteria.getByText('7/10 (70%)')).toBeVisible();
    expect(criteria.getAllByText('Không đạt')).toHaveLength(1);
    const areas = within(screen.getByLabelText('Tỷ lệ phản hồi theo khu dân cư'));
    expect(areas.getByText('3/4 hộ (75%)')).toBeVisible();
  });
});
