import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '@/app/app-providers';
import { routes } from '@/app/routes';
import type { Session } from '@/lib/auth/session';
import { TestSessionProvider } from '@/testing/test-session-provider';

// The app loads its screens on demand (React.lazy); a test loads them once, before it renders,
// so that a screen shows within findBy's wait as it did when they were bundled with the app.
await Promise.all([
  import('@/app/routes/work-route'),
  import('@/app/routes/task-routes'),
  import('@/components/antd-scope'),
  import('@/components/outbox-drawer'),
  import('@/components/logout-confirm'),
  import('@/components/responsive-list'),
  import('@/app/routes/units-route'),
  import('@/app/routes/directives-route'),
  import('@/app/routes/models-route'),
  import('@/app/routes/public-models-route'),
  import('@/app/routes/criteria-route'),
  import('@/app/routes/recognition-counts-route'),
  import('@/app/routes/public-recognized-areas-route'),
  import('@/features/recognition-counts/components/counts-chart'),
  import('@/features/recognition-counts/components/failures-chart'),
  import('@/app/routes/recognition-route'),
  import('@/app/routes/rural-route'),
  import('@/app/routes/targets-route'),
  import('@/app/routes/surveys-route'),
  import('@/app/routes/public-surveys-route'),
  import('@/features/targets/components/trend-chart'),
  import('@/features/surveys/components/criteria-chart'),
  import('@/features/surveys/api/survey-outbox'),
  import('@/features/assignments/components/assignment-summary'),
  import('@/features/assignments/components/summary/summary-chart'),
  import('@/features/assignments/components/task-page'),
  import('@/features/assignments/components/report-inbox'),
  // and what the screens load when it is first shown or clicked
  import('@/features/assignments/components/report-dialog'),
  import('@/features/assignments/components/report-drawer'),
  import('@/features/assignments/components/explanations-drawer'),
  import('@/features/assignments/components/sub-assignments-drawer'),
  import('@/features/directives/components/organization-select'),
  import('antd/es/select'),
  import('antd/es/table'),
  import('antd/es/pagination'),
  import('antd/es/drawer'),
]);

interface RenderRouteOptions {
  session?: Partial<Session>;
}

/** Renders the whole app (routes, providers, layout) at `path`, as a signed-in user by default. */
export function renderRoute(path: string, { session: overrides = {} }: RenderRouteOptions = {}) {
  const session: Session = {
    status: 'authenticated',
    error: undefined,
    subject: 'test-subject-1',
    username: 'test.user',
    login: vi.fn(),
    logout: vi.fn(),
    ...overrides,
  };
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <TestSessionProvider session={session}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </TestSessionProvider>,
  );
  return { ...view, user, router, session };
}
