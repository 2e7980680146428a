import { afterAll, beforeAll, expect } from 'vitest';
// Shared set-up of the end-to-end tests: the stack's addresses and a headless Chromium from
// the system (playwright-core never downloads a browser here).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export const WEB_URL = withoutTrailingSlash(process.env.DANVAN_WEB_URL || 'http://localhost:5173');
export const API_URL = withoutTrailingSlash(process.env.DANVAN_API_URL || 'http://localhost:8080');
export const KEYCLOAK_URL = withoutTrailingSlash(
  process.env.DANVAN_KEYCLOAK_URL || 'http://localhost:8180',
);
export const ARTIFACTS_DIR = resolve(process.cwd(), 'e2e/artifacts');

/** Every demo login of the realm has this password. */
export const DEMO_PASSWORD = 'demo';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const VIETNAM: BrowserContextOptions = {
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
};

/** Generous: the stack runs on a small shared machine. */
export function setTimeouts(page: Page): void {
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(60_000);
}

/** Fills Keycloak's login form (realm danvan) on `page` and submits it. */
export async function logInToKeycloak(page: Page, username: string): Promise<void> {
  await page.locator('#username').waitFor({ state: 'visible' });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
}

/** Where the committed screenshots live (the issues' artifacts), unlike ARTIFACTS_DIR's failures. */
const SCREENSHOTS_DIR = resolve(process.cwd(), 'e2e/screenshots');

/** Saves a committed screenshot, e2e/screenshots/NAME (the whole page unless `fullPage` is false). */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS_DIR, name), fullPage });
}

/** Saves a screenshot of a failed test for whoever reads the CI log. */
export async function screenshotOnFailure(page: Page | undefined, name: string): Promise<void> {
  if (!page || page.isClosed()) {
    return;
  }
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page
    .screenshot({ path: resolve(ARTIFACTS_DIR, `failed-${name}.png`), fullPage: true })
    .catch(() => undefined);
}

/**
 * Fails at once, with the variable to set, when a part of the stack does not answer, rather
 * than after a long wait for a page element.
 */
export async function assertReachable(what: string, url: string): Promise<void> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    if (response.status >= 500) {
      throw new Error(`HTTP ${response.status}`);
    }
  } catch (error) {
    throw new Error(
      `${what} does not answer at ${url} (${String(error)}). Start the stack (make run) or set ` +
        'DANVAN_WEB_URL, DANVAN_API_URL and DANVAN_KEYCLOAK_URL.',
      { cause: error },
    );
  }
}

/**
 * Starts Chromium once for a test file, after checking that what its tests need answers (Keycloak
 * always, plus `needs`: what → URL), and closes it afterwards. Call it at the top of a `describe`.
 */
export function useChromium(needs: Record<string, string>): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const all = {
      ...needs,
      'Keycloak (DANVAN_KEYCLOAK_URL)': `${KEYCLOAK_URL}/realms/danvan/.well-known/openid-configuration`,
    };
    for (const [what, url] of Object.entries(all)) {
      await assertReachable(what, url);
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) {
      throw new Error('Chromium did not start');
    }
    return browser;
  };
}

/**
 * A bearer token for a demo login, from Keycloak's script client (password grant; the dev realm
 * only). Tests make their own data through the API with it.
 */
export async function apiToken(username: string): Promise<string> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/danvan/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'danvan-scripts',
      client_secret: process.env.DANVAN_SCRIPTS_SECRET || 'changeme-scripts',
      username,
      password: DEMO_PASSWORD,
    }),
  });
  if (!response.ok) {
    throw new Error(`no token for ${username}: HTTP ${response.status}`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A call of the API with a demo login's token; fails the test on an error status. */
export async function apiCall<T>(
  token: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

function apiPost<T>(token: string, path: string, body: unknown): Promise<T> {
  return apiCall<T>(token, 'POST', path, body);
}

/** A 360-px phone (touch), in Vietnamese and Vietnam's time. */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    ...VIETNAM,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
}

/** A camera-sized JPEG (2,400 × 1,600) drawn by the browser: the phone resizes it before upload. */
export async function cameraPhoto(page: Page, label: string): Promise<Buffer> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1600;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = '#2e7d32';
    g.fillRect(0, 0, 2400, 1600);
    g.fillStyle = '#fff';
    g.font = '120px sans-serif';
    g.fillText(text, 100, 800);
    return canvas.toDataURL('image/jpeg', 0.9);
  }, label);
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

/**
 * A fresh continuous task with a report each quarter, given by An Giang's Ban Tuyên giáo và Dân
 * vận to phường Rạch Giá's Party committee (the organization of `reporter.rachgia`): its report
 * of the current quarter is open. Each test that sends a report makes its own, so no run depends
 * on what an earlier one left. Returns the task's title.
 */
export async function newReportTask(label: string): Promise<string> {
  const token = await apiToken('editor.angiang');
  const stamp = `${Date.now() % 1_000_000}-${Math.floor(Math.random() * 1000)}`;
  const me = (await (
    await fetch(`${API_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { organization: { id: number } };
  const orgs = (await (
    await fetch(`${API_URL}/api/v1/organizations?q=30742-DU&size=1`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()) as { items: { id: number; code: string }[] };
  const rachGia = orgs.items.find((o) => o.code === '30742-DU');
  if (!rachGia) {
    throw new Error('the demo organization 30742-DU (Đảng ủy phường Rạch Giá) is missing');
  }
  const directive = await apiPost<{ id: number }>(token, '/api/v1/directives', {
    type: 'PLAN',
    issuerId: me.organization.id,
    subject: `Kế hoạch kiểm thử ${label} ${stamp}`,
  });
  const title = `Báo cáo kiểm thử ${label} ${stamp}`;
  const [task] = await apiPost<[{ id: number }]>(
    token,
    `/api/v1/directives/${directive.id}/tasks`,
    {
      tasks: [
        {
          ordinal: 1,
          title,
          leadOrganizationId: rachGia.id,
          dueKind: 'CONTINUOUS',
          cadence: 'QUARTERLY',
        },
      ],
    },
  );
  await apiPost(token, `/api/v1/tasks/${task.id}/assignments`, { organizationIds: [rachGia.id] });
  return title;
}

/** The card of `task` in the organization's work, on whichever page it is. */
export async function findCard(page: Page, task: string) {
  const cards = page.getByTestId('assignment-card');
  await cards.first().waitFor();
  const card = cards.filter({ hasText: task }).first();
  // After "next" the list keeps the previous page until the server answers: a page is read only
  // once the list is no longer busy.
  const settled = () =>
    expect
      .poll(() => page.locator('[data-testid="work-list"][aria-busy="true"]').count(), {
        timeout: 15_000,
      })
      .toBe(0);
  await settled();
  for (let shown = 1; (await card.count()) === 0; shown++) {
    // a full page has a pager; a shorter one is the last
    if ((await cards.count()) < WORK_PAGE_SIZE) {
      throw new Error(`no card of "${task}" on the ${shown} page(s) of the work list`);
    }
    const next = page.getByRole('button', { name: /Trang sau/ });
    await next.waitFor();
    if (await next.isDisabled()) {
      throw new Error(`no card of "${task}" on the ${shown} page(s) of the work list`);
    }
    await next.click();
    await page
      .getByTestId('work-page')
      .filter({ hasText: new RegExp(`^Trang ${shown + 1}/`) })
      .waitFor();
    await settled();
  }
  return card;
}

/**
 * Empties what the device keeps for reading offline (src/lib/offline/query-persistence.ts), from a
 * page of the same origin that loads none of the app (silent-renew.html, which the service worker
 * does not answer with the app), so that no running app writes it back before the next load.
 */
async function forgetKeptReading(page: Page) {
  await page.goto(new URL('/silent-renew.html', page.url()).toString());
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('danvan-offline-reading');
        // never kept anything: create nothing (the app makes the store in its own upgrade)
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve();
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('query-cache')) {
            db.close();
            resolve();
            return;
          }
          const clearing = db.transaction('query-cache', 'readwrite');
          clearing.objectStore('query-cache').clear();
          clearing.oncomplete = () => {
            db.close();
            resolve();
          };
          clearing.onerror = () => reject(clearing.error ?? new Error('could not clear'));
        };
      }),
  );
}

/** The work list's page size (my-work.tsx). */
const WORK_PAGE_SIZE = 20;

/**
 * The newest report of `tasks` that can be sent (open, or returned), its task and its period,
 * with the task's period reports open. The tasks were just made through the API, so the page is
 * read again first.
 */
export async function findReportToSend(page: Page, tasks: string[]) {
  // Signed in and back on the work list first: just after Keycloak's form the page may still be
  // Keycloak's, or the app may be trading the code for tokens; leaving then loses the sign-in.
  await page.getByTestId('assignment-card').first().waitFor({ timeout: 90_000 });
  // The device would show the list it kept, and not ask again while that is under a minute old
  // (staleTime): the kept copy is dropped away from the app, so the list comes from the server.
  const at = page.url();
  await forgetKeptReading(page);
  // the app first restores the session from Keycloak (silently): on a loaded machine that alone
  // can take most of the default 30 s
  const fromServer = page.waitForResponse(
    (response) => /\/api\/v1\/assignments\?/.test(response.url()) && response.ok(),
    { timeout: 90_000 },
  );
  await page.goto(at);
  await fromServer;
  for (const task of tasks) {
    await (await findCard(page, task)).getByRole('button', { name: 'Báo cáo kỳ' }).click();
    await page.getByTestId('report-slot').first().waitFor();
    const sendable = page
      .getByTestId('report-slot')
      .filter({ has: page.getByRole('button', { name: /^Nộp (lại )?báo cáo$/ }) })
      .first();
    if ((await sendable.count()) > 0) {
      const heading = await sendable.locator('.ant-card-head-title').innerText();
      return { task, period: heading.replace(/^Kỳ\s+/, '').trim(), slot: sendable };
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('report-slot').first().waitFor({ state: 'hidden' });
  }
  throw new Error(`no open or returned report in ${tasks.join(', ')}`);
}
