import { Card, Result, Skeleton } from 'antd';
import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { QueryError } from '@/components/query-error';
import { MyWork } from '@/features/assignments/components/my-work';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { useDirective, useOrganizationRef } from '@/features/directives/api/directives';
import type { OrganizationFilter } from '@/features/assignments/components/report-inbox';
import type { OrganizationPicker } from '@/features/assignments/components/sub-assignments-drawer';

// The screens other than the reporter's first one load on demand (budget: README).
const AssignmentSummaryView = lazy(() =>
  import('@/features/assignments/components/assignment-summary').then((m) => ({
    default: m.AssignmentSummaryView,
  })),
);
const ReportInbox = lazy(() =>
  import('@/features/assignments/components/report-inbox').then((m) => ({
    default: m.ReportInbox,
  })),
);
const TaskPage = lazy(() =>
  import('@/features/assignments/components/task-page').then((m) => ({ default: m.TaskPage })),
);
// the picker (a search select) is only in forms that open on a click
const OrganizationSelect = lazy(() =>
  import('@/features/directives/components/organization-select').then((m) => ({
    default: m.OrganizationSelect,
  })),
);

/** The picker, with every prop a form item gives its field (value, onChange, id) passed on. */
function PickerOnDemand(props: ComponentProps<typeof OrganizationSelect>) {
  return (
    <Suspense fallback={null}>
      <OrganizationSelect {...props} />
    </Suspense>
  );
}

/** The organization picker of the directives feature, for the assignments feature's forms. */
const organizationPicker: OrganizationPicker = (props) => (
  <PickerOnDemand multiple known={[]} {...props} />
);

/** The same picker, for one organization, as the inbox's organization filter. */
const organizationFilter: OrganizationFilter = ({
  value,
  onChange,
  known,
  'aria-label': label,
}) => (
  <PickerOnDemand
    known={known}
    value={value}
    onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
    placeholder={label}
    aria-label={label}
  />
);

function Loading() {
  return (
    <Card>
      <Skeleton active paragraph={{ rows: 6 }} />
    </Card>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
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
    return <Result status="warning" title={t('work.noOrganization')} />;
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

/** /summary: the four buckets by organization, for leaders. */
export function SummaryRoute() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  if (currentUser.isPending) {
    return <Loading />;
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  return (
    <Lazy>
      <AssignmentSummaryView
        unitName={currentUser.data.unit?.name ?? t('summary.all')}
        organizationWorkPath={organizationWorkPath}
      />
    </Lazy>
  );
}

/** /reports: the monitoring body's review inbox (editors and admins review; others read). */
export function ReviewInboxRoute() {
  const currentUser = useCurrentUser();
  if (currentUser.isPending) {
    return <Loading />;
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  return (
    <Lazy>
      <ReportInbox
        canReview={currentUser.data.roles.some((role) => role === 'editor' || role === 'admin')}
        renderOrganizationFilter={organizationFilter}
      />
    </Lazy>
  );
}

/** The directive a task belongs to, by number and subject, linking to its page. */
function DirectiveLink({ directiveId }: { directiveId: number }) {
  const { t } = useTranslation();
  const directive = useDirective(directiveId);
  const label = directive.data
    ? [directive.data.number?.text, directive.data.subject].filter(Boolean).join(' · ')
    : t('task.directive');
  return <Link to={`/directives/${directiveId}`}>{label}</Link>;
}

const directiveLink = (directiveId: number) => <DirectiveLink directiveId={directiveId} />;

/** /tasks/:taskId: a task, with all its assignments and their status. */
export function TaskRoute() {
  const { taskId } = useParams();
  const currentUser = useCurrentUser();
  const id = Number(taskId);
  if (!Number.isInteger(id) || id < 1) {
    return <NotFoundRoute />;
  }
  if (currentUser.isPending) {
    return <Loading />;
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  const { organization, unit, roles } = currentUser.data;
  return (
    <Lazy>
      <TaskPage
        taskId={id}
        viewer={{
          roles,
          ...(organization ? { organizationId: organization.id } : {}),
          ...(unit ? { unit: { id: unit.id, name: unit.name } } : {}),
        }}
        renderOrganizationPicker={organizationPicker}
        renderDirectiveLink={directiveLink}
      />
    </Lazy>
  );
}
