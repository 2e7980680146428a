import { ApiError, inLanguage, problemSlug } from '@/lib/api/api-error';
import type { Problem } from '@/lib/api/schema-types';

/** The problem of a failed request, if the server sent one. */
export function problemOf(error: unknown): Problem | undefined {
  return error instanceof ApiError ? error.problem : undefined;
}

/** The server's words for a refusal, in the chosen language: its detail, else its title. */
export function problemText(error: unknown, language: string, fallback: string): string {
  const problem = problemOf(error);
  const text = problem?.detail ?? problem?.title;
  return text ? inLanguage(text, language) : fallback;
}

/**
 * Why a change was refused with 409: `stale` someone saved the set since it was read; `frozen` it
 * is no longer a draft (published or retired: the contract's `frozen`, or any other state conflict).
 */
export type SetConflict = 'stale' | 'frozen';

export function conflictOf(error: unknown): SetConflict | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) {
    return undefined;
  }
  return problemSlug(error.problem) === 'stale-version' ? 'stale' : 'frozen';
}

/** A problem's field ("criteria[2].indicators[0].maxPoints") as a form name path. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** One wrong row of an imported workbook, as the server names it: "row N: column". */
export interface ImportRowError {
  key: string;
  row?: number;
  column: string;
  message: string;
}

export function importRowErrors(error: unknown): ImportRowError[] {
  return (problemOf(error)?.errors ?? []).map((e, index) => {
    const match = /^row\s+(\d+)\s*:\s*(.*)$/i.exec(e.field);
    return match
      ? { key: String(index), row: Number(match[1]), column: match[2] ?? '', message: e.message }
      : { key: String(index), column: e.field, message: e.message };
  });
}
