import type { Schema } from '@/lib/api/schema-types';

/** Who looks at a model: the route reads it from /api/v1/me. */
export interface ModelViewer {
  roles: Schema<'Role'>[];
  organizationId?: number;
  organizationName?: string;
  unitId?: number;
  unitLevel?: Schema<'UnitLevel'>;
}

const has = (viewer: ModelViewer, ...roles: Schema<'Role'>[]) =>
  viewer.roles.some((role) => roles.includes(role));

/**
 * What the caller's roles allow on models, in one place (the server checks scope and state too;
 * a button shown here can still be refused, and the refusal is shown).
 */
export const modelPermissions = {
  /** The registering organization's reporter or editor; an admin. */
  register: (viewer: ModelViewer) => has(viewer, 'reporter', 'editor', 'admin'),
  /** Start, report results, add evidence, submit: the model's own organization. */
  work: (viewer: ModelViewer, organizationId: number) =>
    has(viewer, 'admin') ||
    (has(viewer, 'reporter', 'editor') && viewer.organizationId === organizationId),
  /** Appraise (pass / not pass) and return: the appraising body's appraiser. */
  appraise: (viewer: ModelViewer) => has(viewer, 'appraiser', 'admin'),
  /** Recognize, mark exemplary, propose and record commendations, publish: its editors. */
  decide: (viewer: ModelViewer) => has(viewer, 'editor', 'admin'),
  /** A proposal up to the province is the commune editor's. */
  proposeUpward: (viewer: ModelViewer) =>
    has(viewer, 'admin') || (has(viewer, 'editor') && viewer.unitLevel === 'COMMUNE'),
  /** Stop a model: its organization's editor (checked with `work`); an admin. */
  discontinue: (viewer: ModelViewer) => has(viewer, 'editor', 'admin'),
  /** Who has an appraisal inbox. */
  inbox: (viewer: ModelViewer) => has(viewer, 'appraiser', 'editor', 'admin'),
};
