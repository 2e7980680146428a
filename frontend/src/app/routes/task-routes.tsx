import { Card, Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { organizationFilter, organizationPicker } from '@/app/routes/organization-pickers';
import { useIdParam, WithCurrentUser } from '@/app/routes/with-current-user';
import { organizationWorkPath } from '@/app/routes/work-route';
import { useDirective } from '@/features/directives/api/directives';

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

/** /summary: the four buckets by organization, for leaders. */
export function SummaryRoute() {
  const { t } = useTranslation();
  return (
    <WithCurrentUser
      render={(user) => (
        <Lazy>
          <AssignmentSummaryView
            unitName={user.unit?.name ?? t('summary.all')}
            organizationWorkPath={organizationWorkPath}
          />
        </Lazy>
      )}
    />
  );
}

/** /reports: the monitoring body's review inbox (editors and admins review; others read). */
export function ReviewInboxRoute() {
  return (
    <WithCurrentUser
      render={(user) => (
        <Lazy>
          <ReportInbox
            canReview={user.roles.some((role) => role === 'editor' || role === 'admin')}
            renderOrganizationFilter={organizationFilter}
          />
        </Lazy>
      )}
    />
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
  const id = useIdParam('taskId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return (
    <WithCurrentUser
      render={({ organization, unit, roles }) => (
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
      )}
    />
  );
}
