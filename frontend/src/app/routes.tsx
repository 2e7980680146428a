import { Navigate, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from '@/app/routes/route-error-boundary';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { RootRoute } from '@/app/routes/root-route';
import { UnitsRoute } from '@/app/routes/units-route';
import { ReviewInboxRoute, SummaryRoute, TaskRoute, WorkRoute } from '@/app/routes/work-route';
import {
  DirectiveRoute,
  DirectivesRoute,
  EditDirectiveRoute,
  NewDirectiveRoute,
} from '@/app/routes/directives-route';

/** The route table, shared by the browser router (app) and memory routers (tests). */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <Navigate to="/work" replace /> },
      { path: 'units', element: <UnitsRoute /> },
      { path: 'units/:unitId', element: <UnitsRoute /> },
      { path: 'work', element: <WorkRoute /> },
      { path: 'summary', element: <SummaryRoute /> },
      { path: 'reports', element: <ReviewInboxRoute /> },
      { path: 'tasks/:taskId', element: <TaskRoute /> },
      { path: 'directives', element: <DirectivesRoute /> },
      { path: 'directives/new', element: <NewDirectiveRoute /> },
      { path: 'directives/:directiveId', element: <DirectiveRoute /> },
      { path: 'directives/:directiveId/edit', element: <EditDirectiveRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
