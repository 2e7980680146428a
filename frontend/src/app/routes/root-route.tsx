import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { WelcomePage } from '@/app/routes/welcome-page';
import { PageLoading } from '@/components/page-loading';
import { type CurrentUser, useCurrentUser } from '@/features/current-user/api/current-user';
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

/**
 * Where a user starts: a leader (or anyone without an organization of their own, whose work
 * list would be empty) on the summary of their unit, everyone else on their organization's work.
 */
export function homeOf(user: Pick<CurrentUser, 'roles' | 'organization'>): string {
  return user.roles.includes('leader') || !user.organization ? '/summary' : '/work';
}

/** `/`: sends the user to their home, once /api/v1/me says who they are. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  if (currentUser.isPending) {
    return <PageLoading label={t('common.loading')} />;
  }
  // without knowing the roles (an error is shown there with a retry), the work list
  return <Navigate to={currentUser.isError ? '/work' : homeOf(currentUser.data)} replace />;
}
