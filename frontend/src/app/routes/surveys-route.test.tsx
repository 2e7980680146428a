import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { listOutboxItems } from '@/lib/outbox/outbox-store';
import { residentialAreas } from '@/testing/fixtures';
import { problemResponse } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import {
  editorPermissions,
  frontRachGia,
  readOnly,
  results,
  survey,
} from '@/testing/survey-fixtures';
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
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Thiết kế khảo sát' })).toBeVisible(),
    );
    expect(screen.getByDisplayValue('Ông/bà hài lòng với vệ sinh môi trường?')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: '5. Rất hài lòng' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '3. Bình thường' })).not.toBeChecked();
  });

  it('closes a survey, and shows why the server refuses to publish it (409), by the blockers’ codes', async () => {
    setViewport('phone');
    let current = survey('OPEN', { responses: 3 });
    server.use(
      ...createHandlers(frontRachGia),
      ...surveyApi(() => current),
      http.post('*/api/v1/satisfaction-surveys/61/close', async ({ request }) => {
        expect(await request.json()).toEqual({ version: 3 });
        // as the server read it: closed, nothing blocks it yet
        current = {
          ...current,
          state: 'CLOSED',
          version: 4,
          permissions: editorPermissions('CLOSED'),
        };
        return HttpResponse.json(current);
      }),
      http.post('*/api/v1/satisfaction-surveys/61/publish', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/sample-not-reached',
          title: 'Chưa đủ mẫu',
          status: 409,
          detail: 'Khu dân cư Khu phố 2 chưa đạt tỷ lệ tối thiểu 60%: 0/10 hộ (0.0%)',
          errors: [
            { field: 'sample-not-reached[31]', message: 'Khu dân cư Khu phố 2 chưa đạt: 0/10 hộ' },
            { field: 'some-later-code', message: 'Lý do mới của máy chủ' },
          ],
        }),
      ),
    );
    const { user } = renderRoute('/surveys/61');
    await user.click(await screen.findByRole('button', { name: 'Kết thúc khảo sát' }, SLOW));
    await waitFor(() => expect(screen.getByText('Đã kết thúc')).toBeVisible());
    await user.click(await screen.findByRole('button', { name: 'Công bố kết quả' }));
    const refusal = await screen.findByTestId('step-refusal');
    expect(refusal).toHaveTextContent('Chưa công bố được kết quả:');
    // a known code without its figures, and a code this web app does not know: the server's words
    expect(
      within(refusal)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Khu dân cư Khu phố 2 chưa đạt: 0/10 hộ', 'Lý do mới của máy chủ']);
  });

  it('shows only the buttons the survey’s permissions allow', async () => {
    setViewport('desktop');
    let current = survey('OPEN', { permissions: readOnly });
    server.use(...createHandlers(frontRachGia), ...surveyApi(() => current));
    const { unmount } = renderRoute('/surveys/61');
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Kết quả' })).toBeVisible(),
      SLOW,
    );
    for (const name of [
      'Mở khảo sát',
      'Kết thúc khảo sát',
      'Công bố kết quả',
      'Nhập phiếu giấy',
      'Sửa thiết kế',
      'Tạo mã và bảng in',
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    unmount();

    // a reporter of an open survey: entering forms only
    current = survey('OPEN', { permissions: { ...readOnly, enterForms: true } });
    const reporter = renderRoute('/surveys/61');
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Nhập phiếu giấy' })).toBeVisible(),
      SLOW,
    );
    expect(screen.queryByRole('button', { name: 'Kết thúc khảo sát' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tạo mã/ })).not.toBeInTheDocument();
    reporter.unmount();

    // the Front's editor of a draft: design, open, codes; no entry, no closing
    current = survey('DRAFT');
    renderRoute('/surveys/61');
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Mở khảo sát' })).toBeVisible(),
      SLOW,
    );
    expect(screen.getByRole('button', { name: 'Sửa thiết kế' })).toBeVisible();
    expect(screen.getByRole('button', { name: /Tạo mã và bảng in/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nhập phiếu giấy' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc khảo sát' })).not.toBeInTheDocument();
  });

  it('a closed survey that cannot be published says why, worded by each blocker’s code', async () => {
    setViewport('phone');
    const blocked = results('CLOSED', {
      publishable: false,
      sampleReached: false,
      blockers: [
        {
          code: 'sample-not-reached',
          message: 'Chưa đạt tỷ lệ tối thiểu 60% số hộ theo kế hoạch: toàn xã 5/14 hộ (35.7%)',
          responses: 5,
          households: 14,
          responsePercent: 35.7,
          minimumResponsePercent: 60,
        },
        {
          code: 'sample-not-reached',
          message: 'Khu dân cư Khu phố 2 chưa đạt tỷ lệ tối thiểu 60%: 2/10 hộ (20.0%)',
          residentialAreaId: 31,
          residentialAreaName: 'Khu phố 2',
          responses: 2,
          households: 10,
          responsePercent: 20,
          minimumResponsePercent: 60,
        },
      ],
    });
    server.use(
      ...createHandlers(frontRachGia),
      http.get('*/api/v1/satisfaction-surveys/61', () =>
        HttpResponse.json(survey('CLOSED', { permissions: editorPermissions('CLOSED', false) })),
      ),
      http.get('*/api/v1/satisfaction-surveys/61/results', () => HttpResponse.json(blocked)),
    );
    renderRoute('/surveys/61');
    const why = await screen.findByTestId('publish-blockers', {}, SLOW);
    expect(screen.queryByRole('button', { name: 'Công bố kết quả' })).not.toBeInTheDocument();
    const lines = within(why).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'Toàn xã mới có 5/14 hộ trả lời (35,7%), dưới mức tối thiểu 60%.',
      'Khu phố 2: 2/10 hộ trả lời (20%), dưới mức tối thiểu 60%.',
    ]);
  });

  it('issuing codes shows a printable sheet: every code on a slip with the link, said to be shown once', async () => {
    setViewport('desktop');
    const codes = ['ABCD-EFGH-JKMN', 'PQRS-TUVW-XYZ2', '3456-789A-BCDE'];
    const asked: unknown[] = [];
    server.use(
      ...createHandlers(frontRachGia),
      ...surveyApi(() => survey('OPEN')),
      http.post('*/api/v1/satisfaction-surveys/61/codes', async ({ request }) => {
        asked.push(await request.json());
        return HttpResponse.json(
          {
            surveyId: 61,
            residentialAreaId: 31,
            residentialAreaName: 'Khu phố 2',
            link: 'https://danvan.angiang.gov.vn/khao-sat/61',
            path: '/khao-sat/61',
            codes,
          },
          { status: 201 },
        );
      }),
    );
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderRoute('/surveys/61');
    await user.click(await screen.findByRole('combobox', { name: 'Khu dân cư' }, SLOW));
    await user.click(
      await waitFor(() => {
        const option = document.querySelector<HTMLElement>(
          '.ant-select-item-option[title="Khu phố 2"]',
        );
        if (!option) throw new Error('no option');
        return option;
      }),
    );
    expect(screen.getByRole('spinbutton', { name: 'Số mã' })).toHaveValue('20');
    await user.click(screen.getByRole('button', { name: /Tạo mã và bảng in/ }));

    const sheet = await screen.findByRole('dialog', { name: 'Bảng mã trả lời: Khu phố 2' });
    expect(asked).toEqual([{ residentialAreaId: 31, count: 20 }]);
    expect(within(sheet).getByTestId('codes-once')).toHaveTextContent(
      'Các mã này chỉ hiện một lần',
    );
    const slips = within(within(sheet).getByRole('list', { name: 'Phiếu mã để cắt' })).getAllByRole(
      'listitem',
    );
    expect(slips).toHaveLength(3);
    for (const [i, code] of codes.entries()) {
      const slip = slips[i] as HTMLElement;
      expect(slip).toHaveAccessibleName(`Phiếu mã ${code}`);
      expect(slip).toHaveTextContent(code);
      expect(slip).toHaveTextContent('https://danvan.angiang.gov.vn/khao-sat/61');
      expect(slip).toHaveTextContent('Khảo sát hài lòng khu dân cư kiểu mẫu 2026');
      expect(slip).toHaveTextContent('Phường Rạch Giá · Khu phố 2');
      expect(slip).toHaveTextContent('Mỗi mã chỉ dùng một lần');
    }
    expect(document.body).toHaveClass('survey-code-sheet-open');
    await user.click(within(sheet).getByRole('button', { name: /\bIn$/ }));
    expect(print).toHaveBeenCalledTimes(1);

    // the .csv keeps every code with its area and the link
    const saved: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:codes';
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await user.click(within(sheet).getByRole('button', { name: /Tải \.csv/ }));
    const csv = await (saved[0] as Blob).text();
    expect(csv.replace('\uFEFF', '').split('\r\n')).toEqual([
      'Mã,Khu dân cư,Địa chỉ trả lời',
      ...codes.map((code) => `${code},Khu phố 2,https://danvan.angiang.gov.vn/khao-sat/61`),
      '',
    ]);
    create.mockRestore();
    click.mockRestore();
    print.mockRestore();

    // closing asks first; then the page is back, the sheet can be shown again while it is open
    await user.click(within(sheet).getByRole('button', { name: /Đóng/ }));
    await user.click(await screen.findByRole('button', { name: 'Đóng bảng mã' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Bảng mã/ })).toBeNull());
    expect(document.body).not.toHaveClass('survey-code-sheet-open');
    await user.click(screen.getByRole('button', { name: /Xem lại bảng mã/ }));
    await waitFor(() =>
      expect(screen.getByRole('dialog', { name: 'Bảng mã trả lời: Khu phố 2' })).toBeVisible(),
    );
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
    await waitFor(() => expect(within(recent).getByText('Chờ gửi')).toBeVisible());
    expect(within(recent).getByText(/Phiếu 1 · Khu phố 1/)).toBeVisible();
    expect(screen.getAllByTestId('area-counter')[0]).toHaveTextContent('1 trên máy · 3/4');
    // the form is clear for the next one, the area kept
    expect(screen.getByRole('button', { name: /Lưu phiếu \(0\/2 câu\)/ })).toBeDisabled();

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(within(recent).getByText('Đã gửi')).toBeVisible());
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
