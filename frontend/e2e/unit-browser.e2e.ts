import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  logInToKeycloak,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  VIETNAM,
  WEB_URL,
} from './browser';

describe('unit browser on a phone (360 × 740)', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });
  let page: Page | undefined;

  it('a commune officer logs in through Keycloak and finds "Phường Rạch Giá" by searching "rach gia"', async () => {
    const context = await browser().newContext({
      ...VIETNAM,
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    page = await context.newPage();
    setTimeouts(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    try {
      // A visitor sees the welcome page and logs in with Keycloak.
      await page.goto(`${WEB_URL}/units`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'reporter.rachgia');

      // Back in the app, on the page asked for, with the tree rooted at the officer's ward.
      const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
      await tree.getByText('Phường Rạch Giá', { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Phường Rạch Giá' }).waitFor();
      const afterLogin = new URL(page.url());
      expect(afterLogin.origin + afterLogin.pathname).toBe(`${WEB_URL}/units`);
      expect(afterLogin.search).not.toContain('code=');

      // The header menu (a drawer on a phone) shows who is signed in, from GET /api/v1/me.
      await page.getByRole('button', { name: 'Mở menu' }).click();
      const currentUser = page.getByRole('dialog').getByTestId('current-user');
      await currentUser.getByText('Phường Rạch Giá').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      // Search without diacritics.
      const search = page.getByPlaceholder('Tìm đơn vị, ví dụ: rach gia');
      await search.fill('rach gia');
      await search.press('Enter');
      const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' });
      await results.getByText('Phường Rạch Giá', { exact: true }).first().waitFor();
      expect(await results.getByText('Phường Rạch Giá', { exact: true }).count()).toBeGreaterThan(
        0,
      );
      expect(await results.textContent()).toContain('30742');

      // The organizations of the ward are listed as cards, not a wide table.
      await page.getByRole('tab', { name: 'Tổ chức' }).waitFor();
      await page.getByRole('list', { name: 'Tổ chức' }).waitFor();
      expect(await page.getByRole('columnheader', { name: 'Tên tổ chức' }).count()).toBe(0);

      // Nothing is wider than the phone.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(360);
      expect(pageErrors).toEqual([]);

      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: resolve(ARTIFACTS_DIR, 'unit-browser-360.png'),
        fullPage: true,
      });
    } catch (error) {
      await screenshotOnFailure(page, 'unit-browser-360');
      throw error;
    } finally {
      await context.close();
    }
  });
});
