import { Card, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { QueryError } from '@/components/query-error';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { useDirective } from '@/features/directives/api/directives';
import { DirectiveDetail } from '@/features/directives/components/directive-detail';
import { DirectiveForm } from '@/features/directives/components/directive-form';
import { DirectiveList } from '@/features/directives/components/directive-list';

export const DIRECTIVES_PATH = '/directives';
export const directivePath = (id: number) => `${DIRECTIVES_PATH}/${id}`;
export const directiveEditPath = (id: number) => `${DIRECTIVES_PATH}/${id}/edit`;
const NEW_PATH = `${DIRECTIVES_PATH}/new`;

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

/** /directives/:directiveId: one directive, its relations and files. */
export function DirectiveRoute() {
  const canEdit = useCanEdit();
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
      canEdit={canEdit}
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
