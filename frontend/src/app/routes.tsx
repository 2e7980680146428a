import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, type RouteObject } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { HomeRedirect, RootRoute } from '@/app/routes/root-route';
import { RouteErrorBoundary } from '@/app/routes/route-error-boundary';
import { WithAntd } from '@/components/antd-on-demand';
import { PageLoading } from '@/components/page-loading';

/**
 * Each screen is its own chunk, loaded when it is first opened: the first screen a reporter sees
 * (/work) does not carry the directive editor, the unit tree or the summary's charts (budget: README).
 */
function lazyRoute<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

const WorkRoute = lazyRoute(
  () => import('@/app/routes/work-route'),
  (m) => m.WorkRoute,
);
const SummaryRoute = lazyRoute(
  () => import('@/app/routes/task-routes'),
  (m) => m.SummaryRoute,
);
const ReviewInboxRoute = lazyRoute(
  () => import('@/app/routes/task-routes'),
  (m) => m.ReviewInboxRoute,
);
const TaskRoute = lazyRoute(
  () => import('@/app/routes/task-routes'),
  (m) => m.TaskRoute,
);

const UnitsRoute = lazyRoute(
  () => import('@/app/routes/units-route'),
  (m) => m.UnitsRoute,
);
const DirectivesRoute = lazyRoute(
  () => import('@/app/routes/directives-route'),
  (m) => m.DirectivesRoute,
);
const DirectiveRoute = lazyRoute(
  () => import('@/app/routes/directives-route'),
  (m) => m.DirectiveRoute,
);
const NewDirectiveRoute = lazyRoute(
  () => import('@/app/routes/directives-route'),
  (m) => m.NewDirectiveRoute,
);
const EditDirectiveRoute = lazyRoute(
  () => import('@/app/routes/directives-route'),
  (m) => m.EditDirectiveRoute,
);
const ModelsRoute = lazyRoute(
  () => import('@/app/routes/models-route'),
  (m) => m.ModelsRoute,
);
const RegisterModelRoute = lazyRoute(
  () => import('@/app/routes/models-route'),
  (m) => m.RegisterModelRoute,
);
const ModelInboxRoute = lazyRoute(
  () => import('@/app/routes/models-route'),
  (m) => m.ModelInboxRoute,
);
const ModelRoute = lazyRoute(
  () => import('@/app/routes/models-route'),
  (m) => m.ModelRoute,
);
const ModelFunnelRoute = lazyRoute(
  () => import('@/app/routes/model-funnel-route'),
  (m) => m.ModelFunnelRoute,
);
const PublicModelsRoute = lazyRoute(
  () => import('@/app/routes/public-models-route'),
  (m) => m.PublicModelsRoute,
);
const PublicModelRoute = lazyRoute(
  () => import('@/app/routes/public-models-route'),
  (m) => m.PublicModelRoute,
);

const CriteriaTitlesRoute = lazyRoute(
  () => import('@/app/routes/criteria-route'),
  (m) => m.CriteriaTitlesRoute,
);
const CriteriaTitleRoute = lazyRoute(
  () => import('@/app/routes/criteria-route'),
  (m) => m.CriteriaTitleRoute,
);
const CriteriaSetRoute = lazyRoute(
  () => import('@/app/routes/criteria-route'),
  (m) => m.CriteriaSetRoute,
);
const RecognitionCountsRoute = lazyRoute(
  () => import('@/app/routes/recognition-counts-route'),
  (m) => m.RecognitionCountsRoute,
);
const PublicRecognizedAreasRoute = lazyRoute(
  () => import('@/app/routes/public-recognized-areas-route'),
  (m) => m.PublicRecognizedAreasRoute,
);
const RecognitionCasesRoute = lazyRoute(
  () => import('@/app/routes/recognition-route'),
  (m) => m.RecognitionCasesRoute,
);
const RegisterRecognitionCaseRoute = lazyRoute(
  () => import('@/app/routes/recognition-route'),
  (m) => m.RegisterRecognitionCaseRoute,
);
const RecognitionCaseRoute = lazyRoute(
  () => import('@/app/routes/recognition-route'),
  (m) => m.RecognitionCaseRoute,
);
const RecognitionSelfAssessmentRoute = lazyRoute(
  () => import('@/app/routes/recognition-route'),
  (m) => m.RecognitionSelfAssessmentRoute,
);
const RecognitionReviewRoute = lazyRoute(
  () => import('@/app/routes/recognition-route'),
  (m) => m.RecognitionReviewRoute,
);

const RuralCommunesRoute = lazyRoute(
  () => import('@/app/routes/rural-route'),
  (m) => m.RuralCommunesRoute,
);
const RuralCommuneRoute = lazyRoute(
  () => import('@/app/routes/rural-route'),
  (m) => m.RuralCommuneRoute,
);
const TargetsRoute = lazyRoute(
  () => import('@/app/routes/targets-route'),
  (m) => m.TargetsRoute,
);
const TargetRoute = lazyRoute(
  () => import('@/app/routes/targets-route'),
  (m) => m.TargetRoute,
);
const SurveysRoute = lazyRoute(
  () => import('@/app/routes/surveys-route'),
  (m) => m.SurveysRoute,
);
const NewSurveyRoute = lazyRoute(
  () => import('@/app/routes/surveys-route'),
  (m) => m.NewSurveyRoute,
);
const SurveyRoute = lazyRoute(
  () => import('@/app/routes/surveys-route'),
  (m) => m.SurveyRoute,
);
const SurveyDesignRoute = lazyRoute(
  () => import('@/app/routes/surveys-route'),
  (m) => m.SurveyDesignRoute,
);
const SurveyEntryRoute = lazyRoute(
  () => import('@/app/routes/surveys-route'),
  (m) => m.SurveyEntryRoute,
);
const SurveyResultsRoute = lazyRoute(
  () => import('@/app/routes/surveys-route'),
  (m) => m.SurveyResultsRoute,
);
const PublicSurveysRoute = lazyRoute(
  () => import('@/app/routes/public-surveys-route'),
  (m) => m.PublicSurveysRoute,
);
const PublicSurveyResultsRoute = lazyRoute(
  () => import('@/app/routes/public-surveys-route'),
  (m) => m.PublicSurveyResultsRoute,
);
const PublicAnswerRoute = lazyRoute(
  () => import('@/app/routes/public-surveys-route'),
  (m) => m.PublicAnswerRoute,
);

function RouteLoading() {
  const { t } = useTranslation();
  return <PageLoading label={t('common.loading')} />;
}

function screen(element: ReactNode): ReactNode {
  return <Suspense fallback={<RouteLoading />}>{element}</Suspense>;
}

/**
 * The screens drawn with antd, under one antd scope (theme, language, App's messages) that stays
 * while the user goes from one of them to another: a message shown as a screen navigates away
 * stays on the next. The reporter's first screen (/work) is outside it: it loads no antd
 * (budget: README "Web app budget").
 */
function AntdScreens() {
  return (
    <WithAntd fallback={<RouteLoading />}>
      <Outlet />
    </WithAntd>
  );
}

// drawn without antd: it shows even when a screen's code could not be loaded
const errorElement = <RouteErrorBoundary />;

/** The route table, shared by the browser router (app) and memory routers (tests). */
export const routes: RouteObject[] = [
  // the public pages: no sign-in, outside the signed-in layout, drawn with antd
  {
    element: <AntdScreens />,
    errorElement,
    children: [
      // the public showcase of "Dân vận khéo" models: no sign-in, outside the signed-in layout
      {
        path: 'public/models',
        errorElement,
        children: [
          { index: true, element: screen(<PublicModelsRoute />) },
          { path: ':modelId', element: screen(<PublicModelRoute />) },
        ],
      },
      // the portal's list of recognized residential areas: no sign-in either
      {
        path: 'public/recognized-areas',
        errorElement,
        element: screen(<PublicRecognizedAreasRoute />),
      },
      // the published results of satisfaction surveys, and a resident's answer with a one-time code
      {
        path: 'public/surveys',
        errorElement,
        children: [
          { index: true, element: screen(<PublicSurveysRoute />) },
          { path: ':surveyId', element: screen(<PublicSurveyResultsRoute />) },
        ],
      },
      {
        path: 'khao-sat/:surveyId',
        errorElement,
        element: screen(<PublicAnswerRoute />),
      },
    ],
  },
  {
    path: '/',
    element: <RootRoute />,
    errorElement,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'work', element: screen(<WorkRoute />) },
      {
        element: <AntdScreens />,
        children: [
          { path: 'units', element: screen(<UnitsRoute />) },
          { path: 'units/:unitId', element: screen(<UnitsRoute />) },
          { path: 'summary', element: screen(<SummaryRoute />) },
          { path: 'reports', element: screen(<ReviewInboxRoute />) },
          { path: 'tasks/:taskId', element: screen(<TaskRoute />) },
          { path: 'directives', element: screen(<DirectivesRoute />) },
          { path: 'directives/new', element: screen(<NewDirectiveRoute />) },
          { path: 'directives/:directiveId', element: screen(<DirectiveRoute />) },
          { path: 'directives/:directiveId/edit', element: screen(<EditDirectiveRoute />) },
          { path: 'models', element: screen(<ModelsRoute />) },
          { path: 'models/new', element: screen(<RegisterModelRoute />) },
          { path: 'models/inbox', element: screen(<ModelInboxRoute />) },
          { path: 'models/funnel', element: screen(<ModelFunnelRoute />) },
          { path: 'models/:modelId', element: screen(<ModelRoute />) },
          { path: 'criteria', element: screen(<CriteriaTitlesRoute />) },
          { path: 'criteria/titles/:titleId', element: screen(<CriteriaTitleRoute />) },
          { path: 'criteria/sets/:setId', element: screen(<CriteriaSetRoute />) },
          { path: 'recognition/counts', element: screen(<RecognitionCountsRoute />) },
          { path: 'recognition', element: screen(<RecognitionCasesRoute />) },
          { path: 'recognition/new', element: screen(<RegisterRecognitionCaseRoute />) },
          { path: 'recognition/:caseId', element: screen(<RecognitionCaseRoute />) },
          {
            path: 'recognition/:caseId/self-assessment',
            element: screen(<RecognitionSelfAssessmentRoute />),
          },
          { path: 'recognition/:caseId/review', element: screen(<RecognitionReviewRoute />) },
          { path: 'rural', element: screen(<RuralCommunesRoute />) },
          { path: 'rural/communes/:unitId', element: screen(<RuralCommuneRoute />) },
          { path: 'targets', element: screen(<TargetsRoute />) },
          { path: 'targets/:targetId', element: screen(<TargetRoute />) },
          { path: 'surveys', element: screen(<SurveysRoute />) },
          { path: 'surveys/new', element: screen(<NewSurveyRoute />) },
          { path: 'surveys/:surveyId', element: screen(<SurveyRoute />) },
          { path: 'surveys/:surveyId/design', element: screen(<SurveyDesignRoute />) },
          { path: 'surveys/:surveyId/entry', element: screen(<SurveyEntryRoute />) },
          { path: 'surveys/:surveyId/results', element: screen(<SurveyResultsRoute />) },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
