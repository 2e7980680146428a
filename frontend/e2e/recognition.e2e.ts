import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
 * A residential area recognized, as the people who do it: Khu phố 1's cadre (reporter.kp01,
 * whose token names the area) registers and self-assesses it on a phone with a photo; phường
 * Rạch Giá's editor reviews it side by side and records the public posting (dates in the past,
 * as for a paper process); the council records 9 votes for out of 10 present (threshold 90%);
 * An Giang's appraiser appraises and its editor signs the decision; the public list (no login)
 * shows the area with its validity. Each run makes its own title and criteria set (through the
 * criteria API, as a province admin would), so no run depends on an earlier one.
 */

interface Me {
  organization?: { id: number };
}
interface Title {
  id: number;
  name: string;
}
interface CriteriaSet {
  id: number;
  version: number;
}
interface RecognitionCase {
  id: number;
  state: string;
  criteria: { code: string; assessment: { attachments?: unknown[] } }[];
  decision?: { number: string; validUntil?: string };
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
const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3600 * 1000);
const vnOf = (iso: string) => iso.split('-').reverse().join('/');

/** A title the province decides, with a published two-criterion set in force today. */
async function newTitle(stamp: string): Promise<Title> {
  const token = await apiToken('admin.angiang');
  const me = await apiCall<Me>(token, 'GET', '/api/v1/me');
  const title = await apiCall<Title>(token, 'POST', '/api/v1/recognition-titles', {
    code: `E2E-KDC-${stamp}`,
    name: `Khu dân cư kiểu mẫu (kiểm thử ${stamp})`,
    subjectKind: 'RESIDENTIAL_AREA',
    issuerOrganizationId: me.organization?.id,
    decidingLevel: 'PROVINCE',
    description: 'Danh hiệu của phép thử đầu cuối',
  });
  const year = isoDay(new Date()).slice(0, 4);
  const set = await apiCall<CriteriaSet>(
    token,
    'POST',
    `/api/v1/recognition-titles/${title.id}/criteria-sets`,
    {
      name: `Bộ tiêu chí kiểm thử ${stamp}`,
      effectiveFrom: `${year}-01-01`,
      rule: {
        passRule: 'ALL_REQUIRED',
        postingDays: 10,
        voteThresholdPercent: 90,
        validityYears: 3,
      },
      groups: [{ code: 'I', name: 'Đời sống kinh tế, văn hóa' }],
      criteria: [
        {
          groupCode: 'I',
          code: '1',
          name: 'Không có hộ nghèo',
          kind: 'PASS_FAIL',
          required: true,
          key: true,
          expectedEvidence: 'Danh sách hộ',
        },
        {
          groupCode: 'I',
          code: '2',
          name: 'Đời sống văn hóa lành mạnh',
          kind: 'SCORED',
          maxPoints: 10,
          required: false,
          key: false,
        },
      ],
    },
  );
  await apiCall(token, 'POST', `/api/v1/criteria-sets/${set.id}/publish`, {
    version: set.version,
  });
  return title;
}

async function readCase(id: string): Promise<RecognitionCase> {
  const token = await apiToken('editor.rachgia');
  return apiCall<RecognitionCase>(token, 'GET', `/api/v1/recognition-cases/${id}`);
}

async function signInAt(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${WEB_URL}${path}`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await logInToKeycloak(page, username);
}

async function fillDate(step: Locator, label: string, day: Date): Promise<void> {
  const input = step.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(vnDay(day));
  await input.press('Enter');
}

async function desk(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ ...VIETNAM, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  setTimeouts(page);
  return page;
}

describe('residential-area recognition, from the phone to the public list', () => {
  const browser = useChromium({
    'The web app (DANVAN_WEB_URL)': `${WEB_URL}/`,
    'The API (DANVAN_API_URL)': `${API_URL}/q/openapi`,
  });

  it('Khu phố 1 self-assesses on a phone with a photo; reviewed, posted, 9 of 10 votes, appraised, decided; public with its validity', async () => {
    const stamp = `${Date.now() % 1_000_000}`;
    const title = await newTitle(stamp);
    const contexts: BrowserContext[] = [];
    let page: Page | undefined;
    try {
      // 1. the area's cadre, on a phone: registration and self-assessment with a photo
      const field = await phone(browser());
      contexts.push(field);
      page = await field.newPage();
      setTimeouts(page);
      const cadre = page;
      await signInAt(cadre, '/recognition/new', 'reporter.kp01');
      await cadre.getByTestId('fixed-area').filter({ hasText: 'Khu phố 1' }).waitFor();
      // the titles made by earlier runs stay in the database: the name is typed to narrow the list
      await cadre.getByLabel('Danh hiệu').click();
      await cadre.getByLabel('Danh hiệu').fill(title.name);
      await cadre.locator('.ant-select-item-option').filter({ hasText: title.name }).click();
      await cadre.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      await cadre.waitForURL(/\/recognition\/\d+$/);
      const caseId = /\/recognition\/(\d+)$/.exec(cadre.url())?.[1] ?? '';
      await cadre.goto(`${WEB_URL}/recognition/${caseId}/self-assessment`);

      await cadre.getByText('0/2 tiêu chí').first().waitFor();
      await cadre.getByRole('switch').click();
      await cadre.getByTestId('photo-input').setInputFiles({
        name: `ho-ngheo-${stamp}.jpg`,
        mimeType: 'image/jpeg',
        buffer: await cameraPhoto(cadre, `KP1 ${stamp}`),
      });
      await cadre.getByRole('button', { name: 'Lưu tiêu chí' }).click();
      await cadre.getByText('1/2 tiêu chí').first().waitFor();
      // saving moves on to the next criterion not yet assessed
      await cadre.getByLabel('Điểm tự chấm').fill('9');
      await cadre.getByRole('button', { name: 'Lưu tiêu chí' }).click();
      await cadre.getByText('2/2 tiêu chí').first().waitFor();
      expect(await cadre.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      // the photo is sent by the outbox on its own, beside the criterion's result; evidence is added before the submission
      await expect
        .poll(async () => (await readCase(caseId)).criteria[0]?.assessment.attachments?.length, {
          timeout: 30_000,
        })
        .toBe(1);
      await cadre.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
      await expect
        .poll(async () => (await readCase(caseId)).state, { timeout: 20_000 })
        .toBe('SELF_ASSESSED');

      // 2. the commune: review side by side, then the posting (in the past) and the council
      page = await desk(browser(), contexts);
      const commune = page;
      await signInAt(commune, `/recognition/${caseId}/review`, 'editor.rachgia');
      for (let i = 0; i < 2; i++) {
        await commune.getByRole('button', { name: 'Thống nhất', exact: true }).first().click();
        await commune.getByText(`${i + 1}/2 tiêu chí đã rà soát`).waitFor();
      }
      await commune.getByRole('button', { name: 'Hoàn thành rà soát' }).click();
      await expect.poll(async () => (await readCase(caseId)).state).toBe('REVIEWED');

      await commune.goto(`${WEB_URL}/recognition/${caseId}`);
      const posting = commune.getByTestId('posting-step');
      await fillDate(posting, 'Niêm yết từ ngày', daysAgo(20));
      await fillDate(posting, 'Đến hết ngày', daysAgo(10));
      await posting.getByLabel('Nơi niêm yết').fill('Nhà văn hóa Khu phố 1');
      await posting.getByRole('button', { name: 'Niêm yết công khai' }).click();

      const council = commune.getByTestId('council-step');
      await fillDate(council, 'Ngày họp', daysAgo(5));
      await council.getByLabel('Số thành viên hội đồng').fill('10');
      await council.getByLabel('Số thành viên có mặt').fill('10');
      await council.getByLabel('Số phiếu đồng ý').fill('9');
      await council.getByLabel('Số phiếu không đồng ý').fill('1');
      await council.getByText('9 phiếu đồng ý: ĐẠT ngưỡng thông qua').waitFor();
      await council.getByRole('button', { name: 'Họp hội đồng, bỏ phiếu' }).click();
      await expect.poll(async () => (await readCase(caseId)).state).toBe('VOTED');

      // 3. the province: appraisal, then the decision
      page = await desk(browser(), contexts);
      const appraiser = page;
      await signInAt(appraiser, `/recognition/${caseId}`, 'appraiser.angiang');
      const appraisal = appraiser.getByTestId('appraisal-step');
      await appraisal.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đạt các tiêu chí.');
      await appraisal.getByRole('button', { name: 'Thẩm định' }).click();
      await expect.poll(async () => (await readCase(caseId)).state).toBe('APPRAISED');

      page = await desk(browser(), contexts);
      const province = page;
      await signInAt(province, `/recognition/${caseId}`, 'editor.angiang');
      const decision = province.getByTestId('decision-step');
      await decision.getByLabel('Số quyết định').fill(`${stamp}/QĐ-UBND`);
      await fillDate(decision, 'Ngày ký', new Date());
      await decision.getByLabel('Người ký').fill('Nguyễn Văn An');
      await decision.getByRole('button', { name: 'Quyết định công nhận' }).click();
      await expect.poll(async () => (await readCase(caseId)).state).toBe('RECOGNIZED');
      const decided = await readCase(caseId);
      const validUntil = decided.decision?.validUntil ?? '';
      expect(Number(validUntil.slice(0, 4))).toBe(Number(isoDay(new Date()).slice(0, 4)) + 3);

      // 4. the public list, without a login, on a phone
      const visitor = await phone(browser());
      contexts.push(visitor);
      page = await visitor.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/public/recognized-areas`);
      await page.getByLabel('Tìm theo tên khu dân cư hoặc xã, phường').fill('khu pho 1');
      await page.getByLabel('Tìm theo tên khu dân cư hoặc xã, phường').press('Enter');
      const card = page.getByTestId('recognized-area').filter({ hasText: title.name });
      await card.waitFor();
      await card.getByText(`Hiệu lực đến ${vnOf(validUntil)}`).waitFor();
      await card.getByText(new RegExp(`Số ${stamp}/QĐ-UBND`)).waitFor();
    } catch (error) {
      await screenshotOnFailure(page, 'recognition');
      throw error;
    } finally {
      for (const context of contexts) {
        await context.close();
      }
    }
  });
});
