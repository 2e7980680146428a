import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  API_URL,
  apiCall,
  apiToken,
  logInToKeycloak,
  phone,
  saveScreenshot,
  screenshotOnFailure,
  setTimeouts,
  WEB_URL,
  useChromium,
} from './browser';

/**
 * A satisfaction survey from paper to the public page, as the Front's cadre does it: phường Rạch
 * Giá's Front (mttq.rachgia) enters three paper forms on a phone through the outbox, closes the
 * survey and publishes it; the public results page (no login) shows the response rate and the
 * per-criterion chart. Each run makes its own survey through the API (one area, four households,
 * so that three forms reach the 60% minimum share), so no run depends on an earlier one.
 */

interface Me {
  unit?: { id: number };
}
interface Title {
  id: number;
  name: string;
}
interface AreaPage {
  items: { id: number; name: string; current: boolean }[];
}
interface Survey {
  id: number;
  version: number;
  state: string;
  responses: number;
}

const FRONT = 'mttq.rachgia';
const QUESTIONS = [
  { code: 'HL1', name: 'Hạ tầng', text: 'Ông/bà hài lòng với đường giao thông của khu phố?' },
  { code: 'HL2', name: 'Môi trường', text: 'Ông/bà hài lòng với vệ sinh môi trường?' },
];
const SCALE = [
  { value: 1, label: 'Rất không hài lòng' },
  { value: 2, label: 'Không hài lòng' },
  { value: 3, label: 'Bình thường' },
  { value: 4, label: 'Hài lòng' },
  { value: 5, label: 'Rất hài lòng' },
];

/** An OPEN survey of the Front's commune: one area, four households, two questions. */
async function newOpenSurvey(stamp: string): Promise<{ survey: Survey; area: string }> {
  const token = await apiToken(FRONT);
  const me = await apiCall<Me>(token, 'GET', '/api/v1/me');
  const unitId = me.unit?.id;
  if (!unitId) {
    throw new Error(`${FRONT} has no unit`);
  }
  const [title] = await apiCall<Title[]>(token, 'GET', '/api/v1/recognition-titles');
  const areas = await apiCall<AreaPage>(token, 'GET', `/api/v1/units/${unitId}/residential-areas`);
  const area = areas.items.find((a) => a.current);
  if (!title || !area) {
    throw new Error('no title or no residential area to survey');
  }
  const made = await apiCall<Survey>(token, 'POST', '/api/v1/satisfaction-surveys', {
    titleId: title.id,
    unitId,
    name: `Khảo sát kiểm thử ${stamp}`,
    scale: SCALE,
    satisfiedValues: [4, 5],
    minimumResponsePercent: 60,
    thresholdPercent: 80,
    questions: QUESTIONS.map((q) => ({
      criterionCode: q.code,
      criterionName: q.name,
      text: q.text,
    })),
    plan: [{ residentialAreaId: area.id, households: 4 }],
  });
  const survey = await apiCall<Survey>(
    token,
    'POST',
    `/api/v1/satisfaction-surveys/${made.id}/open`,
    { version: made.version },
  );
  return { survey, area: area.name };
}

async function signInAt(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${WEB_URL}${path}`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await logInToKeycloak(page, username);
}

/** One paper form: each question answered with the label given, then "Lưu phiếu". */
async function enterForm(page: Page, answers: string[], n: number): Promise<void> {
  for (const [index, question] of QUESTIONS.entries()) {
    await page
      .getByRole('group', { name: question.text })
      .getByText(answers[index] ?? 'Hài lòng', { exact: true })
      .click();
  }
  await page.getByRole('button', { name: /Lưu phiếu/ }).click();
  await page.getByText(`Đã lưu phiếu ${n}`).waitFor();
}

describe('a satisfaction survey, from paper forms on a phone to the public page', () => {
  const browser = useChromium({
    'The web app (DANVAN_WEB_URL)': `${WEB_URL}/`,
    'The API (DANVAN_API_URL)': `${API_URL}/q/openapi`,
  });

  it('the Front enters three paper forms on a phone, closes and publishes; the public page shows the rate and the chart', async () => {
    const stamp = `${Date.now() % 1_000_000}`;
    const { survey, area } = await newOpenSurvey(stamp);
    const contexts: BrowserContext[] = [];
    let page: Page | undefined;
    try {
      // 1. the Front's cadre, on a phone: three forms of the area, each through the outbox
      const field = await phone(browser());
      contexts.push(field);
      page = await field.newPage();
      setTimeouts(page);
      await signInAt(page, `/surveys/${survey.id}/entry`, FRONT);
      await page.getByRole('radio', { name: new RegExp(area) }).click();
      await enterForm(page, ['Rất hài lòng', 'Hài lòng'], 1);
      await enterForm(page, ['Hài lòng', 'Không hài lòng'], 2);
      await enterForm(page, ['Rất hài lòng', 'Hài lòng'], 3);
      const recent = page.getByRole('list', { name: 'Các phiếu vừa nhập' });
      await expect
        .poll(() => recent.getByText('Đã gửi', { exact: true }).count(), { timeout: 30_000 })
        .toBe(3);
      // the counter of the area: three entered here, three received of four households
      await expect
        .poll(() => page?.getByTestId('area-counter').first().textContent(), { timeout: 30_000 })
        .toBe('3 trên máy · 3/4');
      await saveScreenshot(page, 'survey-entry-360.png', false);

      // 2. one-time codes for residents who answer online: a printable sheet of slips, each with
      // the public page's absolute address and its code, said to be shown once
      await page.goto(`${WEB_URL}/surveys/${survey.id}`);
      const count = page.getByRole('spinbutton', { name: 'Số mã' });
      await count.fill('4');
      await page.getByRole('button', { name: /Tạo mã và bảng in/ }).click();
      const sheet = page.getByRole('dialog', { name: `Bảng mã trả lời: ${area}` });
      await sheet.waitFor();
      await sheet.getByText('Các mã này chỉ hiện một lần', { exact: false }).waitFor();
      const slips = sheet.getByRole('list', { name: 'Phiếu mã để cắt' }).getByRole('listitem');
      expect(await slips.count()).toBe(4);
      await saveScreenshot(page, 'survey-codes-360.png', false);
      expect(await slips.first().textContent()).toMatch(
        new RegExp(
          `https?://[^ ]+/khao-sat/${survey.id}.*Mã của hộ: [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}`,
        ),
      );
      await sheet.getByRole('button', { name: /Đóng/ }).click();
      await page.getByRole('button', { name: 'Đóng bảng mã' }).click();
      await sheet.waitFor({ state: 'detached' });

      // 3. closes the survey, then publishes it (three of four households: above the 60% minimum)
      await page.getByRole('button', { name: 'Kết thúc khảo sát' }).click();
      await page.getByTestId('survey-state').getByText('Đã kết thúc').waitFor();
      await page.getByRole('button', { name: 'Công bố kết quả' }).click();
      await page.getByTestId('survey-state').getByText('Đã công bố').waitFor();

      // 4. anyone, without signing in: the response rate and the per-criterion chart
      const visitor = await phone(browser());
      contexts.push(visitor);
      page = await visitor.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/public/surveys/${survey.id}`);
      await expect
        .poll(() => page?.getByTestId('response-rate').textContent())
        .toBe('3/4 hộ (75%)');
      const chart = page.getByRole('figure', {
        name: `Mức hài lòng theo tiêu chí: Khảo sát kiểm thử ${stamp}`,
      });
      await chart.waitFor();
      // one bar per criterion: HL1 3/3 satisfied, HL2 2/3
      expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(2);
      const labels = chart.locator('.recharts-label-list');
      expect(await labels.getByText('100%', { exact: true }).count()).toBe(1);
      expect(await labels.getByText('66,7%', { exact: true }).count()).toBe(1);
      await saveScreenshot(page, 'survey-public-360.png');
    } catch (error) {
      await screenshotOnFailure(page, 'survey');
      throw error;
    } finally {
      for (const context of contexts) {
        await context.close();
      }
    }
  });
});
