import type { BrowserContext, Page } from 'playwright-core';
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

const PHONE = {
  ...VIETNAM,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
};

/** The organization's work is on screen, and no login (the app's or Keycloak's) was asked for. */
async function expectSignedInOnWork(page: Page): Promise<void> {
  await page.getByTestId('assignment-card').first().waitFor();
  expect(new URL(page.url()).pathname).toBe('/work');
  expect(await page.locator('#username').count()).toBe(0);
  expect(await page.getByRole('button', { name: /Đăng nhập/ }).count()).toBe(0);
}

/** Signs in as the commune reporter on a deep link, as a bookmark would open it. */
async function signInOnWork(page: Page): Promise<void> {
  await page.goto(`${WEB_URL}/work`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await logInToKeycloak(page, 'reporter.rachgia');
  await expectSignedInOnWork(page);
}

/** What the app keeps on the device for reading offline (its IndexedDB store), as text. */
function keptOnDevice(): Promise<string> {
  return indexedDB.databases().then(
    (databases) =>
      new Promise<string>((resolve) => {
        // never opened before the app made it: opening would create it without its store
        if (!databases.some((db) => db.name === 'danvan-offline-reading')) {
          resolve('no database');
          return;
        }
        const open = indexedDB.open('danvan-offline-reading');
        open.onerror = () => resolve('unreadable');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('query-cache')) {
            db.close();
            resolve('no store');
            return;
          }
          const all = db.transaction('query-cache').objectStore('query-cache').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result.map(String).join('\n'));
          };
          all.onerror = () => {
            db.close();
            resolve('unreadable');
          };
        };
      }),
  );
}

describe('the session survives a reload and a new tab; the work is readable offline', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });

  it('(b) reload on a deep link keeps the user signed in; a new tab signs in silently', async () => {
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    try {
      context = await browser().newContext(PHONE);
      page = await context.newPage();
      setTimeouts(page);
      await signInOnWork(page);

      // F5: the tokens of this tab are in its sessionStorage
      await page.reload();
      await expectSignedInOnWork(page);
      // (the outbox's part of (b): the half-typed draft of a report is still there, goes here)

      // the same deep link in a new tab: Keycloak's session answers a silent sign-in (iframe)
      const tab = await context.newPage();
      setTimeouts(tab);
      page = tab;
      await tab.goto(`${WEB_URL}/work`);
      await expectSignedInOnWork(tab);
      // the tokens stay in the tab: nothing of them in localStorage
      const local = await tab.evaluate(() => JSON.stringify({ ...window.localStorage }));
      expect(local).not.toContain('access_token');
    } catch (error) {
      await screenshotOnFailure(page, 'session-reload');
      throw error;
    } finally {
      await context?.close();
    }
  });

  it('offline, a reload shows the work kept on the device, with the offline banner', async () => {
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    try {
      context = await browser().newContext(PHONE);
      page = await context.newPage();
      setTimeouts(page);
      await signInOnWork(page);
      // the service worker has the app's files, and the work is written to IndexedDB
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      // Polled from here: page.evaluate waits for the promise, a waitForFunction predicate
      // returning a promise would pass at once (a promise is truthy).
      await expect
        .poll(() => page?.evaluate(keptOnDevice), { timeout: 30_000, interval: 250 })
        .toContain('"assignments","list"');

      await context.setOffline(true);
      await page.reload();
      await expectSignedInOnWork(page);
      const banner = page.getByTestId('offline-banner');
      await banner.getByText(/Đang ngoại tuyến/).waitFor();
      await banner.getByText(/Dữ liệu lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await page.screenshot({ path: `${ARTIFACTS_DIR}/offline-work-360.png`, fullPage: true });

      await context.setOffline(false);
      await page
        .getByTestId('online-banner')
        .getByText(/Đã có mạng trở lại/)
        .waitFor();
      await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    } catch (error) {
      // what the device kept, for whoever reads the log
      const kept = await page?.evaluate(keptOnDevice).catch((reason: unknown) => String(reason));
      console.error(`kept on the device: ${kept}`);
      await screenshotOnFailure(page, 'offline-reading');
      throw error;
    } finally {
      await context?.close();
    }
  });
});
