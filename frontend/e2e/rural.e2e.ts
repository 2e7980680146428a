import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  API_URL,
  logInToKeycloak,
  phone,
  saveScreenshot,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  WEB_URL,
} from './browser';

/**
 * The NTM screens on a 360-px phone, as An Giang's province admin uses them: the communes' status
 * list, a commune's page where a criterion of this year is assessed (the note saved shows again
 * after a reload, so it was stored, not just shown), and the targets with one target's progress.
 * Each run writes its own stamp in the note, so no run depends on an earlier one; no list length
 * is assumed (the demo data is shared).
 */

async function fitsThePhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('the NTM status, a commune’s assessment and the targets on a phone', () => {
  const browser = useChromium({
    'The web app (DANVAN_WEB_URL)': `${WEB_URL}/`,
    'The API (DANVAN_API_URL)': `${API_URL}/q/openapi`,
  });

  it('the province admin opens /rural, assesses a criterion of a commune (kept after a reload) and reads the targets', async () => {
    const stamp = `E2E ${Date.now() % 1_000_000}-${Math.floor(Math.random() * 1000)}`;
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    try {
      context = await phone(browser());
      page = await context.newPage();
      setTimeouts(page);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // 1. the communes of the province with their coloured level
      await page.goto(`${WEB_URL}/rural`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'admin.angiang');
      const cards = page.getByTestId('rural-commune');
      await cards.first().waitFor();
      await expect.poll(() => page!.locator('.ant-spin-spinning').count()).toBe(0);
      expect(await cards.first().getByTestId('rural-level').count()).toBe(1);
      await fitsThePhone(page);
      await saveScreenshot(page, 'rural-list-360.png');

      // 2. a commune's page: its criteria of this year, one of them assessed with a note
      const link = cards.first().getByRole('link');
      const commune = (await link.textContent())?.trim() ?? '';
      await link.click();
      await page.waitForURL(/\/rural\/communes\/\d+/);
      await page.getByRole('heading', { name: commune }).waitFor();
      const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
        .format(new Date())
        .slice(0, 4);
      const cell = page.getByRole('button', { name: new RegExp(`^Đánh giá \\S+ năm ${year}$`) });
      await cell.first().waitFor();
      const label = (await cell.first().getAttribute('aria-label')) ?? '';
      await cell.first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Kết quả').waitFor();
      await dialog.locator('label').filter({ hasText: /^Đạt$/ }).click();
      const value = dialog.getByLabel('Giá trị đo được');
      if ((await value.count()) > 0) {
        await value.fill('100');
      }
      await dialog.getByLabel('Ghi chú').fill(`Kiểm thử đầu cuối ${stamp}`);
      await dialog.getByRole('button', { name: 'Lưu đánh giá' }).click();
      await page.getByText(/^Đã lưu đánh giá /).waitFor();
      await dialog.getByTestId('assessed-by').filter({ hasText: 'admin.angiang' }).waitFor();
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
      await fitsThePhone(page);
      await saveScreenshot(page, 'rural-commune-360.png');

      // the note was stored: it is there after the page is read again from the server
      await page.reload();
      await page.getByRole('heading', { name: commune }).waitFor();
      await page.getByRole('button', { name: label, exact: true }).first().click();
      await expect
        .poll(() => page!.getByRole('dialog').getByLabel('Ghi chú').inputValue())
        .toBe(`Kiểm thử đầu cuối ${stamp}`);
      await expect
        .poll(() =>
          page!.getByRole('dialog').getByRole('radio', { name: 'Đạt', exact: true }).isChecked(),
        )
        .toBe(true);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: 'Đóng', exact: true })
        .last()
        .click();

      // 3. the targets of the province, and one target's progress
      await page.goto(`${WEB_URL}/targets`);
      const targetLink = page.locator('a[href^="/targets/"]').first();
      await targetLink.waitFor();
      await expect.poll(() => page!.locator('.ant-spin-spinning').count()).toBe(0);
      await fitsThePhone(page);
      await saveScreenshot(page, 'targets-360.png');
      const targetName = (await targetLink.textContent())?.trim() ?? '';
      await targetLink.click();
      await page.waitForURL(/\/targets\/\d+$/);
      await page.getByRole('heading', { name: targetName }).waitFor();
      await fitsThePhone(page);
      await saveScreenshot(page, 'target-detail-360.png');
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshotOnFailure(page, 'rural');
      throw error;
    } finally {
      await context?.close();
    }
  });
});
