import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  API_URL,
  cameraPhoto,
  findCard,
  findReportToSend,
  logInToKeycloak,
  newReportTask,
  phone,
  saveScreenshot,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  WEB_URL,
} from './browser';

/**
 * The outbox on a commune reporter's phone: reports and photos written without network wait on
 * the phone and are sent once, when the network (and the session) are back; a 409 on the way
 * keeps what was typed and shows both versions.
 */
const SEND = /^Nộp (lại )?báo cáo$/;

async function signIn(page: Page): Promise<void> {
  await page.goto(`${WEB_URL}/work`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await page.locator('#username, [data-testid="assignment-card"]').first().waitFor();
  if (await page.locator('#username').isVisible()) {
    await logInToKeycloak(page, 'reporter.rachgia');
  }
  await page.getByTestId('assignment-card').first().waitFor();
}

/** The slot of `period` in the open report drawer. */
function slotOf(page: Page, period: string) {
  return page.getByTestId('report-slot').filter({ hasText: `Kỳ ${period}` });
}

async function attach(page: Page, slot: ReturnType<typeof slotOf>, names: string[]) {
  const files = [];
  for (const name of names) {
    files.push({ name, mimeType: 'image/jpeg', buffer: await cameraPhoto(page, name) });
  }
  await slot.locator('input[type="file"]').setInputFiles(files);
  for (const name of names) {
    await slot.getByTestId('evidence-waiting').filter({ hasText: name }).waitFor();
  }
}

async function screenshotOutbox(page: Page, file: string) {
  // the report drawer covers the header on a phone
  await page.keyboard.press('Escape');
  await page.getByTestId('report-slot').first().waitFor({ state: 'hidden' });
  await page.getByTestId('outbox-button').click();
  await page.getByTestId('outbox-item').first().waitFor();
  // the drawer slides in: the picture is taken once it stands still
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  await saveScreenshot(page, file, false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.keyboard.press('Escape');
  await page.getByTestId('outbox-item').first().waitFor({ state: 'hidden' });
}

describe('the outbox: nothing typed is ever lost', () => {
  const browser = useChromium({
    'The web app (DANVAN_WEB_URL)': `${WEB_URL}/`,
    'The API (DANVAN_API_URL)': `${API_URL}/q/openapi`,
  });
  let page: Page | undefined;

  it('(a) offline on a phone, a report with a photo waits as “Chờ gửi”, and is sent when the network is back', async () => {
    const stamp = Date.now() % 1_000_000;
    const text = `Ngoài ấp không có sóng: họp dân 60 hộ (lần ${stamp}).`;
    const context = await phone(browser());
    try {
      page = await context.newPage();
      setTimeouts(page);
      await signIn(page);
      const { task, period } = await findReportToSend(page, [await newReportTask('outbox (a)')]);
      const slot = slotOf(page, period);

      await context.setOffline(true);
      await attach(page, slot, [`anh-ap-${stamp}.jpg`]);
      await slot.getByLabel('Nội dung báo cáo').fill(text);
      await slot.getByRole('button', { name: SEND }).click();
      await slot.getByTestId('report-waiting').filter({ hasText: text }).waitFor();
      await slot.getByTestId('outbox-state').filter({ hasText: 'Chờ gửi' }).first().waitFor();
      await screenshotOutbox(page, 'outbox-360.png');

      await context.setOffline(false);
      await (await findCard(page, task)).getByRole('button', { name: 'Báo cáo kỳ' }).click();
      await slot.getByText('Đã nộp, chờ xem xét').waitFor();
      await slot.getByTestId('outbox-state').filter({ hasText: 'Đã gửi' }).waitFor();
      await slot.getByRole('button', { name: `anh-ap-${stamp}.jpg` }).waitFor();
      await screenshotOutbox(page, 'outbox-sent-360.png');
    } catch (error) {
      await screenshotOnFailure(page, 'outbox-a');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('(e) two photos written offline survive the tab being closed and reopened offline and the session ending, and are sent exactly once after sign-in', async () => {
    const stamp = Date.now() % 1_000_000;
    const text = `Báo cáo viết khi mất sóng, hai ảnh (lần ${stamp}).`;
    const photos = [`anh-1-${stamp}.jpg`, `anh-2-${stamp}.jpg`];
    const context = await phone(browser());
    try {
      page = await context.newPage();
      setTimeouts(page);
      await signIn(page);
      const { task, period } = await findReportToSend(page, [await newReportTask('outbox (e)')]);
      const slot = slotOf(page, period);
      // the app's files are on the device (the service worker installed and in control) before
      // the network goes: going offline in the middle of its install would leave none
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      await context.setOffline(true);
      await attach(page, slot, photos);
      await slot.getByLabel('Nội dung báo cáo').fill(text);
      await slot.getByRole('button', { name: SEND }).click();
      await slot.getByTestId('report-waiting').filter({ hasText: text }).waitFor();
      await page.close();

      // Reopened still offline: the app comes from the device; the tokens lived in the closed
      // tab, so nobody is signed in and nobody's outbox is shown (a shared phone), only the way
      // to sign in.
      page = await context.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/work`);
      await page.getByRole('button', { name: /Đăng nhập/ }).waitFor();
      expect(await page.getByText(text).count()).toBe(0);

      // Back online after the session ended (the access token expired with its tab, and
      // Keycloak's session cookie is gone too): the reporter must type the password again.
      await context.setOffline(false);
      await context.clearCookies();
      let reportId: string | undefined;
      let token: string | undefined;
      const puts: string[] = [];
      const posts: string[] = [];
      page.on('request', (request) => {
        const match = /\/api\/v1\/reports\/(\d+)(\/attachments)?$/.exec(request.url());
        if (match && request.method() === 'PUT') {
          reportId = match[1];
          token = request.headers()['authorization'];
          puts.push(request.headers()['idempotency-key'] ?? '');
        }
        if (match?.[2] && request.method() === 'POST') {
          posts.push(request.headers()['idempotency-key'] ?? '');
        }
      });
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'reporter.rachgia');
      await page.getByTestId('assignment-card').first().waitFor();

      await (await findCard(page, task)).getByRole('button', { name: 'Báo cáo kỳ' }).click();
      const sent = slotOf(page, period);
      await sent.getByText('Đã nộp, chờ xem xét').waitFor();
      for (const name of photos) {
        await sent.getByRole('button', { name }).waitFor();
      }

      // Two uploads and one submission, each with its own key (a request resent after a lost
      // answer or a renewed sign-in carries the key it had: the server keeps it once, below).
      expect(new Set(posts).size).toBe(2);
      expect(new Set(puts).size).toBe(1);
      expect(new Set([...posts, ...puts]).size).toBe(3);
      // What the server holds: this run's two photos, once each.
      const response = await fetch(`${API_URL}/api/v1/reports/${reportId}`, {
        headers: { Authorization: token ?? '' },
      });
      expect(response.status).toBe(200);
      const onServer = (await response.json()) as {
        text: string;
        attachments: { fileName: string }[];
      };
      expect(onServer.text).toBe(text);
      expect(
        onServer.attachments.map((a) => a.fileName).filter((name) => name.includes(`-${stamp}`)),
      ).toEqual(expect.arrayContaining(photos));
      expect(onServer.attachments.filter((a) => a.fileName.includes(`-${stamp}`))).toHaveLength(2);
    } catch (error) {
      await screenshotOnFailure(page, 'outbox-e');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('(f) a report sent again after the server copy changed keeps the typed text and offers both versions', async () => {
    const stamp = Date.now() % 1_000_000;
    const mine = `Bản viết ngoài đồng (lần ${stamp}).`;
    const theirs = `Bản đồng chí khác nộp trước (lần ${stamp}).`;
    const field = await phone(browser());
    // a colleague on another phone (the work list shows cards on a phone)
    const office = await phone(browser());
    let desk: Page | undefined;
    try {
      page = await field.newPage();
      setTimeouts(page);
      await signIn(page);
      const { task, period } = await findReportToSend(page, [await newReportTask('outbox (f)')]);
      const slot = slotOf(page, period);
      await field.setOffline(true);
      await slot.getByLabel('Nội dung báo cáo').fill(mine);
      await slot.getByRole('button', { name: SEND }).click();
      await slot.getByTestId('report-waiting').filter({ hasText: mine }).waitFor();

      // Meanwhile, at the office, a colleague sends the same period's report.
      desk = await office.newPage();
      setTimeouts(desk);
      await signIn(desk);
      await (await findCard(desk, task)).getByRole('button', { name: 'Báo cáo kỳ' }).click();
      const same = slotOf(desk, period);
      await same.getByLabel('Nội dung báo cáo').fill(theirs);
      await same.getByRole('button', { name: SEND }).click();
      await same.getByText('Đã nộp, chờ xem xét').waitFor();

      // Back online, the phone's replay meets the 409.
      await field.setOffline(false);
      const conflict = slot.getByTestId('outbox-conflict');
      await conflict.waitFor();
      await conflict.getByTestId('conflict-mine').getByText(mine).waitFor();
      await conflict.getByTestId('conflict-server').getByText(theirs).waitFor();
      await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).waitFor();
      await conflict.getByRole('button', { name: 'Lấy bản mới' }).click();
      // mine stays readable (and copyable) until dismissed
      await conflict.getByText(/Đã lấy bản mới/).waitFor();
      await conflict.getByTestId('conflict-mine').getByText(mine).waitFor();
    } catch (error) {
      await screenshotOnFailure(page, 'outbox-f');
      await screenshotOnFailure(desk, 'outbox-f-office');
      throw error;
    } finally {
      await field.close();
      await office.close();
    }
  });
});
