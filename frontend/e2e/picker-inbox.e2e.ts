import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  logInToKeycloak,
  saveScreenshot,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  VIETNAM,
  WEB_URL,
} from './browser';

/** Committed screenshots (the artifacts), unlike e2e/artifacts which holds failures. */
/** An item of An Giang's demo directive (the provincial chỉ thị on the campaign), made a task. */
const AN_GIANG_TASK = 'Hằng năm, tổng kết đánh giá kết quả thực hiện Cuộc vận động';

/**
 * Whether an option's "Name (code)" is An Giang's: the province's own bodies are coded `91-…`,
 * its communes' by their 5-digit code (30xxx–31xxx); other provinces, the centre and Kiên Giang's
 * former bodies (`KG-…`) are not.
 */
function isAnGiang(label: string): boolean {
  const code = /\(([^()]+)\)$/.exec(label)?.[1] ?? '';
  const commune = /^(\d{5})-/.exec(code)?.[1];
  return (
    code.startsWith('91-') ||
    (commune !== undefined && Number(commune) >= 30000 && Number(commune) < 32000)
  );
}

/** The open picker's options, top to bottom (antd renders them with their label as title). */
async function optionLabels(page: Page): Promise<string[]> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  return page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .evaluateAll((options) => options.map((o) => o.getAttribute('title') ?? ''));
}

describe('scope-aware picker and the review inbox (issue 11)', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });
  let page: Page | undefined;

  it('(d) an An Giang editor typing "91-UBND" for an An Giang task is offered An Giang’s UBND first, and no other province’s organization', async () => {
    const contexts: BrowserContext[] = [];
    try {
      const office = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(office);
      page = await office.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/directives?q=${encodeURIComponent('cuộc vận động')}`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'editor.angiang');

      // An Giang's directive (not Kiên Giang's older letter on the same campaign), then the task
      const row = page.locator('tr').filter({ hasText: 'Tỉnh ủy An Giang' }).first();
      await row.waitFor();
      await row.getByRole('link').first().click();
      await page
        .getByTestId('directive-tasks')
        .getByRole('link', { name: new RegExp(AN_GIANG_TASK) })
        .first()
        .click();

      const form = page.getByTestId('assign-task');
      await form.waitFor();
      await form.getByRole('combobox', { name: 'Đơn vị được giao' }).click();
      await page.keyboard.type('91-UBND');
      await page.waitForResponse(
        (r) =>
          r.url().includes('/api/v1/organizations?') &&
          r.url().includes('q=91-UBND') &&
          r.url().includes('forTaskId='),
      );
      await expect
        .poll(async () => (await optionLabels(page as Page))[0], { timeout: 15_000 })
        .toBe('Ủy ban nhân dân tỉnh An Giang (91-UBND)');
      const labels = await optionLabels(page);
      const elsewhere = labels.filter((label) => !isAnGiang(label));
      expect(elsewhere).toEqual([]);
    } catch (error) {
      await screenshotOnFailure(page, 'picker-scope');
      throw error;
    } finally {
      for (const context of contexts) {
        await context.close();
      }
    }
  });

  it('the inbox fits a 360-px phone: a compact list, filters folded, a report in a drawer (screenshot)', async () => {
    const contexts: BrowserContext[] = [];
    try {
      const phone = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      contexts.push(phone);
      page = await phone.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/reports`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'editor.angiang');
      await page.getByRole('searchbox', { name: 'Tìm báo cáo' }).waitFor();
      await page.locator('[data-testid="inbox-row"], .ant-empty').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await saveScreenshot(page, 'inbox-360.png', false);

      if ((await page.getByTestId('inbox-row').count()) > 0) {
        await page
          .getByTestId('inbox-row')
          .first()
          .getByRole('button', { name: /Xem báo cáo/ })
          .click();
        await page.getByRole('dialog').getByTestId('inbox-report').waitFor();
        expect(new URL(page.url()).searchParams.get('report')).toMatch(/^\d+$/);
      }
    } catch (error) {
      await screenshotOnFailure(page, 'inbox-360');
      throw error;
    } finally {
      for (const context of contexts) {
        await context.close();
      }
    }
  });
});
