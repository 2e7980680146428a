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

  it('an officer pastes a plan, reviews the draft, saves it, and finds it by a search without diacritics', async () => {
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

    try {
      await page.goto(`${WEB_URL}/directives/new`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'editor.angiang');

      // Paste the document and let the server read it.
      const paste = page.getByRole('textbox', { name: 'Dán văn bản' });
      await paste.fill(planText(sequence, word));
      await page.getByRole('button', { name: /Đọc văn bản/ }).click();
      await page.getByText('Đã điền biểu mẫu từ văn bản', { exact: false }).waitFor();

      // Review the draft: the fields are filled, the issuer is matched, the tasks are listed.
      expect(await page.getByLabel('Trích yếu').inputValue()).toBe(
        `Tổ chức Hội thi “Dân vận khéo” ${word} năm 2027`,
      );
      expect(await page.getByLabel('Số, ký hiệu (như trên văn bản)').inputValue()).toBe(
        `Số ${sequence}-KH/BTGDVTU`,
      );
      await page
        .getByText('Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang (91-BTGDV)')
        .first()
        .waitFor();
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

      // Find it in the register (through the menu: the session lives in the page) by typing
      // without diacritics.
      await page.getByRole('menuitem', { name: /Văn bản chỉ đạo/ }).click();
      const search = page.getByRole('searchbox', { name: 'Tìm văn bản' });
      await search.fill(`dan van kheo thuyen nho ${sequence}`);
      await search.press('Enter');
      const found = page.getByRole('link', {
        name: `Tổ chức Hội thi “Dân vận khéo” ${word} năm 2027`,
      });
      // (the unfiltered list shows it too, being the newest: wait for the search's own count)
      await page.getByText('1 văn bản', { exact: true }).waitFor();
      await page.waitForURL(/[?&]q=dan\+van\+kheo/);
      expect(await page.getByRole('link', { name: /Thuyền Nhỏ/ }).count()).toBe(1);
      await found.click();
      await page.waitForURL(savedUrl);
      expect(pageErrors).toEqual([]);

      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: resolve(ARTIFACTS_DIR, 'directive-detail.png'),
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
