import 'fake-indexeddb/auto';
import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/app-providers';
import { routes } from '@/app/routes';
import type { Session } from '@/lib/auth/session';
import { removeUserCache, userCachePersister } from '@/lib/offline/query-persistence';
import { createQueryClient } from '@/lib/query-client';
import { dueSoonAssignment, overdueAssignment } from '@/testing/assignment-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { TestSessionProvider } from '@/testing/test-session-provider';

/** The app as it runs (the app's query client, the user's cache on the device) for `subject`. */
function renderApp(path: string, subject: string) {
  const session: Session = {
    status: 'authenticated',
    error: undefined,
    subject,
    username: 'reporter.rachgia',
    login: vi.fn(),
    logout: vi.fn(),
  };
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <TestSessionProvider session={session}>
      <AppProviders queryClient={createQueryClient()} persister={userCachePersister(subject)}>
        <RouterProvider router={router} />
      </AppProviders>
    </TestSessionProvider>,
  );
}

const assignmentsApi = http.get('*/api/v1/assignments', () =>
  HttpResponse.json({
    items: [overdueAssignment, dueSoonAssignment],
    page: 0,
    size: 20,
    total: 2,
  }),
);

/** The cache is written at most once a second. */
const WRITTEN = { timeout: 5000 };
/** The first screen waits for the cache to be read from IndexedDB. */
const SHOWN = { timeout: 5000 };

/** Offline, no request may leave the device: any would be a bug. */
function failOnAnyRequest(): void {
  server.use(
    http.all('*', ({ request }) => {
      throw new Error(`a request offline: ${request.method} ${request.url}`);
    }),
  );
}

/** The browser loses the network: navigator.onLine turns false and `offline` is fired. */
async function goOffline(): Promise<void> {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  await act(async () => {
    window.dispatchEvent(new Event('offline'));
    return Promise.resolve();
  });
}

async function goOnline(): Promise<void> {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  await act(async () => {
    window.dispatchEvent(new Event('online'));
    return Promise.resolve();
  });
}

afterEach(async () => {
  cleanup(); // before the network returns: nothing left on screen asks for it
  onlineManager.setOnline(true);
  await removeUserCache('reporter-1');
});

describe('reading the user’s own work offline', () => {
  it('shows the work kept on the device, with when it was saved; another user of the phone sees none of it', async () => {
    server.use(...createHandlers(reporterRachGia), assignmentsApi);
    const online = renderApp('/work', 'reporter-1');
    expect(await screen.findAllByTestId('assignment-card', {}, SHOWN)).toHaveLength(2);
    // kept on the device (the cache is written a moment after it changes)
    await waitFor(async () => {
      const kept = await userCachePersister('reporter-1').restoreClient();
      expect(JSON.stringify(kept)).toContain(overdueAssignment.title);
    }, WRITTEN);
    online.unmount();

    // the next day, in a hamlet without signal: the app is opened again
    await goOffline();
    failOnAnyRequest();
    const offline = renderApp('/work', 'reporter-1');
    expect(await screen.findAllByTestId('assignment-card', {}, SHOWN)).toHaveLength(2);
    const banner = screen.getByTestId('offline-banner');
    expect(banner).toHaveTextContent('Đang ngoại tuyến');
    expect(banner).toHaveTextContent(/Dữ liệu lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/);
    offline.unmount();

    // another user on the same phone: nothing of the first one's work
    renderApp('/work', 'reporter-2');
    expect(await screen.findByTestId('offline-nothing-kept', {}, SHOWN)).toHaveTextContent(
      'Chưa có dữ liệu này trên máy',
    );
    expect(screen.queryByTestId('assignment-card')).not.toBeInTheDocument();
  });

  it('offline with nothing kept: says so instead of a skeleton, and loads when the network returns', async () => {
    server.use(...createHandlers(reporterRachGia));
    await goOffline();
    renderApp('/directives', 'reporter-1');

    const message = await screen.findByTestId('offline-nothing-kept', {}, SHOWN);
    expect(message).toHaveTextContent('Chưa có dữ liệu này trên máy');
    expect(message).toHaveTextContent('sẽ tự tải khi có mạng trở lại');
    expect(document.querySelector('.ant-skeleton')).not.toBeInTheDocument();

    await goOnline();

    expect(await screen.findByTestId('online-banner')).toHaveTextContent('Đã có mạng trở lại');
    const list = await screen.findByRole('list', { name: 'Văn bản chỉ đạo' }, SHOWN);
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('offline-nothing-kept')).not.toBeInTheDocument();
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();
  });

  it('forgets a user’s work on sign-out', async () => {
    server.use(...createHandlers(reporterRachGia), assignmentsApi);
    renderApp('/work', 'reporter-1');
    await screen.findAllByTestId('assignment-card', {}, SHOWN);
    await waitFor(
      async () => expect(await userCachePersister('reporter-1').restoreClient()).toBeDefined(),
      WRITTEN,
    );

    await removeUserCache('reporter-1');

    expect(await userCachePersister('reporter-1').restoreClient()).toBeUndefined();
  });
});
