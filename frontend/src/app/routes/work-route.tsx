import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { organizationPicker } from '@/app/routes/organization-pickers';
import { ResultPanel, SkeletonLines } from '@/components/light/light';
import { QueryError } from '@/components/query-error';
import { MyWork } from '@/features/assignments/components/my-work';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { useOrganizationRef } from '@/features/directives/api/directives';

/*
 * The reporter's first screen after sign-in ("Việc của đơn vị"), drawn without antd: what opens on
 * a click (dialogs, drawers, the desktop's table) loads antd then (budget: README "Web app budget").
 * The task's page, the summary and the review inbox are task-routes.tsx.
 */

function Loading() {
  const { t } = useTranslation();
  return <SkeletonLines rows={6} label={t('common.loading')} />;
}

function idOf(value: string | null): number | undefined {
  return value && /^[1-9][0-9]{0,17}$/.test(value) ? Number(value) : undefined;
}

/** /work?organization=id: the summary's link to an organization's assignments, read only. */
export const organizationWorkPath = (organizationId: number) =>
  `/work?organization=${organizationId}`;

function OtherOrganizationWork({ organizationId }: { organizationId: number }) {
  const organization = useOrganizationRef(organizationId);
  if (organization.isPending) {
    return <Loading />;
  }
  if (organization.isError) {
    return <QueryError error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return (
    <MyWork
      key={organizationId}
      organizationId={organizationId}
      organizationName={organization.data.name}
      canReport={false}
      renderOrganizationPicker={organizationPicker}
    />
  );
}

/** /work: the commune cadre's home screen, their organization's assignments. */
export function WorkRoute() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const [params] = useSearchParams();
  const asked = idOf(params.get('organization'));
  if (currentUser.isPending) {
    return <Loading />;
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  const { organization, unit, roles } = currentUser.data;
  if (asked !== undefined && asked !== organization?.id) {
    return <OtherOrganizationWork organizationId={asked} />;
  }
  if (!organization) {
    return <ResultPanel status="warning" title={t('work.noOrganization')} />;
  }
  return (
    <MyWork
      organizationId={organization.id}
      organizationName={organization.name}
      canReport={roles.some((role) => role === 'reporter' || role === 'editor' || role === 'admin')}
      {...(unit ? { unit: { id: unit.id, name: unit.name } } : {})}
      renderOrganizationPicker={organizationPicker}
    />
  );
}
