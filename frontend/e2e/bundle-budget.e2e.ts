import { gzipSync } from 'node:zlib';
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

/** README "Web app budget": the JavaScript of the reporter's first screen after sign-in. */
const BUDGET_BYTES = 250 * 1024;

interface Script {
  url: string;
  loaderId: string;
  encoding: string;
  transferred: number;
  gzip: number;
  finished: boolean;
}

describe('the JavaScript budget of the first screen', () => {
  const browser = useChromium({ 'The web app (DANVAN_WEB_URL)': `${WEB_URL}/` });
  let page: Page | undefined;

  it('a reporter signs in on /work: the gzipped JavaScript before the work list shows stays within the 250 KB budget', async () => {
    try {
      const phone = await browser().newContext({
        ...VIETNAM,
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        // a first visit: everything from the network (the app's service worker, installed before
        // the sign-in, would serve the page Keycloak sends back from its cache)
        serviceWorkers: 'block',
      });
      page = await phone.newPage();
      setTimeouts(page);
      // every file from the network, none from the cache: what a first visit transfers
      const cdp = await phone.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

      const documents: { url: string; loaderId: string }[] = [];
      const scripts = new Map<string, Script>();
      const pending: Promise<void>[] = [];
      cdp.on('Network.responseReceived', (event) => {
        const { requestId, loaderId, type, response } = event;
        if (!response.url.startsWith(WEB_URL)) {
          return;
        }
        if (type === 'Document') {
          documents.push({ url: response.url, loaderId });
        } else if (type === 'Script' || response.url.endsWith('.js')) {
          const headers = Object.fromEntries(
            Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
          );
          scripts.set(requestId, {
            url: response.url,
            loaderId,
            encoding: headers['content-encoding'] ?? 'identity',
            transferred: 0,
            gzip: 0,
            finished: false,
          });
        }
      });
      cdp.on('Network.loadingFinished', (event) => {
        const script = scripts.get(event.requestId);
        if (!script) {
          return;
        }
        script.transferred = event.encodedDataLength;
        script.finished = true;
        pending.push(
          cdp
            .send('Network.getResponseBody', { requestId: event.requestId })
            .then(({ body, base64Encoded }) => {
              // gzip (level 9, as the build's report) of the script itself, however it came
              const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
              script.gzip = gzipSync(bytes, { level: 9 }).length;
            }),
        );
      });

      await page.goto(`${WEB_URL}/work`);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await logInToKeycloak(page, 'reporter.rachgia');
      await page.waitForURL(/\/work$/);
      await page.getByTestId('assignment-card').first().waitFor();
      const shownAt = scripts.size;
      // every script of the page shown has finished loading, and has been read
      const ofPage = () => {
        const back = documents.at(-1);
        return [...scripts.values()]
          .slice(0, shownAt)
          .filter((script) => script.loaderId === back?.loaderId);
      };
      await expect
        .poll(() => ofPage().every((script) => script.finished), {
          timeout: 10_000,
        })
        .toBe(true);
      await Promise.all(pending);

      // the page Keycloak sent the reporter back to, and the scripts it loaded until then
      const back = documents.at(-1);
      expect(back, 'no page of the web app after sign-in').toBeDefined();
      const loaded = [...scripts.values()]
        .slice(0, shownAt)
        .filter((script) => script.loaderId === back?.loaderId);
      const gzip = loaded.reduce((sum, s) => sum + s.gzip, 0);
      const transferred = loaded.reduce((sum, s) => sum + s.transferred, 0);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      for (const script of loaded) {
        process.stdout.write(
          `  ${new URL(script.url).pathname}  ${kb(script.gzip)} gzip, ${kb(script.transferred)} transferred (${script.encoding})\n`,
        );
      }
      process.stdout.write(
        `reporter's first screen (/work) after sign-in: ${loaded.length} scripts, ${kb(gzip)} gzip ` +
          `(${kb(transferred)} transferred); budget ${kb(BUDGET_BYTES)}` +
          (gzip > BUDGET_BYTES ? ` — OVER BUDGET by ${kb(gzip - BUDGET_BYTES)}` : '') +
          '\n',
      );
      expect(loaded.length).toBeGreaterThan(0);
      // each script was read: none counted as nothing
      expect(loaded.filter((script) => script.gzip === 0)).toEqual([]);
      expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);

      // the screen those scripts draw, as the phone shows it, and its menu: nothing wider than it
      await expect
        .poll(() => page?.locator('[data-testid="work-list"][aria-busy="true"]').count())
        .toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await saveScreenshot(page, 'work-360.png', false);
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page
        .getByRole('dialog', { name: 'Menu' })
        .getByRole('link', { name: /Việc của đơn vị/ })
        .waitFor();
      await saveScreenshot(page, 'work-menu-360.png', false);
      await phone.close();
    } catch (error) {
      await screenshotOnFailure(page, 'bundle-budget');
      throw error;
    }
  });
});
