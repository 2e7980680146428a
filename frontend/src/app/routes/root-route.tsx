import { useTranslation } from 'react-i18next';
import { AppLayout } from '@/app/layout/app-layout';
import { WelcomePage } from '@/app/routes/welcome-page';
import { PageLoading } from '@/components/page-loading';
import { useSession } from '@/lib/auth/session';

/** Signed in: the app. Not signed in: the welcome page, at any address, to come back to it. */
export function RootRoute() {
  const { t } = useTranslation();
  const session = useSession();

  switch (session.status) {
    case 'loading':
      return <PageLoading label={t('welcome.signingIn')} />;
    case 'anonymous':
      return <WelcomePage />;
    case 'authenticated':
      return <AppLayout />;
  }
}
