import { Card, Skeleton } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { QueryError } from '@/components/query-error';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { type ProposedTask, useDirective } from '@/features/directives/api/directives';
import { DirectiveDetail } from '@/features/directives/components/directive-detail';
import { DirectiveForm } from '@/features/directives/components/directive-form';
import { DirectiveList } from '@/features/directives/components/directive-list';

export const DIRECTIVES_PATH = '/directives';
export const directivePath = (id: number) => `${DIRECTIVES_PATH}/${id}`;
export const directiveEditPath = (id: number) => `${DIRECTIVES_PATH}/${id}/edit`;
const NEW_PATH = `${DIRECTIVES_PATH}/new`;
const taskPath = (id: number) => `/tasks/${id}`;

/** Editors and admins register and change directives; everyone else reads them. */
function useCanEdit(): boolean {
  const currentUser = useCurrentUser();
  const roles = currentUser.data?.roles ?? [];
  return roles.includes('editor') || roles.includes('admin');
}

function idOf(value: string | undefined): number | null {
  return value && /^[1-9][0-9]{0,17}$/.test(value) ? Number(value) : null;
}

/** /directives: the register. */
export function DirectivesRoute() {
  const canEdit = useCanEdit();
  return <DirectiveList directivePath={directivePath} newPath={canEdit ? NEW_PATH : undefined} />;
}

/** The tasks a directive form hands to the directive's page after registering it from a document. */
function proposedTasksOf(state: unknown): ProposedTask[] | undefined {
  return typeof state === 'object' &&
    state !== null &&
    'proposedTasks' in state &&
    Array.isArray(state.proposedTasks)
    ? (state.proposedTasks as ProposedTask[])
    : undefined;
}

/** /directives/:directiveId: one directive, its tasks, relations and files. */
export function DirectiveRoute() {
  const canEdit = useCanEdit();
  const location = useLocation();
  const navigate = useNavigate();
  const id = idOf(useParams().directiveId);
  if (id === null) {
    return <NotFoundRoute />;
  }
  return (
    <DirectiveDetail
      key={id}
      directiveId={id}
      directivePath={directivePath}
      editPath={directiveEditPath}
      listPath={DIRECTIVES_PATH}
      taskPath={taskPath}
      canEdit={canEdit}
      proposedTasks={proposedTasksOf(location.state)}
      // created or put off: a reload does not offer them again
      onProposedTasksHandled={() =>
        void navigate(location.pathname, { replace: true, state: null })
      }
    />
  );
}

/** /directives/new: register a directive, filled from a document if the officer wants. */
export function NewDirectiveRoute() {
  return <DirectiveForm directivePath={directivePath} cancelPath={DIRECTIVES_PATH} />;
}

/** /directives/:directiveId/edit: change a directive (the version read guards against lost updates). */
export function EditDirectiveRoute() {
  const id = idOf(useParams().directiveId);
  const directive = useDirective(id ?? 0);
  if (id === null) {
    return <NotFoundRoute />;
  }
  if (directive.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (directive.isError) {
    return <QueryError error={directive.error} onRetry={() => void directive.refetch()} />;
  }
  return (
    <DirectiveForm
      key={`${directive.data.id}-${directive.data.version}`}
      directive={directive.data}
      directivePath={directivePath}
      cancelPath={directivePath(id)}
      onReload={() => void directive.refetch()}
    />
  );
}
