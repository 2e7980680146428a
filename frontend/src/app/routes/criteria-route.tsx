import { useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { CriteriaSetPage } from '@/features/criteria/components/criteria-set-page';
import { CriteriaTitlePage } from '@/features/criteria/components/title-page';
import { CriteriaTitles } from '@/features/criteria/components/titles-list';

// One chunk for the criteria screens, loaded when one of them is first opened (budget: README).

function useIdParam(name: string): number | undefined {
  const value = Number(useParams()[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** /criteria: the recognition titles and their criteria sets. */
export function CriteriaTitlesRoute() {
  return <CriteriaTitles />;
}

/** /criteria/titles/:titleId: a title and the versions of its criteria set. */
export function CriteriaTitleRoute() {
  const id = useIdParam('titleId');
  return id ? <CriteriaTitlePage key={id} titleId={id} /> : <NotFoundRoute />;
}

/** /criteria/sets/:setId: one version; the editor for an admin's draft. */
export function CriteriaSetRoute() {
  const id = useIdParam('setId');
  return id ? <CriteriaSetPage key={id} setId={id} /> : <NotFoundRoute />;
}
