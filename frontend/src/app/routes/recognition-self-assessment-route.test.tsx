import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { listOutboxItems } from '@/lib/outbox/outbox-store';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import {
  caseServer,
  criteria,
  problemResponse,
  recognitionCase,
  reporterKp01,
  selfAssessed,
} from '@/testing/recognition-fixtures';
import { renderRoute } from '@/testing/render-route';

const SUBJECT = 'test-subject-1';
const CASE = '/api/v1/recognition-cases/701';

beforeEach(() => {
  URL.createObjectURL = () => 'blob:evidence';
  URL.revokeObjectURL = () => undefined;
});

describe('the self-assessment of an area on a phone (/recognition/:id/self-assessment)', () => {
  it('shows one criterion per card with the progress, sends each save and photo with its Idempotency-Key, then submits', async () => {
    const world = caseServer(recognitionCase('REGISTERED'));
    server.use(...createHandlers(reporterKp01), ...world.handlers);
    const { user, router } = renderRoute('/recognition/701/self-assessment');

    expect(await screen.findByText('0/3 tiêu chí')).toBeInTheDocument();
    const first = screen.getByTestId('criterion-card');
    expect(within(first).getByTestId('criterion-name')).toHaveTextContent(
      '1. Đời sống kinh tế ổn định, không có hộ nghèo',
    );
    expect(within(first).getByText(/Danh sách hộ nghèo của xã/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi tự đánh giá' })).toBeDisabled();

    // pass/fail: the switch; a photo from the camera goes at once, through the outbox
    await user.click(within(first).getByRole('switch', { name: 'Kết quả' }));
    expect(within(first).getByRole('button', { name: /Chụp ảnh minh chứng/ })).toBeInTheDocument();
    await user.upload(
      within(first).getByTestId('photo-input'),
      new File([new Uint8Array([255, 216, 255])], 'nha-van-hoa.jpg', { type: 'image/jpeg' }),
    );
    await waitFor(() =>
      expect(world.seen.map((s) => s.path)).toContain(`${CASE}/assessments/11/attachments`),
    );
    await user.type(within(first).getByLabelText('Ghi chú'), 'Không còn hộ nghèo');
    await user.click(within(first).getByRole('button', { name: 'Lưu tiêu chí' }));

    expect(await screen.findByText('1/3 tiêu chí')).toBeInTheDocument();
    await waitFor(() => expect(world.seen).toHaveLength(2));
    const [photo, saved] = world.seen;
    const items = await listOutboxItems(SUBJECT);
    expect(items[0]?.files.map((f) => f.name)).toEqual(['nha-van-hoa.jpg']);
    expect(photo?.key).toBe(items[0]?.id);
    expect(saved).toMatchObject({
      method: 'PUT',
      path: `${CASE}/assessments/11`,
      key: items[1]?.id,
      body: { passed: true, note: 'Không còn hộ nghèo', version: 0 },
    });

    // the next card: a scored criterion (0 to its max points)
    await waitFor(() => expect(screen.getByTestId('criterion-name')).toHaveTextContent(/^2\./));
    const second = screen.getByTestId('criterion-card');
    expect(within(second).getByTestId('criterion-name')).toHaveTextContent('2. Đời sống văn hóa');
    expect(within(second).getByText('Tối đa 10 điểm')).toBeInTheDocument();
    await user.type(within(second).getByLabelText('Điểm tự chấm'), '8');
    await user.click(within(second).getByRole('button', { name: 'Lưu tiêu chí' }));
    expect(await screen.findByText('2/3 tiêu chí')).toBeInTheDocument();
    await waitFor(() => expect(world.seen).toHaveLength(3));
    await waitFor(() => expect(world.seen).toHaveLength(3));

    // then a measured one, with its threshold
    await waitFor(() => expect(screen.getByTestId('criterion-name')).toHaveTextContent(/^3\./));
    const third = screen.getByTestId('criterion-card');
    expect(within(third).getByText('Ngưỡng đạt: >= 80 %')).toBeInTheDocument();
    await user.type(within(third).getByLabelText('Giá trị đạt được'), '92');
    await user.click(within(third).getByRole('button', { name: 'Lưu tiêu chí' }));
    expect(await screen.findByText('3/3 tiêu chí')).toBeInTheDocument();
    await waitFor(() => expect(world.seen).toHaveLength(4));
    expect(world.seen.slice(2).map((s) => s.body)).toEqual([
      { score: 8, version: 0 },
      { value: 92, version: 0 },
    ]);

    expect(await screen.findByText('Đã lưu tiêu chí 3')).toBeInTheDocument();
    // the first criterion shows its photo, read back from the server
    await user.click(screen.getByRole('button', { name: '1 · đã đánh giá' }));
    const evidence = await within(screen.getByTestId('criterion-card')).findByTestId(
      'evidence-list',
    );
    // the photo itself is fetched with the token (a slow machine: give it time)
    expect(
      await within(evidence).findByRole('img', { name: /^Ảnh minh chứng/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Gửi tự đánh giá/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/recognition/701'));
    expect(world.seen.at(-1)).toMatchObject({ path: `${CASE}/submit`, body: { version: 2 } });
    expect(world.current().state).toBe('SELF_ASSESSED');
  });

  it('works offline: saves and the submission wait in the outbox (“Chờ gửi”) and go in order when the network is back', async () => {
    const list = [...selfAssessed().slice(0, 2), ...criteria().slice(2)];
    const world = caseServer(recognitionCase('REGISTERED', { criteria: list }));
    let online = false;
    const offline = () => (online ? undefined : HttpResponse.error());
    // the first handler that answers wins: offline, these answer before the case's own
    server.use(
      http.put(`*${CASE}/assessments/:criterionId`, offline),
      http.post(`*${CASE}/submit`, offline),
      ...createHandlers(reporterKp01),
      ...world.handlers,
    );
    const { user } = renderRoute('/recognition/701/self-assessment');

    expect(await screen.findByText('2/3 tiêu chí')).toBeInTheDocument();
    const card = screen.getByTestId('criterion-card');
    expect(within(card).getByTestId('criterion-name')).toHaveTextContent(
      '3. Tỷ lệ hộ dùng nước sạch',
    );
    await user.type(within(card).getByLabelText('Giá trị đạt được'), '85');
    await user.click(within(card).getByRole('button', { name: 'Lưu tiêu chí' }));

    // kept on the device: it counts, and says it waits
    expect(await screen.findByText('3/3 tiêu chí')).toBeInTheDocument();
    expect(await screen.findByText('Đã lưu trên máy, sẽ gửi khi có mạng')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi tự đánh giá' }));
    const waiting = await screen.findByTestId('submission-waiting');
    expect(within(waiting).getByTestId('outbox-state')).toHaveTextContent('Chờ gửi');
    // (jsdom never ends antd's loading-icon animation: the icon stays in the button's name)
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Gửi tự đánh giá/ })).toBeDisabled(),
    );
    const items = await listOutboxItems(SUBJECT);
    // waiting (the outbox may be trying again this very moment), in the order they were made
    expect(items.map((i) => i.kind)).toEqual(['recognition-assessment', 'recognition-submit']);
    expect(items.every((i) => i.state === 'pending' || i.state === 'sending')).toBe(true);
    expect(world.seen).toEqual([]);

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(world.seen).toHaveLength(2));
    expect(world.seen.map((s) => [s.path, s.key])).toEqual([
      [`${CASE}/assessments/13`, items[0]?.id],
      [`${CASE}/submit`, items[1]?.id],
    ]);
    expect(world.seen[0]?.body).toEqual({ value: 85, version: 0 });
    // read again once sent: the case has moved on
    expect(
      await screen.findByText('Hồ sơ đã qua bước tự đánh giá: chỉ xem, không sửa được.'),
    ).toBeInTheDocument();
  });

  it('a submission the server refuses (409, a criterion missing) is said on the screen and leaves nothing to send', async () => {
    const world = caseServer(recognitionCase('REGISTERED', { criteria: selfAssessed() }));
    server.use(
      http.post(`*${CASE}/submit`, () =>
        problemResponse({
          type: 'https://danvan.vn/problems/conflict',
          title: 'Xung đột',
          status: 409,
          detail: 'Còn tiêu chí chưa tự đánh giá: 3.',
        }),
      ),
      ...createHandlers(reporterKp01),
      ...world.handlers,
    );
    const { user } = renderRoute('/recognition/701/self-assessment');
    await user.click(await screen.findByRole('button', { name: 'Gửi tự đánh giá' }));
    expect(await screen.findByTestId('submit-error')).toHaveTextContent(
      'Còn tiêu chí chưa tự đánh giá: 3.',
    );
    expect(await listOutboxItems(SUBJECT)).toEqual([]);
  });

  it('a photo still being prepared holds the submission back, so the photo reaches the server first', async () => {
    const world = caseServer(recognitionCase('REGISTERED', { criteria: selfAssessed() }));
    server.use(...createHandlers(reporterKp01), ...world.handlers);
    // the phone is slow to resize the photo: it is done when the test says so
    let giveUp: (error: Error) => void = () => undefined;
    const original = globalThis.createImageBitmap;
    globalThis.createImageBitmap = () =>
      new Promise<ImageBitmap>((_, reject) => {
        giveUp = reject;
      });
    try {
      const { user, router } = renderRoute('/recognition/701/self-assessment');
      const submit = await screen.findByRole('button', { name: 'Gửi tự đánh giá' });
      expect(submit).toBeEnabled();

      await user.upload(
        within(screen.getByTestId('criterion-card')).getByTestId('photo-input'),
        new File([new Uint8Array([255, 216, 255])], 'bien-bao.jpg', { type: 'image/jpeg' }),
      );
      expect(await screen.findByTestId('photos-preparing')).toBeInTheDocument();
      expect(submit).toBeDisabled();
      expect(world.seen).toEqual([]);

      // the phone cannot decode it after all: the photo is kept as it was taken, and queued
      await act(async () => {
        giveUp(new Error('cannot decode'));
        await Promise.resolve();
      });
      await waitFor(() => expect(screen.queryByTestId('photos-preparing')).toBeNull());
      await waitFor(() => expect(submit).toBeEnabled());
      await user.click(submit);
      await waitFor(() => expect(router.state.location.pathname).toBe('/recognition/701'));
      expect(world.seen.map((s) => s.path)).toEqual([
        `${CASE}/assessments/11/attachments`,
        `${CASE}/submit`,
      ]);
    } finally {
      globalThis.createImageBitmap = original;
    }
  });

  it('a save on a stale version (409) becomes a conflict with both versions; “Giữ bản của tôi” sends it again on the server’s', async () => {
    const onServer = selfAssessed();
    const world = caseServer(recognitionCase('REGISTERED', { criteria: criteria() }));
    let stale = true;
    server.use(
      http.put(`*${CASE}/assessments/11`, () => {
        if (!stale) {
          return undefined;
        }
        return problemResponse({
          type: 'https://danvan.vn/problems/stale-version',
          title: 'Dữ liệu đã thay đổi',
          status: 409,
          detail: 'Tiêu chí đã được người khác đánh giá.',
        });
      }),
      ...createHandlers(reporterKp01),
      ...world.handlers,
    );
    const { user } = renderRoute('/recognition/701/self-assessment');
    const card = await screen.findByTestId('criterion-card');
    // meanwhile someone else assessed it: the server holds version 1
    server.use(
      http.get(`*${CASE}`, () =>
        HttpResponse.json(
          recognitionCase('REGISTERED', {
            criteria: [...onServer.slice(0, 1), ...criteria().slice(1)],
          }),
        ),
      ),
    );
    await user.type(within(card).getByLabelText('Ghi chú'), 'Còn 1 hộ cận nghèo');
    await user.click(within(card).getByRole('button', { name: 'Lưu tiêu chí' }));

    await waitFor(async () => {
      const [item] = await listOutboxItems(SUBJECT);
      expect(item?.state).toBe('conflict');
    });
    const [item] = await listOutboxItems(SUBJECT);
    expect(item?.conflict?.mine.text).toBe('Không đạt · Còn 1 hộ cận nghèo');
    expect(item?.conflict?.server.text).toBe('Đạt · Không còn hộ nghèo');
    expect(item?.conflict?.serverVersion).toBe(1);

    stale = false;
    // what the outbox panel's “Giữ bản của tôi” does
    const { keepMineOutboxItem, runOutbox } = await import('@/lib/outbox/outbox-sender');
    await keepMineOutboxItem(SUBJECT, item as NonNullable<typeof item>);
    await runOutbox(SUBJECT);
    expect(world.seen.at(-1)).toMatchObject({
      path: `${CASE}/assessments/11`,
      key: `${item?.id}.1`,
      body: { passed: false, note: 'Còn 1 hộ cận nghèo', version: 1 },
    });
  });

  it('works on a 360 px phone in English too', async () => {
    const world = caseServer(recognitionCase('REGISTERED'));
    server.use(...createHandlers(reporterKp01), ...world.handlers);
    window.localStorage.setItem('danvan.language', 'en');
    const { i18n } = await import('@/lib/i18n/i18n');
    await i18n.changeLanguage('en');
    renderRoute('/recognition/701/self-assessment');
    expect(await screen.findByText('0/3 criteria')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save criterion' })).toBeInTheDocument();
  });
});
