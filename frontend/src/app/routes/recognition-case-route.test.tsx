import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import {
  caseServer,
  communeEditor,
  problemResponse,
  provinceAppraiser,
  provinceEditor,
  recognitionCase,
  reporterKp01,
  selfAssessed,
} from '@/testing/recognition-fixtures';
import { renderRoute } from '@/testing/render-route';

const CASE = '/api/v1/recognition-cases/701';

describe('the commune’s review, side by side (/recognition/:id/review)', () => {
  it('shows self-assessed and reviewed per criterion; “Thống nhất”, a change with its reason, then “Hoàn thành rà soát”', async () => {
    const world = caseServer(recognitionCase('SELF_ASSESSED', { criteria: selfAssessed() }));
    server.use(...createHandlers(communeEditor), ...world.handlers);
    const { user, router } = renderRoute('/recognition/701/review');

    const rows = await screen.findAllByTestId('review-row');
    expect(rows).toHaveLength(3);
    expect(screen.getByText('0/3 tiêu chí đã rà soát')).toBeInTheDocument();
    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByTestId('self-side')).toHaveTextContent('Tự đánh giá');
    expect(within(first).getByTestId('self-side')).toHaveTextContent('Đạt');
    expect(within(first).getByTestId('self-side')).toHaveTextContent('Không còn hộ nghèo');
    expect(within(first).getByTestId('reviewed-side')).toHaveTextContent('Chưa rà soát');
    expect(within(second).getByTestId('self-side')).toHaveTextContent('8/10 điểm');
    expect(screen.getByRole('button', { name: 'Hoàn thành rà soát' })).toBeDisabled();

    await user.click(within(first).getByRole('button', { name: 'Thống nhất' }));
    await waitFor(() =>
      expect(within(first).getByTestId('reviewed-side')).toHaveTextContent('Thống nhất'),
    );
    expect(within(first).queryByRole('button', { name: 'Thống nhất' })).not.toBeInTheDocument();

    // a change needs the reason and the result in the criterion's kind
    await user.click(within(second).getByRole('button', { name: /Sửa kết quả/ }));
    const change = within(second).getByTestId('change-form');
    await user.click(within(change).getByRole('button', { name: 'Lưu rà soát' }));
    expect(await within(change).findByText('Cần ghi lý do sửa kết quả')).toBeInTheDocument();
    const score = within(change).getByLabelText('Điểm sau rà soát');
    await user.clear(score);
    await user.type(score, '6');
    await user.type(within(change).getByLabelText('Lý do sửa'), 'Chưa có sổ theo dõi sinh hoạt');
    await user.click(within(change).getByRole('button', { name: 'Lưu rà soát' }));
    await waitFor(() =>
      expect(within(second).getByTestId('reviewed-side')).toHaveTextContent('6/10 điểm'),
    );
    expect(within(second).getByTestId('reviewed-side')).toHaveTextContent(
      'Lý do: Chưa có sổ theo dõi sinh hoạt',
    );
    await user.click(within(third).getByRole('button', { name: 'Thống nhất' }));
    expect(await screen.findByText('3/3 tiêu chí đã rà soát')).toBeInTheDocument();

    expect(world.seen.map((s) => [s.path, s.body])).toEqual([
      [`${CASE}/reviews/11`, { review: 'AGREE', version: 1 }],
      [
        `${CASE}/reviews/12`,
        { review: 'CHANGE', reason: 'Chưa có sổ theo dõi sinh hoạt', score: 6, version: 1 },
      ],
      [`${CASE}/reviews/13`, { review: 'AGREE', version: 1 }],
    ]);
    expect(world.seen.every((s) => s.key && s.key.length > 10)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Hoàn thành rà soát' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/recognition/701'));
    expect(world.seen.at(-1)).toMatchObject({
      path: `${CASE}/complete-review`,
      body: { version: 2 },
    });
    // the case page now offers the posting
    expect(await screen.findByTestId('posting-step')).toBeInTheDocument();
  });

  it('shows the 409 `criteria-not-met` of “Hoàn thành rà soát”', async () => {
    const reviewed = selfAssessed().map((c) => ({
      ...c,
      assessment: { ...c.assessment, review: 'AGREE' as const },
    }));
    const world = caseServer(recognitionCase('SELF_ASSESSED', { criteria: reviewed }));
    server.use(
      http.post(`*${CASE}/complete-review`, () =>
        problemResponse({
          type: 'https://danvan.vn/problems/conflict',
          title: 'Xung đột',
          status: 409,
          detail: 'Kết quả rà soát chưa đạt bộ tiêu chí: 2.',
        }),
      ),
      ...createHandlers(communeEditor),
      ...world.handlers,
    );
    const { user } = renderRoute('/recognition/701/review');
    await user.click(await screen.findByRole('button', { name: 'Hoàn thành rà soát' }));
    expect(await screen.findByTestId('complete-review-error')).toHaveTextContent(
      'Kết quả rà soát chưa đạt bộ tiêu chí: 2.',
    );
  });
});

describe('the steps after the review (/recognition/:id)', () => {
  it('posting: from/to as dd/MM/yyyy, at least the set’s days, and the place', async () => {
    const world = caseServer(recognitionCase('REVIEWED', { criteria: selfAssessed() }));
    server.use(...createHandlers(communeEditor), ...world.handlers);
    const { user } = renderRoute('/recognition/701');

    const step = await screen.findByTestId('posting-step');
    expect(step).toHaveTextContent('Niêm yết ít nhất 10 ngày');
    await user.type(within(step).getByLabelText('Niêm yết từ ngày'), '01/12/2026{Enter}');
    await user.type(within(step).getByLabelText('Đến hết ngày'), '05/12/2026{Enter}');
    await user.type(within(step).getByLabelText('Nơi niêm yết'), 'Nhà văn hóa Khu phố 1');
    await user.click(within(step).getByRole('button', { name: 'Niêm yết công khai' }));
    await waitFor(() =>
      expect(within(step).getByText('Thời gian niêm yết ngắn hơn 10 ngày')).toBeVisible(),
    );
    expect(world.seen).toEqual([]);

    const to = within(step).getByLabelText('Đến hết ngày');
    await user.clear(to);
    await user.type(to, '10/12/2026{Enter}');
    await user.click(within(step).getByRole('button', { name: 'Niêm yết công khai' }));
    await waitFor(() => expect(world.seen).toHaveLength(1));
    expect(world.seen[0]?.body).toEqual({
      postedFrom: '2026-12-01',
      postedTo: '2026-12-10',
      place: 'Nhà văn hóa Khu phố 1',
      version: 2,
    });
    expect(await screen.findByTestId('council-step')).toBeInTheDocument();
    expect(screen.getByTestId('step-records')).toHaveTextContent(
      '01/12/2026 – 10/12/2026 tại Nhà văn hóa Khu phố 1',
    );
  });

  it('council: shows the threshold and whether the votes pass before sending, and the server’s 409', async () => {
    const world = caseServer(
      recognitionCase('POSTED', {
        criteria: selfAssessed(),
        posting: {
          postedFrom: '2026-12-01',
          postedTo: '2026-12-10',
          place: 'Nhà văn hóa Khu phố 1',
          comments: [],
        },
      }),
    );
    server.use(
      http.post(`*${CASE}/council`, () =>
        problemResponse({
          type: 'https://danvan.vn/problems/conflict',
          title: 'Xung đột',
          status: 409,
          detail: 'Chưa hết thời gian niêm yết (đến hết ngày 10/12/2026).',
        }),
      ),
      ...createHandlers(communeEditor),
      ...world.handlers,
    );
    const { user } = renderRoute('/recognition/701');

    const step = await screen.findByTestId('council-step');
    const threshold = within(step).getByTestId('council-threshold');
    expect(threshold).toHaveTextContent('Ngưỡng thông qua: 90% số thành viên có mặt đồng ý');
    await user.type(within(step).getByLabelText('Ngày họp'), '15/12/2026{Enter}');
    await user.type(within(step).getByLabelText('Số thành viên hội đồng'), '10');
    await user.type(within(step).getByLabelText('Số thành viên có mặt'), '10');
    // (the form's watched values reach the text on the next render)
    await waitFor(() =>
      expect(threshold).toHaveTextContent('Cần ít nhất 9 phiếu đồng ý trên 10 thành viên có mặt'),
    );
    await user.type(within(step).getByLabelText('Số phiếu đồng ý'), '8');
    expect(await within(step).findByTestId('council-outcome')).toHaveTextContent(
      '8 phiếu đồng ý: KHÔNG ĐẠT',
    );
    const votesFor = within(step).getByLabelText('Số phiếu đồng ý');
    await user.clear(votesFor);
    await user.type(votesFor, '9');
    await waitFor(() =>
      expect(within(step).getByTestId('council-outcome')).toHaveTextContent(
        '9 phiếu đồng ý: ĐẠT ngưỡng thông qua',
      ),
    );
    await user.type(within(step).getByLabelText('Số phiếu không đồng ý'), '1');
    await user.type(
      within(step).getByLabelText('Họ tên thành viên dự họp'),
      'Nguyễn Văn A, Trần Thị B',
    );
    await user.click(within(step).getByRole('button', { name: 'Họp hội đồng, bỏ phiếu' }));
    expect(await within(step).findByTestId('council-refused')).toHaveTextContent(
      'Chưa hết thời gian niêm yết (đến hết ngày 10/12/2026).',
    );
  });

  it('council: sends the votes; 9 of 10 present pass at 90%', async () => {
    const world = caseServer(
      recognitionCase('POSTED', {
        criteria: selfAssessed(),
        posting: {
          postedFrom: '2026-10-01',
          postedTo: '2026-10-10',
          place: 'Nhà văn hóa',
          comments: [],
        },
      }),
    );
    server.use(...createHandlers(communeEditor), ...world.handlers);
    const { user } = renderRoute('/recognition/701');
    const step = await screen.findByTestId('council-step');
    await user.type(within(step).getByLabelText('Ngày họp'), '15/10/2026{Enter}');
    await user.type(within(step).getByLabelText('Số thành viên hội đồng'), '10');
    await user.type(within(step).getByLabelText('Số thành viên có mặt'), '10');
    await user.type(within(step).getByLabelText('Số phiếu đồng ý'), '9');
    await user.type(within(step).getByLabelText('Số phiếu không đồng ý'), '1');
    await user.click(within(step).getByRole('button', { name: 'Họp hội đồng, bỏ phiếu' }));
    await waitFor(() => expect(world.seen).toHaveLength(1));
    expect(world.seen[0]?.body).toEqual({
      metOn: '2026-10-15',
      members: 10,
      present: 10,
      votesFor: 9,
      votesAgainst: 1,
      version: 2,
    });
    expect(await screen.findByTestId('council-record')).toHaveTextContent(
      '10/10 thành viên có mặt; 9 đồng ý, 1 không đồng ý',
    );
    // the next step is the deciding level's: the commune sees no form
    expect(screen.queryByTestId('appraisal-step')).not.toBeInTheDocument();
  });

  it('appraisal by the province’s appraiser', async () => {
    const world = caseServer(recognitionCase('VOTED', { criteria: selfAssessed() }));
    server.use(...createHandlers(provinceAppraiser), ...world.handlers);
    const { user } = renderRoute('/recognition/701');
    const step = await screen.findByTestId('appraisal-step');
    await user.type(within(step).getByLabelText('Ý kiến thẩm định'), 'Hồ sơ đầy đủ, đạt chuẩn');
    await user.click(within(step).getByRole('button', { name: 'Thẩm định' }));
    await waitFor(() => expect(world.seen).toHaveLength(1));
    expect(world.seen[0]?.body).toEqual({
      passed: true,
      opinion: 'Hồ sơ đầy đủ, đạt chuẩn',
      version: 2,
    });
    expect(await screen.findByText('Đã thẩm định')).toBeInTheDocument();
  });
});

describe('the decision (/recognition/:id)', () => {
  it('shows the validity before sending, records the decision, and revokes it', async () => {
    const world = caseServer(recognitionCase('APPRAISED', { criteria: selfAssessed() }));
    server.use(...createHandlers(provinceEditor), ...world.handlers);
    const { user } = renderRoute('/recognition/701');

    const step = await screen.findByTestId('decision-step');
    expect(step).toHaveTextContent('Quyết định công nhận');
    await user.type(within(step).getByLabelText('Số quyết định'), '215/QĐ-UBND');
    await user.type(within(step).getByLabelText('Ngày ký'), '15/12/2026{Enter}');
    await user.type(within(step).getByLabelText('Người ký'), 'Nguyễn Văn Tỉnh');
    // the set's 5 years from the signing day, before anything is sent
    expect(within(step).getByTestId('decision-valid-until')).toHaveTextContent(
      'Hiệu lực đến hết ngày 15/12/2031',
    );
    await user.click(within(step).getByRole('button', { name: 'Quyết định công nhận' }));
    await waitFor(() => expect(world.seen).toHaveLength(1));
    expect(world.seen[0]).toMatchObject({
      path: `${CASE}/decide`,
      body: {
        number: '215/QĐ-UBND',
        signedOn: '2026-12-15',
        signer: 'Nguyễn Văn Tỉnh',
        version: 2,
      },
    });

    const record = await screen.findByTestId('decision-record');
    expect(record).toHaveTextContent('215/QĐ-UBND');
    expect(record).toHaveTextContent('15/12/2026 – 15/12/2031');
    expect(record).toHaveTextContent('Nguyễn Văn Tỉnh');
    expect(within(record).getByTestId('decision-status')).toHaveTextContent('Còn hiệu lực');

    await user.click(within(record).getByRole('button', { name: 'Thu hồi quyết định' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Số quyết định thu hồi'), '300/QĐ-UBND');
    await user.type(within(dialog).getByLabelText('Lý do thu hồi'), 'Không giữ vững tiêu chí 1');
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('decision-record')).getByTestId('decision-status'),
      ).toHaveTextContent('Đã thu hồi'),
    );
    expect(world.seen[1]).toMatchObject({
      path: '/api/v1/recognition-decisions/81/revoke',
      body: { number: '300/QĐ-UBND', reason: 'Không giữ vững tiêu chí 1', version: 0 },
    });
  });

  it('refusal with reasons', async () => {
    const world = caseServer(recognitionCase('APPRAISED', { criteria: selfAssessed() }));
    server.use(...createHandlers(provinceEditor), ...world.handlers);
    const { user } = renderRoute('/recognition/701');
    await user.click(await screen.findByRole('button', { name: 'Không công nhận' }));
    const step = screen.getByTestId('refusal-step');
    await user.type(within(step).getByLabelText('Lý do không công nhận'), 'Tiêu chí 3 chưa đạt');
    await user.click(within(step).getByRole('button', { name: 'Xác nhận không công nhận' }));
    expect(await screen.findByTestId('refusal-reasons')).toHaveTextContent('Tiêu chí 3 chưa đạt');
    expect(world.seen[0]).toMatchObject({
      path: `${CASE}/refuse`,
      body: { reasons: 'Tiêu chí 3 chưa đạt', version: 2 },
    });
  });

  it('the commune withdraws a case before the council has voted', async () => {
    const world = caseServer(recognitionCase('REVIEWED', { criteria: selfAssessed() }));
    server.use(...createHandlers(communeEditor), ...world.handlers);
    const { user } = renderRoute('/recognition/701');
    await user.click(await screen.findByRole('button', { name: 'Rút hồ sơ' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Lý do rút'), 'Khu phố xin rút để hoàn thiện');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rút' }));
    await waitFor(() => expect(screen.getByTestId('case-state')).toHaveTextContent('Đã rút'));
    expect(world.seen[0]?.body).toEqual({ reason: 'Khu phố xin rút để hoàn thiện', version: 2 });
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).not.toBeInTheDocument();
  });

  it('a commune editor sees no decision form for a title the province decides', async () => {
    const world = caseServer(recognitionCase('APPRAISED', { criteria: selfAssessed() }));
    server.use(...createHandlers(communeEditor), ...world.handlers);
    renderRoute('/recognition/701');
    expect(await screen.findByText('Đã thẩm định')).toBeInTheDocument();
    expect(screen.queryByTestId('decision-step')).not.toBeInTheDocument();
  });
});

describe('the case’s timeline', () => {
  it('lists every step, who and when (dd/MM/yyyy HH:mm, Viet Nam time), from which state to which', async () => {
    const world = caseServer(recognitionCase('SELF_ASSESSED', { criteria: selfAssessed() }));
    server.use(
      ...createHandlers(reporterKp01),
      ...world.handlers,
      http.get(`*${CASE}/timeline`, () =>
        HttpResponse.json([
          {
            action: 'REGISTER',
            toState: 'REGISTERED',
            actor: 'reporter.kp01',
            at: '2026-11-01T02:00:00Z',
          },
          {
            action: 'SUBMIT',
            fromState: 'REGISTERED',
            toState: 'SELF_ASSESSED',
            actor: 'reporter.kp01',
            actorPerson: { username: 'reporter.kp01', displayName: 'Lê Thị Khu Phố' },
            at: '2026-11-20T17:30:00Z',
          },
          {
            action: 'SOMETHING_NEW',
            actor: 'editor.rachgia',
            at: '2026-11-21T02:00:00Z',
            comment: 'Ghi chú',
          },
        ]),
      ),
    );
    const { user } = renderRoute('/recognition/701');
    await user.click(await screen.findByRole('tab', { name: 'Diễn biến' }));
    const timeline = await screen.findByTestId('case-timeline');
    expect(timeline).toHaveTextContent('Đăng ký hồ sơ');
    expect(timeline).toHaveTextContent('01/11/2026 09:00');
    expect(timeline).toHaveTextContent('Gửi tự đánh giá');
    expect(timeline).toHaveTextContent('Đã đăng ký → Đã tự đánh giá');
    // 17:30 UTC is past midnight in Viet Nam
    expect(timeline).toHaveTextContent('21/11/2026 00:30');
    expect(timeline).toHaveTextContent('Lê Thị Khu Phố');
    // an action this screen does not know yet shows as the server names it
    expect(timeline).toHaveTextContent('SOMETHING_NEW');
    expect(timeline).toHaveTextContent('Ghi chú');
  });
});
