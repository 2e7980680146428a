import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  findCard,
  findReportToSend,
  logInToKeycloak,
  newReportTask,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  VIETNAM,
  WEB_URL,
} from './browser';

/** A 1 × 1 PNG: the server reads the type from the content, so it must be a real one. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('a periodic report, from the commune to the province and back', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });
  let page: Page | undefined;

  it('a commune officer submits the quarter’s report with a photo on a phone; the province returns it with a comment; the commune reads why', async () => {
    const stamp = Date.now() % 1_000_000;
    const text = `Quý IV: đã tổ chức 4 buổi sinh hoạt chuyên đề, 120 hộ tham gia (lần ${stamp}).`;
    const comment = `Đề nghị bổ sung số liệu theo từng khu phố (lần ${stamp}).`;
    const contexts: BrowserContext[] = [];
    try {
      // 1. On a phone, the commune officer opens the day's work and the task's reports.
      const phone = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      contexts.push(phone);
      page = await phone.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/work`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'reporter.rachgia');
      const { task, slot } = await findReportToSend(page, [await newReportTask('report review')]);
      await slot.getByTestId('report-evidence').waitFor();
      await slot.locator('input[type="file"]').setInputFiles({
        name: `anh-sinh-hoat-${stamp}.png`,
        mimeType: 'image/png',
        buffer: PHOTO,
      });
      await page.getByText(`Đã đính kèm anh-sinh-hoat-${stamp}.png`).waitFor();
      await slot.getByLabel('Nội dung báo cáo').fill(text);
      await slot.getByRole('button', { name: /^Nộp (lại )?báo cáo$/ }).click();
      await page
        .getByTestId('report-slot')
        .filter({ hasText: text })
        .getByText('Đã nộp, chờ xem xét')
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );

      // 2. At the province, the monitoring body finds it in its inbox (searching) and returns it.
      const office = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(office);
      page = await office.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/reports`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'editor.angiang');
      // the inbox's search finds it by its text; opened, it shows beside the list
      await page.getByRole('searchbox', { name: 'Tìm báo cáo' }).fill(`lần ${stamp}`);
      // the search is sent once typing stops: until then the list is the whole inbox
      await expect.poll(() => page?.getByTestId('inbox-row').count(), { timeout: 30_000 }).toBe(1);
      const row = page.getByTestId('inbox-row').first();
      await row.getByRole('button', { name: /Xem báo cáo/ }).click();
      const ours = page.getByTestId('inbox-report').filter({ hasText: text });
      await ours.waitFor();
      await ours
        .getByTestId('report-evidence')
        .getByRole('button', { name: `anh-sinh-hoat-${stamp}.png` })
        .waitFor();
      await ours.getByRole('button', { name: /Trả lại/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Yêu cầu bổ sung').fill(comment);
      await dialog.getByRole('button', { name: 'Trả lại' }).click();
      await page.getByText('Đã trả lại báo cáo để bổ sung').waitFor();

      // 3. Back on the phone, the commune reads why, and can send it again.
      page = phone.pages()[0] ?? (await phone.newPage());
      // a reload keeps the user signed in (the tab's tokens are in its sessionStorage)
      await page.reload();
      await (await findCard(page, task)).getByRole('button', { name: 'Báo cáo kỳ' }).click();
      const returned = page.getByTestId('report-slot').filter({ hasText: comment });
      await returned.waitFor();
      await returned.getByText('Trả lại để bổ sung').waitFor();
      await returned.getByRole('button', { name: 'Nộp lại báo cáo' }).waitFor();
    } catch (error) {
      await screenshotOnFailure(page, 'report-review');
      throw error;
    } finally {
      for (const context of contexts) {
        await context.close();
      }
    }
  });
});
