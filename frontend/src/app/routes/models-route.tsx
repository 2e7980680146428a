import { Card, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { QueryError } from '@/components/query-error';
import { type CurrentUser, useCurrentUser } from '@/features/current-user/api/current-user';
import { ModelInbox } from '@/features/models/components/model-inbox';
import { ModelPage } from '@/features/models/components/model-page';
import type { ModelViewer } from '@/features/models/components/model-permissions';
import { MyModels } from '@/features/models/components/my-models';
import { RegisterModel } from '@/features/models/components/register-model';
import { ResidentialAreaSelect } from '@/features/residential-areas/components/residential-area-select';

// One chunk for the "Dân vận khéo" screens, loaded when one of them is first opened (budget: README).

function viewerOf(user: CurrentUser): ModelViewer {
  return {
    roles: user.roles,
    ...(user.organization
      ? { organizationId: user.organization.id, organizationName: user.organization.name }
      : {}),
    ...(user.unit ? { unitId: user.unit.id, unitLevel: user.unit.level } : {}),
  };
}

/** The screen once /api/v1/me says who is looking. */
function WithViewer({ render }: { render: (viewer: ModelViewer) => React.ReactNode }) {
  const currentUser = useCurrentUser();
  if (currentUser.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  return <>{render(viewerOf(currentUser.data))}</>;
}

/** /models: the organization's "Dân vận khéo" models and what the round still needs. */
export function ModelsRoute() {
  return <WithViewer render={(viewer) => <MyModels viewer={viewer} />} />;
}

/** /models/new: register a model (also offline). */
export function RegisterModelRoute() {
  return (
    <WithViewer
      render={(viewer) => <RegisterModel viewer={viewer} AreaPicker={ResidentialAreaSelect} />}
    />
  );
}

/** /models/inbox: the appraising body's inbox. */
export function ModelInboxRoute() {
  return <WithViewer render={(viewer) => <ModelInbox viewer={viewer} />} />;
}

/** /models/:modelId: a model's page. */
export function ModelRoute() {
  const { modelId } = useParams();
  const id = Number(modelId);
  if (!Number.isInteger(id) || id < 1) {
    return <NotFoundRoute />;
  }
  return <WithViewer render={(viewer) => <ModelPage key={id} modelId={id} viewer={viewer} />} />;
}
