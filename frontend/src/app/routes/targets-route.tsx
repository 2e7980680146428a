import { NotFoundRoute } from '@/app/routes/not-found-route';
import { useIdParam } from '@/app/routes/with-current-user';
import { TargetBoard } from '@/features/targets/components/target-board';
import { TargetDetail } from '@/features/targets/components/target-detail';

// One chunk for the targets' screens; recharts comes later still, with the trend.

/** /targets: every target of the leader's scope as a gauge and a table. */
export function TargetsRoute() {
  return <TargetBoard />;
}

/** /targets/:targetId: a target's progress, trend by year and the units still missing. */
export function TargetRoute() {
  const id = useIdParam('targetId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <TargetDetail key={id} targetId={id} />;
}
