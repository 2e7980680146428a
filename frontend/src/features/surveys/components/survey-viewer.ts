/** Who is looking, as the survey screens need it (given by the route from /api/v1/me). */
export interface SurveyViewer {
  roles: string[];
  /** The viewer's unit (a commune's cadre designs that commune's surveys). */
  unit?: { id: number; name: string; level: string };
}

/**
 * The Front's editors and admins create surveys (what may be done to a survey is its own
 * `permissions`, computed by the server).
 */
export function canDesign(viewer: SurveyViewer): boolean {
  return viewer.roles.some((role) => role === 'editor' || role === 'admin');
}
