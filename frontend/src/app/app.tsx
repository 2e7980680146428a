import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/app-providers';
import { routes } from '@/app/routes';
import { PageLoading } from '@/components/page-loading';
import { OidcSessionProvider } from '@/lib/auth/oidc-session-provider';
import { useSession } from '@/lib/auth/session';
import { createQueryClient } from '@/lib/query-client';

function BrowserRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

/**
 * The router reads the address bar once, when it is made. It is made only after the return
 * from Keycloak has been handled, when the address is the page the user was on again.
 */
function RouterAfterLoginCheck() {
  const { t } = useTranslation();
  const session = useSession();
  return session.status === 'loading' ? (
    <PageLoading label={t('welcome.signingIn')} />
  ) : (
    <BrowserRouter />
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <OidcSessionProvider>
      <AppProviders queryClient={queryClient}>
        <RouterAfterLoginCheck />
      </AppProviders>
    </OidcSessionProvider>
  );
}
