import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { resetOutboxStore } from '@/lib/outbox/outbox-store';
import { server } from '@/testing/msw/server';
import { setViewport } from '@/testing/viewport';

// jsdom has no ResizeObserver; antd observes element sizes (tabs, tables).
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;

// jsdom does not implement getComputedStyle for pseudo-elements (antd measures scrollbars).
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// Screens load on demand (React.lazy) after the session and /api/v1/me: on a busy machine a
// screen can take longer than testing-library's 1 s to show; findBy and waitFor wait up to 5 s.
configure({ asyncUtilTimeout: 5000 });

// An unexpected request is a bug in the code or in the test: fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  setViewport('phone');
  window.localStorage.clear();
  await resetOutboxStore();
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
