import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { reporterRachGia } from '@/testing/fixtures';
import {
  editorRachGia,
  model,
  modelSummaries,
  movementsApi,
  problemResponse,
  round,
} from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

describe('the commune cadre’s models (/models)', () => {
  it('lists the unit’s models of the current round with what the round still needs', async () => {
    const seen: URL[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      http.get('*/api/v1/mobilization-models', ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({ items: modelSummaries, page: 0, size: 20, total: 4 });
      }),
    );
    const { user } = renderRoute('/models');

    const cards = await screen.findAllByTestId('model-card');
    expect(cards).toHaveLength(4);
    expect(within(cards[0] as HTMLElement).getByText('Chưa báo cáo kết quả')).toBeInTheDocument();
    expect(
      within(cards[1] as HTMLElement).getByText('Bị trả lại — cần bổ sung'),
    ).toBeInTheDocument();
    expect(within(cards[2] as HTMLElement).queryByTestId('round-need')).not.toBeInTheDocument();
    // the unit of the cadre, the movement and the round open today (2026)
    const first = seen[0];
    expect(first?.searchParams.get('unitId')).toBe('100');
    expect(first?.searchParams.get('movementId')).toBe('1');
    expect(first?.searchParams.get('roundId')).toBe('6');

    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm theo tên, chủ thể, địa bàn' }),
      'heo dat{Enter}',
    );
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('q')).toBe('heo dat'));
    expect(screen.getByRole('link', { name: /Đăng ký mô hình/ })).toBeInTheDocument();
  });

  it('shows a 403 from the server instead of a list', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      http.get('*/api/v1/mobilization-models', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/out-of-scope',
          title: 'Ngoài phạm vi',
          status: 403,
          detail: 'Đơn vị 100 ngoài phạm vi của đồng chí.',
        }),
      ),
    );
    renderRoute('/models');
    expect(await screen.findByText('Đơn vị 100 ngoài phạm vi của đồng chí.')).toBeInTheDocument();
    expect(screen.queryByTestId('model-card')).not.toBeInTheDocument();
  });
});

describe('a model’s page (/models/:id)', () => {
  it('shows the header, results by round with photos, timeline, replications tree and commendations', async () => {
    const recognized = round('COMMENDED', {
      resultsText: 'Đã hỗ trợ 12 hộ thoát nghèo',
      figures: [{ name: 'Số hộ được hỗ trợ', value: 12, unit: 'hộ' }],
      appraisal: {
        result: 'PASS',
        opinion: 'Thiết thực',
        appraisedBy: 'appraiser.rachgia',
        appraisedByPerson: { username: 'appraiser.rachgia', displayName: 'Trần Thị Thẩm' },
        appraisedOn: '2026-09-20',
      },
      recognition: {
        decisionNumber: '125-QĐ/BCĐ',
        decisionDate: '2026-10-02',
        signer: 'Nguyễn Văn Ký',
        level: 'COMMUNE',
      },
      commendations: [
        {
          id: 1,
          form: 'GIAY_KHEN',
          authority: 'UBND phường Rạch Giá',
          decisionNumber: '77/QĐ-UBND',
          decisionDate: '2026-11-20',
          recipientKind: 'COLLECTIVE',
          recipientName: 'Hội Liên hiệp Phụ nữ phường Rạch Giá',
        },
      ],
      attachments: [
        {
          id: 9,
          fileName: 'hop-dan.jpg',
          mediaType: 'image/jpeg',
          size: 100,
          sha256: 'ab',
          uploadedBy: 'reporter.rachgia',
          uploadedAt: '2026-09-01T01:00:00Z',
        },
      ],
    });
    URL.createObjectURL = () => 'blob:photo';
    URL.revokeObjectURL = () => undefined;
    server.use(
      ...createHandlers(reporterRachGia),
      http.get('*/api/v1/mobilization-models/302', () =>
        HttpResponse.json(
          model(recognized, {
            replicationOf: { id: 250, name: 'Heo đất nghĩa tình Long Xuyên' },
            replications: [{ id: 410, name: 'Heo đất ấp Vĩnh Lợi' }],
          }),
        ),
      ),
      http.get(
        '*/api/v1/model-rounds/3020/attachments/9',
        () =>
          new HttpResponse(new Uint8Array([255, 216, 255]), {
            headers: { 'Content-Type': 'image/jpeg' },
          }),
      ),
      http.get('*/api/v1/mobilization-models/302/timeline', () =>
        HttpResponse.json([
          {
            action: 'REGISTER',
            actor: 'reporter.rachgia',
            at: '2026-02-01T02:00:00Z',
            afterTheFact: false,
            roundName: 'Năm 2026',
          },
          {
            action: 'RETURN',
            actor: 'appraiser.angiang',
            actorPerson: { username: 'appraiser.angiang', displayName: 'Lê Văn Thẩm' },
            at: '2026-09-10T02:00:00Z',
            comment: 'Bổ sung số tiền',
            afterTheFact: false,
          },
        ]),
      ),
    );
    const { user } = renderRoute('/models/302');

    expect(
      await screen.findByRole('heading', { name: 'Quỹ heo đất giúp hộ nghèo' }),
    ).toBeInTheDocument();
    const record = screen.getByTestId('round-record');
    expect(within(record).getByText('Đã hỗ trợ 12 hộ thoát nghèo')).toBeInTheDocument();
    expect(within(record).getByText('125-QĐ/BCĐ')).toBeInTheDocument();
    // the appraiser by name, not by login
    expect(within(record).getByText('Trần Thị Thẩm')).toBeInTheDocument();
    expect(within(record).queryByText(/appraiser\.rachgia/)).not.toBeInTheDocument();
    expect(within(record).getByText('02/10/2026')).toBeInTheDocument();
    expect(within(record).getByTestId('commendation')).toHaveTextContent('77/QĐ-UBND');
    expect(await within(record).findByRole('img', { name: 'hop-dan.jpg' })).toBeInTheDocument();
    // a commended record has nothing left for the reporter
    expect(within(record).queryByTestId('round-work')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Diễn biến' }));
    const timeline = await screen.findByTestId('model-timeline');
    expect(within(timeline).getByText('Trả lại để bổ sung')).toBeInTheDocument();
    expect(within(timeline).getByText('Lê Văn Thẩm')).toBeInTheDocument();
    expect(within(timeline).getByText('Bổ sung số tiền')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Nhân rộng' }));
    const tree = await screen.findByTestId('replications');
    expect(
      within(tree).getByRole('link', { name: 'Heo đất nghĩa tình Long Xuyên' }),
    ).toHaveAttribute('href', '/models/250');
    expect(within(tree).getByRole('link', { name: 'Heo đất ấp Vĩnh Lợi' })).toHaveAttribute(
      'href',
      '/models/410',
    );
  });
});

describe('a model carried into a new round, or discontinued (/models/:id)', () => {
  it('its organization carries it into the open round with the year’s mark, and its editor stops it with a reason', async () => {
    const lastYear = round('RECOGNIZED', { roundId: 5, roundName: 'Năm 2025', year: 2025 });
    const enrolled: unknown[] = [];
    const stopped: unknown[] = [];
    server.use(
      ...createHandlers(editorRachGia),
      movementsApi,
      http.get('*/api/v1/mobilization-models/302', () => HttpResponse.json(model(lastYear))),
      http.get('*/api/v1/mobilization-models/302/timeline', () => HttpResponse.json([])),
      http.post('*/api/v1/mobilization-models/302/rounds', async ({ request }) => {
        enrolled.push(await request.json());
        return HttpResponse.json(model(lastYear), { status: 201 });
      }),
      http.post('*/api/v1/mobilization-models/302/discontinue', async ({ request }) => {
        stopped.push(await request.json());
        return problemResponse({
          type: 'https://danvan.vn/problems/stale-version',
          title: 'Xung đột phiên bản',
          status: 409,
          detail: 'Bản ghi đã được người khác sửa',
        });
      }),
    );
    const { user } = renderRoute('/models/302');
    const lifecycle = await screen.findByTestId('model-lifecycle');

    await user.click(within(lifecycle).getByRole('button', { name: 'Tham gia đợt mới' }));
    let dialog = await screen.findByRole('dialog');
    // only the round open for registration that the model is not in yet
    expect(within(dialog).getByText('Năm 2026')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Yếu, cần củng cố' }));
    await user.click(within(dialog).getByRole('button', { name: 'Tham gia đợt mới' }));
    await waitFor(() =>
      expect(enrolled).toEqual([{ roundId: 6, mark: 'WEAK', afterTheFact: false }]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(lifecycle).getByRole('button', { name: 'Dừng mô hình' }));
    dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Lý do dừng'), 'Hộ dân chuyển đi nơi khác');
    await user.click(within(dialog).getByRole('button', { name: 'Dừng mô hình' }));
    await waitFor(() =>
      expect(stopped).toEqual([{ reason: 'Hộ dân chuyển đi nơi khác', version: 1 }]),
    );
    // a refusal stays in the dialog, with what was typed
    expect(await within(dialog).findByTestId('discontinue-error')).toHaveTextContent(
      'Bản ghi đã được người khác sửa',
    );
    expect(within(dialog).getByLabelText('Lý do dừng')).toHaveValue('Hộ dân chuyển đi nơi khác');
  });

  it('a reporter of another organization sees neither action', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      http.get('*/api/v1/mobilization-models/302', () =>
        HttpResponse.json(
          model(round('RECOGNIZED'), { organization: { id: 99, code: 'X', name: 'Khác' } }),
        ),
      ),
      http.get('*/api/v1/mobilization-models/302/timeline', () => HttpResponse.json([])),
    );
    renderRoute('/models/302');
    await screen.findByTestId('round-record');
    expect(screen.queryByTestId('model-lifecycle')).not.toBeInTheDocument();
  });
});
