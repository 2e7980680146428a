import { NotFoundRoute } from '@/app/routes/not-found-route';
import { useIdParam } from '@/app/routes/with-current-user';
import { PublicAnswer } from '@/features/surveys/components/public-answer';
import { PublicSurveyResults, PublicSurveys } from '@/features/surveys/components/public-surveys';

// The public survey pages: no sign-in, outside the signed-in layout, their own chunk.

/** /public/surveys: the published surveys. */
export function PublicSurveysRoute() {
  return <PublicSurveys />;
}

/** /public/surveys/:surveyId: a published survey's results. */
export function PublicSurveyResultsRoute() {
  const id = useIdParam('surveyId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <PublicSurveyResults key={id} surveyId={id} />;
}

/** /khao-sat/:surveyId: a resident answers with a one-time code (the link the codes name). */
export function PublicAnswerRoute() {
  const id = useIdParam('surveyId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <PublicAnswer key={id} surveyId={id} />;
}
