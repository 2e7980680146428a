import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  API_URL,
  logInToKeycloak,
  screenshotOnFailure,
  setTimeouts,
  useChromium,
  VIETNAM,
} from './browser';

describe('Swagger UI of the API', () => {
  const browser = useChromium({ 'The API (DANVAN_API_URL)': `${API_URL}/q/swagger-ui/` });
  let page: Page | undefined;

  it('authorizes with Keycloak (OAuth2 code + PKCE, client danvan-web) and calls GET /api/v1/me', async () => {
    const context = await browser().newContext({
      ...VIETNAM,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    setTimeouts(page);

    try {
      await page.goto(`${API_URL}/q/swagger-ui`);
      const operation = page.locator('#operations-me-getCurrentUser');
      await operation.waitFor();

      // Authorize with the `keycloak` scheme; the server prefills client_id.
      await page.locator('.auth-wrapper button.authorize').click();
      const dialog = page.locator('.modal-ux');
      const keycloak = dialog
        .locator('.auth-container')
        .filter({ has: page.locator('h4', { hasText: 'keycloak' }) });
      await keycloak.waitFor();
      expect(await keycloak.locator('input[data-name="clientId"]').inputValue()).toBe('danvan-web');

      // Keycloak's login opens in a popup, which closes itself after redirecting back.
      const popupOpened = page.waitForEvent('popup');
      await keycloak.locator('button.modal-btn.authorize').click();
      const popup = await popupOpened;
      const popupClosed = new Promise<void>((resolve) => popup.once('close', () => resolve()));
      setTimeouts(popup);
      await logInToKeycloak(popup, 'admin.angiang');
      await popupClosed;

      // Authorized: the scheme now offers Logout instead of Authorize.
      await keycloak.locator('button.modal-btn', { hasText: 'Logout' }).waitFor();
      await keycloak.locator('button.btn-done').click();
      await dialog.waitFor({ state: 'detached' });

      // Try it out: GET /api/v1/me answers 200 with the caller's username.
      // Swagger UI 5 has a button for the summary; older versions a clickable row.
      const summaryButton = operation.locator('.opblock-summary-control');
      await (
        (await summaryButton.count()) > 0 ? summaryButton : operation.locator('.opblock-summary')
      ).click();
      await operation.locator('button.try-out__btn').click();
      await operation.locator('button.execute').click();
      const liveResponse = operation.locator('.live-responses-table');
      const status = liveResponse.locator('tbody .response-col_status').first();
      await status.waitFor();
      expect((await status.textContent())?.trim()).toBe('200');
      const body = liveResponse.locator('tbody .response-col_description').first();
      await body.getByText('admin.angiang').first().waitFor();
      expect(await body.textContent()).toContain('"username": "admin.angiang"');
      // The request carried the token that Keycloak issued.
      expect(await operation.textContent()).toContain('Authorization: Bearer');
    } catch (error) {
      await screenshotOnFailure(page, 'swagger-ui');
      throw error;
    } finally {
      await context.close();
    }
  });
});
