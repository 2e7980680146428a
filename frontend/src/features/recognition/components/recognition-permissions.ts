import type { RecognitionCase } from '@/features/recognition/api/recognition';
import type { Schema } from '@/lib/api/schema-types';

/** Who looks at a case: the route reads it from /api/v1/me. */
export interface RecognitionViewer {
  roles: Schema<'Role'>[];
  unitId?: number;
  unitLevel?: Schema<'UnitLevel'>;
  /** For a cadre of a residential area (token claim residential_area_code): that area. */
  residentialArea?: { id: number; unitId: number; code: string; name: string };
}

const has = (viewer: RecognitionViewer, ...roles: Schema<'Role'>[]) =>
  viewer.roles.some((role) => roles.includes(role));

/** An area's own reporter works on that area only. */
const isAreaReporter = (viewer: RecognitionViewer) => viewer.residentialArea !== undefined;

/**
 * What the caller's roles allow on recognition cases, in one place. The server checks scope and
 * state too: a button shown here can still be refused, and the refusal is shown.
 */
export const recognitionPermissions = {
  /** The area's own reporter; a reporter, editor or admin whose scope holds the commune. */
  register: (viewer: RecognitionViewer) => has(viewer, 'reporter', 'editor', 'admin'),
  /** Self-assess, add evidence, submit: whoever may register the area's case. */
  selfAssess: (viewer: RecognitionViewer, found: RecognitionCase) =>
    has(viewer, 'reporter', 'editor', 'admin') &&
    (!isAreaReporter(viewer) || viewer.residentialArea?.id === found.residentialArea?.id),
  /** Review, post, record comments and the council, withdraw: the commune's editor or admin. */
  commune: (viewer: RecognitionViewer) => has(viewer, 'editor', 'admin') && !isAreaReporter(viewer),
  /** Appraise: the deciding level's appraiser; an admin of that level. */
  appraise: (viewer: RecognitionViewer, found: RecognitionCase) =>
    has(viewer, 'appraiser', 'admin') && atDecidingLevel(viewer, found),
  /** Decide, refuse, revoke: the deciding level's editor or admin. */
  decide: (viewer: RecognitionViewer, found: RecognitionCase) =>
    has(viewer, 'editor', 'admin') && atDecidingLevel(viewer, found),
};

function atDecidingLevel(viewer: RecognitionViewer, found: RecognitionCase): boolean {
  return viewer.unitLevel === found.title.decidingLevel;
}
