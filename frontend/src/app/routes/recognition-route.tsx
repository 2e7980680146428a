import { NotFoundRoute } from '@/app/routes/not-found-route';
import { useIdParam, WithCurrentUser } from '@/app/routes/with-current-user';
import type { CurrentUser } from '@/features/current-user/api/current-user';
import { CaseList } from '@/features/recognition/components/case-list';
import { CasePage } from '@/features/recognition/components/case-page';
import { CommuneReview } from '@/features/recognition/components/commune-review';
import type { RecognitionViewer } from '@/features/recognition/components/recognition-permissions';
import { RegisterCase } from '@/features/recognition/components/register-case';
import { SelfAssessment } from '@/features/recognition/components/self-assessment';
import { ResidentialAreaSelect } from '@/features/residential-areas/components/residential-area-select';

// One chunk for the residential-area recognition screens, loaded when one of them is first opened.

function viewerOf(user: CurrentUser): RecognitionViewer {
  const area = user.residentialArea;
  return {
    roles: user.roles,
    ...(user.unit ? { unitId: user.unit.id, unitLevel: user.unit.level } : {}),
    ...(area
      ? {
          residentialArea: { id: area.id, unitId: area.unitId, code: area.code, name: area.name },
        }
      : {}),
  };
}

/** The screen once /api/v1/me says who is looking. */
function WithViewer({ render }: { render: (viewer: RecognitionViewer) => React.ReactNode }) {
  return <WithCurrentUser render={(user) => render(viewerOf(user))} />;
}

/** The case id of the path, or undefined when it is not one. */
function useCaseId(): number | undefined {
  return useIdParam('caseId');
}

/** /recognition: the caller's cases. */
export function RecognitionCasesRoute() {
  return <WithViewer render={(viewer) => <CaseList viewer={viewer} />} />;
}

/** /recognition/new: register an area for a title and a year. */
export function RegisterRecognitionCaseRoute() {
  return (
    <WithViewer
      render={(viewer) => <RegisterCase viewer={viewer} AreaPicker={ResidentialAreaSelect} />}
    />
  );
}

/** /recognition/:caseId: the case, its next step, records, criteria and timeline. */
export function RecognitionCaseRoute() {
  const id = useCaseId();
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <WithViewer render={(viewer) => <CasePage key={id} caseId={id} viewer={viewer} />} />;
}

/** /recognition/:caseId/self-assessment: the area's self-assessment, one criterion per card. */
export function RecognitionSelfAssessmentRoute() {
  const id = useCaseId();
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return (
    <WithViewer render={(viewer) => <SelfAssessment key={id} caseId={id} viewer={viewer} />} />
  );
}

/** /recognition/:caseId/review: the commune's review, side by side. */
export function RecognitionReviewRoute() {
  const id = useCaseId();
  if (id === undefined) {
    return <NotFoundRoute />;
  }
  return <WithViewer render={(viewer) => <CommuneReview key={id} caseId={id} viewer={viewer} />} />;
}
