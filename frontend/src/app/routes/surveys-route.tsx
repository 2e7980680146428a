import { NotFoundRoute } from '@/app/routes/not-found-route';
import { useIdParam, WithCurrentUser } from '@/app/routes/with-current-user';
import type { CurrentUser } from '@/features/current-user/api/current-user';
import { useSurvey } from '@/features/surveys/api/surveys';
import { QueryError } from '@/components/query-error';
import { UnitSelect, type UnitSelectProps } from '@/features/directives/components/unit-select';
import { SurveyDesigner } from '@/features/surveys/components/survey-designer';
import { SurveyEntry } from '@/features/surveys/components/survey-entry';
import { SurveyList } from '@/features/surveys/components/survey-list';
import { SurveyPage } from '@/features/surveys/components/survey-page';
import { SurveyResults } from '@/features/surveys/components/survey-results';
import type { SurveyViewer } from '@/features/surveys/components/survey-viewer';
import { Card, Skeleton } from 'antd';

// One chunk for the satisfaction surveys' screens, loaded when one of them is first opened.

function viewerOf(user: CurrentUser): SurveyViewer {
  return {
    roles: user.roles,
    ...(user.unit
      ? { unit: { id: user.unit.id, name: user.unit.name, level: user.unit.level } }
      : {}),
  };
}

function WithViewer({ render }: { render: (viewer: SurveyViewer) => React.ReactNode }) {
  return <WithCurrentUser render={(user) => render(viewerOf(user))} />;
}

/** /surveys */
export function SurveysRoute() {
  return <WithViewer render={(viewer) => <SurveyList viewer={viewer} />} />;
}

/** The communes in force of the caller's scope: the scope-ranked unit picker, at one level. */
function CommuneSelect(props: Omit<UnitSelectProps, 'level' | 'includeEnded'>) {
  return <UnitSelect {...props} level="COMMUNE" includeEnded={false} />;
}

/** /surveys/new */
export function NewSurveyRoute() {
  return (
    <WithViewer
      render={(viewer) => <SurveyDesigner viewer={viewer} CommunePicker={CommuneSelect} />}
    />
  );
}

function EditDesign({ id, viewer }: { id: number; viewer: SurveyViewer }) {
  const survey = useSurvey(id);
  if (survey.isError) {
    return <QueryError error={survey.error} onRetry={() => void survey.refetch()} />;
  }
  if (!survey.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  return <SurveyDesigner viewer={viewer} survey={survey.data} />;
}

/** /surveys/:surveyId/design: the design of a DRAFT. */
export function SurveyDesignRoute() {
  const id = useIdParam('surveyId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <WithViewer render={(viewer) => <EditDesign key={id} id={id} viewer={viewer} />} />;
}

/** /surveys/:surveyId */
export function SurveyRoute() {
  const id = useIdParam('surveyId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <SurveyPage key={id} surveyId={id} />;
}

/** /surveys/:surveyId/entry: paper forms on a phone, through the outbox. */
export function SurveyEntryRoute() {
  const id = useIdParam('surveyId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <SurveyEntry key={id} surveyId={id} />;
}

/** /surveys/:surveyId/results */
export function SurveyResultsRoute() {
  const id = useIdParam('surveyId');
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <SurveyResults key={id} surveyId={id} />;
}
