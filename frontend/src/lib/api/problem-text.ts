import type { FormInstance } from 'antd';
import { ApiError } from '@/lib/api/api-error';
import type { Problem } from '@/lib/api/schema-types';

/** The problem of a failed request, if the server sent one. */
export function problemOf(error: unknown): Problem | undefined {
  return error instanceof ApiError ? error.problem : undefined;
}

/** The server's words for a refusal: its detail, else its title (then the field errors). */
export function problemText(error: unknown): string[] {
  const problem = problemOf(error);
  const main =
    problem?.detail ?? problem?.title ?? (error instanceof Error ? error.message : String(error));
  return [main, ...(problem?.errors ?? []).map((e) => `${e.field}: ${e.message}`)];
}

/**
 * Puts a problem's field errors on the form's fields (the contract's and the form's names are the
 * same); returns the lines to show above the form: the detail and the errors no field shows.
 */
export function showProblem<T>(form: FormInstance<T>, error: unknown, fields: string[]): string[] {
  const problem = problemOf(error);
  const errors = problem?.errors ?? [];
  form.setFields(
    errors
      .filter((e) => fields.includes(e.field))
      .map((e) => ({ name: e.field as never, errors: [e.message] })),
  );
  const [main = ''] = problemText(error);
  return [
    main,
    ...errors.filter((e) => !fields.includes(e.field)).map((e) => `${e.field}: ${e.message}`),
  ];
}
