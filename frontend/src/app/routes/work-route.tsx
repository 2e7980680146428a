import { Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { QueryError } from '@/components/query-error';
import { AssignmentSummaryView } from '@/features/assignments/components/assignment-summary';
import { MyWork } from '@/features/assignments/components/my-work';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { OrganizationSelect } from '@/features/directives/components/organization-select';
import {
  type OrganizationFilter,
  ReportInbox,
} from '@/features/assignments/components/report-inbox';
import type { OrganizationPicker } from '@/features/assignments/components/sub-assignments-drawer';
import { TaskPage } from '@/features/assignments/components/task-page';

/** The organization picker of the directives feature, for the assignments feature's forms. */
const organizationPicker: OrganizationPicker = (props) => (
  <OrganizationSelect multiple known={[]} {...props} />
);

/** The same picker, for one organization, as the inbox's organization filter. */
const organizationFilter: OrganizationFilter = ({
  value,
  onChange,
  known,
  'aria-label': label,
}) => (
  <OrganizationSelect
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

/** /work: the commune cadre's home screen, their organization's assignments. */
export function WorkRoute() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  if (currentUser.isPending) {
    return <Loading />;
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  const { organization, unit, roles } = currentUser.data;
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
  return <AssignmentSummaryView unitName={currentUser.data.unit?.name ?? t('summary.all')} />;
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
    <ReportInbox
      canReview={currentUser.data.roles.some((role) => role === 'editor' || role === 'admin')}
      renderOrganizationFilter={organizationFilter}
    />
  );
}

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
    <TaskPage
      taskId={id}
      viewer={{
        roles,
        ...(organization ? { organizationId: organization.id } : {}),
        ...(unit ? { unit: { id: unit.id, name: unit.name } } : {}),
      }}
      renderOrganizationPicker={organizationPicker}
    />
  );
}
