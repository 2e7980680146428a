import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  API_URL,
  apiCall,
  apiToken,
  cameraPhoto,
  logInToKeycloak,
  phone,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  VIETNAM,
  WEB_URL,
} from './browser';

/**
 * "Dân vận khéo" through one round, as the people who do it: a commune reporter registers a
 * model on a phone with a photo, reports its results and sends them for appraisal; the commune's
 * appraiser returns it with a comment; the reporter completes it; the appraiser passes it and
 * the commune's editor records the recognition decision. The province's funnel counts it.
 */

interface Round {
  id: number;
  kind: string;
  year: number;
  registrationFrom: string;
  registrationTo: string;
  appraisalDeadline: string;
  version: number;
}
interface Movement {
  id: number;
  name: string;
  periods: { rounds: Round[] }[];
}
interface FunnelCounts {
  registered: number;
  appraised: number;
  recognized: number;
}
interface Funnel {
  total: { counts: FunnelCounts };
  rows: { unit: { code?: string; name: string }; counts: FunnelCounts }[];
}

const isoDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
const vnDay = (date: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);

/**
 * This year's round of the seeded movement, its registration window and appraisal deadline
 * stretched (by the province's editor, through the API) to take in today, whatever the date.
 */
async function openRoundOfThisYear(): Promise<Round> {
  const token = await apiToken('editor.angiang');
  const movements = await apiCall<Movement[]>(token, 'GET', '/api/v1/emulation/movements');
  const movement = movements.find((m) => m.name === 'Dân vận khéo');
  if (!movement) {
    throw new Error('the seeded movement "Dân vận khéo" is missing');
  }
  const today = new Date();
  const year = Number(isoDay(today).slice(0, 4));
  const round = movement.periods
    .flatMap((p) => p.rounds)
    .find((r) => r.kind === 'YEARLY' && r.year === year);
  if (!round) {
    throw new Error(`the movement has no yearly round of ${year}`);
  }
  const day = isoDay(today);
  if (
    round.registrationFrom <= day &&
    day <= round.registrationTo &&
    day < round.appraisalDeadline
  ) {
    return round;
  }
  const later = isoDay(new Date(today.getTime() + 30 * 24 * 3600 * 1000));
  return apiCall<Round>(token, 'PUT', `/api/v1/emulation/rounds/${round.id}`, {
    registrationFrom: `${year}-01-01`,
    registrationTo: later < `${year + 1}-01-01` ? later : `${year}-12-31`,
    appraisalDeadline: later,
    version: round.version,
  });
}

/** The province's funnel for the round, as its leader reads it through the API. */
async function provinceFunnel(roundId: number): Promise<Funnel> {
  const token = await apiToken('leader.angiang');
  return apiCall<Funnel>(token, 'GET', `/api/v1/mobilization-models/funnel?roundId=${roundId}`);
}

/** Phường Rạch Giá's line of the province's funnel. */
function rachGia(funnel: Funnel): FunnelCounts {
  const row = funnel.rows.find((r) => /Rạch Giá/.test(r.unit.name));
  if (!row) {
    throw new Error(
      `no line for Rạch Giá in the funnel: ${JSON.stringify(funnel.rows.slice(0, 3))}`,
    );
  }
  return row.counts;
}

async function signInAt(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${WEB_URL}${path}`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await logInToKeycloak(page, username);
}

/** Opens the action's dialog on the model page, fills it, and confirms. */
async function act(
  page: Page,
  action: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page
    .getByTestId('round-actions')
    .getByRole('button', { name: action, exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function roundState(page: Page, state: string): Promise<void> {
  await page
    .getByTestId('round-record')
    .first()
    .getByTestId('round-state')
    .filter({ hasText: state })
    .waitFor();
}

describe('"Dân vận khéo": a model through one round', () => {
  const browser = useChromium({
    'The web app (DANVAN_WEB_URL)': `${WEB_URL}/`,
    'The API (DANVAN_API_URL)': `${API_URL}/q/openapi`,
  });

  it('a reporter registers on a phone with a photo; returned, completed, appraised, recognized; the funnel counts it', async () => {
    const stamp = `${Date.now() % 1_000_000}`;
    const name = `Mô hình kiểm thử “Chung tay thắp sáng đường quê” ${stamp}`;
    const round = await openRoundOfThisYear();
    const before = rachGia(await provinceFunnel(round.id));
    const contexts: BrowserContext[] = [];
    let page: Page | undefined;
    try {
      // 1. the commune reporter, on a phone
      const field = await phone(browser());
      contexts.push(field);
      page = await field.newPage();
      setTimeouts(page);
      const reporter = page;
      await signInAt(reporter, '/models/new', 'reporter.rachgia');
      await reporter.getByLabel('Tên mô hình').fill(name);
      await reporter.getByLabel('Lĩnh vực').click();
      await reporter
        .locator('.ant-select-item-option')
        .filter({ hasText: /^Kinh tế$/ })
        .click();
      await reporter.getByLabel('Ngày bắt đầu').fill(vnDay(new Date()));
      await reporter.getByLabel('Ngày bắt đầu').press('Enter');
      await reporter
        .getByLabel('Vấn đề mô hình giải quyết')
        .fill('Đường liên ấp chưa có đèn, người dân đi lại ban đêm khó khăn.');
      await reporter
        .getByLabel('Cách vận động nhân dân')
        .fill('Chi hội Phụ nữ vận động từng hộ góp tiền, góp công lắp đèn.');
      await reporter.getByLabel('Tên chỉ tiêu (vd: Số hộ được hỗ trợ)').fill('Số bóng đèn lắp mới');
      await reporter.getByLabel('Đơn vị tính').fill('bóng');
      await reporter.getByTestId('photo-input').setInputFiles({
        name: `den-duong-${stamp}.jpg`,
        mimeType: 'image/jpeg',
        buffer: await cameraPhoto(reporter, `đèn ${stamp}`),
      });
      await reporter
        .getByTestId('photo-chosen')
        .filter({ hasText: `den-duong-${stamp}` })
        .waitFor();
      await reporter.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      await reporter.waitForURL(/\/models\/\d+$/);
      const modelId = /\/models\/(\d+)$/.exec(reporter.url())?.[1];
      await reporter.getByRole('heading', { name }).waitFor();
      // the photo reached the round record (sent by the outbox after the registration)
      await reporter.getByTestId('round-photos').locator('img').first().waitFor();
      expect(
        await reporter.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(360);

      await reporter.getByRole('button', { name: 'Bắt đầu triển khai' }).click();
      await roundState(reporter, 'Đang triển khai');
      await reporter.getByRole('button', { name: 'Báo cáo kết quả' }).click();
      let results = reporter.getByRole('dialog');
      await results.getByLabel('Số bóng đèn lắp mới').fill('40');
      await results.getByLabel('Kết quả đạt được').fill('Đã lắp 40 bóng đèn trên 3 km đường.');
      await results.getByRole('button', { name: 'Lưu kết quả' }).click();
      await results.waitFor({ state: 'hidden' });
      await reporter.getByRole('button', { name: 'Gửi thẩm định' }).click();
      await roundState(reporter, 'Chờ thẩm định');

      // 2. the commune's appraiser returns it with a comment
      const office = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(office);
      page = await office.newPage();
      setTimeouts(page);
      const appraiser = page;
      await signInAt(appraiser, `/models/${modelId}`, 'appraiser.rachgia');
      await roundState(appraiser, 'Chờ thẩm định');
      const comment = `Bổ sung số hộ được hưởng lợi (${stamp}).`;
      await act(appraiser, 'Trả lại', (dialog) =>
        dialog.getByLabel('Nội dung cần bổ sung').fill(comment),
      );
      await roundState(appraiser, 'Trả lại để bổ sung');

      // 3. the reporter sees the comment and completes the results
      page = reporter;
      await reporter.reload();
      await reporter.getByTestId('return-comment').filter({ hasText: comment }).waitFor();
      await reporter.getByRole('button', { name: 'Bổ sung kết quả' }).click();
      results = reporter.getByRole('dialog');
      await results
        .getByLabel('Kết quả đạt được')
        .fill('Đã lắp 40 bóng đèn trên 3 km đường; 120 hộ được hưởng lợi.');
      await results.getByRole('button', { name: 'Lưu kết quả' }).click();
      await results.waitFor({ state: 'hidden' });
      await reporter.getByRole('button', { name: 'Gửi thẩm định' }).click();
      await roundState(reporter, 'Chờ thẩm định');

      // 4. the appraiser passes it; the commune's editor records the recognition decision
      page = appraiser;
      await appraiser.reload();
      await act(appraiser, 'Thẩm định', (dialog) =>
        dialog.getByLabel('Ý kiến thẩm định').fill('Mô hình thiết thực, được nhân dân đồng tình.'),
      );
      await roundState(appraiser, 'Thẩm định đạt');

      const board = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(board);
      page = await board.newPage();
      setTimeouts(page);
      const editor = page;
      await signInAt(editor, `/models/${modelId}`, 'editor.rachgia');
      await act(editor, 'Công nhận', async (dialog) => {
        await dialog.getByLabel('Số quyết định').fill(`${stamp}/QĐ-UBND`);
        await dialog.getByLabel('Ngày quyết định').fill(vnDay(new Date()));
        await dialog.getByLabel('Ngày quyết định').press('Enter');
        await dialog.getByLabel('Người ký').fill('Nguyễn Văn An');
      });
      await roundState(editor, 'Đã công nhận');
      const record = editor.getByTestId('round-record').first();
      await record.getByText(`${stamp}/QĐ-UBND`).waitFor();
      await record.getByText(vnDay(new Date())).first().waitFor();
      // the timeline keeps the return and its comment
      await editor.getByRole('tab', { name: 'Diễn biến' }).click();
      await editor.getByTestId('model-timeline').getByText(comment).waitFor();

      // 5. the province's funnel counts it: its line for Rạch Giá (API), and the page its leader reads
      const funnel = await provinceFunnel(round.id);
      const after = rachGia(funnel);
      expect(after.registered).toBe(before.registered + 1);
      expect(after.appraised).toBe(before.appraised + 1);
      expect(after.recognized).toBe(before.recognized + 1);

      const province = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(province);
      page = await province.newPage();
      setTimeouts(page);
      await signInAt(page, `/models/funnel?round=${round.id}`, 'leader.angiang');
      const total = page.getByTestId('funnel-line-total').first();
      await total.waitFor();
      // the total line: registered, appraised, recognized as the API counts them
      const cells = total.locator('td');
      await expect
        .poll(() => cells.nth(1).textContent())
        .toBe(String(funnel.total.counts.registered));
      expect(await cells.nth(2).textContent()).toBe(String(funnel.total.counts.appraised));
      expect(await cells.nth(3).textContent()).toBe(String(funnel.total.counts.recognized));
      await page.getByRole('figure').first().waitFor();
    } catch (error) {
      await screenshotOnFailure(page, 'models-round');
      throw error;
    } finally {
      for (const context of contexts) {
        await context.close();
      }
    }
  });
});
