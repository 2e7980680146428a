import type { Page } from 'playwright-core';
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

/** Committed with the code: what the summary looks like on a 360-px phone. */
interface Bar {
  id: string;
  name: string;
  tasks: number;
  segments: { bucket: string; count: number; width: number }[];
}

/** Every organization's bar as drawn: its segments' rendered widths and the counts they stand for. */
async function barsOf(page: Page): Promise<Bar[]> {
  return page.locator('[role="figure"] svg').evaluate((svg) => {
    const bars = new Map<string, Bar>();
    for (const rect of svg.querySelectorAll('rect[data-organization-id]')) {
      const id = rect.getAttribute('data-organization-id') ?? '';
      // "<organization> – <bucket>: <count> (<share>)"
      const title = rect.querySelector('title')?.textContent ?? '';
      const match = /^(.*) – .*: (\d+) \(/.exec(title);
      const bar = bars.get(id) ?? { id, name: match?.[1] ?? '', tasks: 0, segments: [] };
      const count = Number(match?.[2] ?? 0);
      bar.tasks += count;
      bar.segments.push({
        bucket: rect.getAttribute('data-bucket') ?? '',
        count,
        width: rect.getBoundingClientRect().width,
      });
      bars.set(id, bar);
    }
    return [...bars.values()];
  });
}

describe('the summary chart on a phone', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });
  let page: Page | undefined;

  it('a leader of An Giang lands on the summary; an organization with 7 tasks gets a bar wider than 20 px at 360 px', async () => {
    try {
      const phone = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      page = await phone.newPage();
      setTimeouts(page);
      await page.goto(`${WEB_URL}/`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'leader.angiang');

      // a leader's home is the summary, not an empty work list
      await page.waitForURL(/\/summary$/);
      await page.locator('[role="figure"] svg rect[data-organization-id]').first().waitFor();

      const bars = await barsOf(page);
      const organizations = bars.filter((bar) => bar.id !== '0');
      const seven = organizations.find((bar) => bar.tasks === 7);
      expect(seven, `no organization with 7 tasks among ${organizations.length}`).toBeDefined();
      const drawn = seven?.segments.filter((segment) => segment.count > 0) ?? [];
      const width = drawn.reduce((sum, segment) => sum + segment.width, 0);
      process.stdout.write(
        `summary at 360 px: ${seven?.name} (7 tasks) drawn ${width.toFixed(0)} px wide: ` +
          drawn.map((s) => `${s.bucket} ${s.count} = ${s.width.toFixed(0)} px`).join(', ') +
          '\n',
      );
      expect(width).toBeGreaterThan(20);
      // each task is a seventh of the bar: every segment is wide enough to see and tap
      for (const segment of drawn) {
        expect(segment.width).toBeGreaterThan(20);
      }
      // the names stand above their bars, inside the screen
      const label = page.getByTestId('summary-chart-label').nth(1);
      const box = await label.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);

      // largest problems first: no organization below has a larger overdue share than one above
      const overdueShare = (bar: Bar) =>
        (bar.segments.find((s) => s.bucket === 'OPEN_OVERDUE')?.count ?? 0) / (bar.tasks || 1);
      for (let i = 1; i < organizations.length; i++) {
        expect(overdueShare(organizations[i] as Bar)).toBeLessThanOrEqual(
          overdueShare(organizations[i - 1] as Bar) + 1e-9,
        );
      }

      // the table below, with a link to each organization's work
      await page
        .getByRole('link', { name: seven?.name ?? '' })
        .first()
        .waitFor();

      await saveScreenshot(page, 'summary-360.png');
      await phone.close();
    } catch (error) {
      await screenshotOnFailure(page, 'summary-chart');
      throw error;
    }
  });
});
