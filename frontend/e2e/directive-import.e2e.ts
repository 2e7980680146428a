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

/** A plan of An Giang's board, numbered afresh on every run so that it is never a duplicate. */
function planText(sequence: number, word: string): string {
  return [
    'ĐẢNG BỘ TỈNH AN GIANG',
    'BAN TUYÊN GIÁO VÀ DÂN VẬN',
    '*',
    `Số ${sequence}-KH/BTGDVTU`,
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'An Giang, ngày 10 tháng 11 năm 2026',
    '',
    'KẾ HOẠCH',
    `tổ chức Hội thi “Dân vận khéo” ${word} năm 2027`,
    '',
    'Thực hiện Kế hoạch số 23-KH/BTGDVTU, ngày 02/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về thực hiện phong trào thi đua “Dân vận khéo”, Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch như sau:',
    '',
    '1. Đảng ủy các xã, phường, đặc khu tổ chức sơ kết, lựa chọn mô hình tiêu biểu gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 15/12/2026.',
    '',
    '2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các đoàn thể chính trị - xã hội tỉnh tuyên truyền về Hội thi.',
    '',
    'Nơi nhận:',
    '- Thường trực Tỉnh ủy,',
    '- Đảng ủy các xã, phường, đặc khu,',
    '- Lưu BTGDVTU.',
    '',
    'T/M BAN TUYÊN GIÁO VÀ DÂN VẬN',
    'PHÓ TRƯỞNG BAN',
    'Nguyễn Văn Bình',
  ].join('\n');
}

describe('registering a directive from its text', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });
  let page: Page | undefined;

  it('an officer pastes a plan, reviews the draft, saves it, and finds it on a phone by a search without diacritics', async () => {
    const context = await browser().newContext({
      ...VIETNAM,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    setTimeouts(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const sequence = 1000 + (Date.now() % 900_000);
    const word = `Thuyền Nhỏ ${sequence}`;
    const subject = `Tổ chức Hội thi “Dân vận khéo” ${word} năm 2027`;
    const issuerName = 'Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang (91-BTGDV)';

    try {
      await page.goto(`${WEB_URL}/directives/new`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'editor.angiang');

      // Paste the document and let the server read it.
      const paste = page.getByRole('textbox', { name: 'Dán văn bản' });
      await paste.fill(planText(sequence, word));
      await page.getByRole('button', { name: /Đọc văn bản/ }).click();
      await page.getByText('Đã điền biểu mẫu từ văn bản', { exact: false }).waitFor();

      // Review the draft: the fields are filled, the issuer is set, the tasks are listed.
      expect(await page.getByLabel('Trích yếu').inputValue()).toBe(subject);
      expect(await page.getByLabel('Số, ký hiệu (như trên văn bản)').inputValue()).toBe(
        `Số ${sequence}-KH/BTGDVTU`,
      );
      const issuerField = page
        .locator('.ant-form-item')
        .filter({ has: page.locator('label[for="issuerId"]') });
      if ((await issuerField.getByText(issuerName).count()) === 0) {
        // not matched by the server (the parser's own tests cover the match): the officer picks it
        await page.getByRole('combobox', { name: 'Cơ quan ban hành' }).fill('91-BTGDV');
        await page.locator('.ant-select-dropdown').getByText(issuerName).click();
      }
      await issuerField.getByText(issuerName).waitFor();
      const tasks = page.getByRole('region', { name: 'Nhiệm vụ đề xuất (2)' });
      await tasks.getByText(/Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang/).waitFor();
      await page
        .getByRole('region', { name: 'Văn bản được căn cứ' })
        .getByText(/23-KH\/BTGDVTU/)
        .waitFor();

      // Save: the directive's page opens.
      await page.getByRole('button', { name: 'Lưu văn bản' }).click();
      await page.waitForURL(/\/directives\/\d+$/);
      await page.getByRole('heading', { name: `Kế hoạch Số ${sequence}-KH/BTGDVTU` }).waitFor();
      const up = page.getByRole('region', { name: 'Văn bản này thực hiện, căn cứ' });
      await up.getByText(/23-KH\/BTGDVTU/).waitFor();
      const savedUrl = page.url();

      // Later, on a phone (360 × 740), the officer looks it up in the register, typing without
      // diacritics. (Through the menu, in the same page: the session lives in the page.)
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page
        .getByRole('dialog')
        .getByRole('link', { name: /Văn bản chỉ đạo/ })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      const search = page.getByRole('searchbox', { name: 'Tìm văn bản' });
      await search.fill(`dan van kheo thuyen nho ${sequence}`);
      await search.press('Enter');
      // (the unfiltered list shows it too, being the newest: wait for the search's own count)
      await page.getByText('1 văn bản', { exact: true }).waitFor();
      await page.waitForURL(/[?&]q=dan\+van\+kheo/);
      // one card, no table, nothing wider than the phone
      const cards = page.getByRole('list', { name: 'Văn bản chỉ đạo' });
      const found = cards.getByRole('link', { name: subject });
      await found.waitFor();
      expect(await cards.getByRole('listitem').count()).toBe(1);
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await found.click();
      await page.waitForURL(savedUrl);
      await page.getByRole('heading', { name: `Kế hoạch Số ${sequence}-KH/BTGDVTU` }).waitFor();
      expect(pageErrors).toEqual([]);

      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: resolve(ARTIFACTS_DIR, 'directive-detail-360.png'),
        fullPage: true,
      });
    } catch (error) {
      await screenshotOnFailure(page, 'directive-import');
      throw error;
    } finally {
      await context.close();
    }
  });
});
