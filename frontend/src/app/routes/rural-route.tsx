import { NotFoundRoute } from '@/app/routes/not-found-route';
import { useIdParam } from '@/app/routes/with-current-user';
import { CommuneCriteria } from '@/features/rural/components/commune-criteria';
import { CommuneList } from '@/features/rural/components/commune-list';

// One chunk for the rural programme's screens, loaded when one of them is first opened.

/** /rural: the communes of the caller's scope with their NTM status. */
export function RuralCommunesRoute() {
  return <CommuneList />;
}

/** /rural/communes/:unitId: a commune's group, criteria by year, standing and decisions (what the caller may change, the server says). */
export function RuralCommuneRoute() {
  const id = useIdParam('unitId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <CommuneCriteria key={id} unitId={id} />;
}
