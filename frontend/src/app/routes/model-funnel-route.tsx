import { ModelFunnelView } from '@/features/models/components/funnel/model-funnel';

// Its own chunk, loaded when the funnel is first opened (budget: README); recharts comes later still.

/** /models/funnel: a round's funnel for the reader's unit (the server counts their scope only). */
export function ModelFunnelRoute() {
  return <ModelFunnelView />;
}
