import { useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { PublicModelPage, PublicModels } from '@/features/models/components/public-models';

// The public showcase: no sign-in, outside the signed-in layout, its own chunk.

/** /public/models */
export function PublicModelsRoute() {
  return <PublicModels />;
}

/** /public/models/:modelId */
export function PublicModelRoute() {
  const { modelId } = useParams();
  const id = Number(modelId);
  if (!Number.isInteger(id) || id < 1) {
    return <NotFoundRoute />;
  }
  return <PublicModelPage key={id} modelId={id} />;
}
