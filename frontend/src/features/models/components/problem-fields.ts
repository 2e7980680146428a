import type { FormInstance } from 'antd';
import { ApiError } from '@/lib/api/api-error';
import type { Problem } from '@/lib/api/schema-types';

/** The problem of a failed request, if the server sent one. */
export function problemOf(error: unknown): Problem | undefined {
  return error instanceof ApiError ? error.problem : undefined;
}

/** The server's words for a refusal: its detail, else its title. */
export function problemMessage(problem: Problem | undefined, error?: unknown): string {
  return (
    problem?.detail ?? problem?.title ?? (error instanceof Error ? error.message : String(error))
  );
}

/**
 * Puts a problem's field errors on the form's fields (`fields` maps the contract's field, e.g.
 * "owner.name", to the form's); returns the messages that name no field of the form.
 */
export function showFieldErrors<T>(
  form: FormInstance<T>,
  problem: Problem | undefined,
  fields: Record<string, string>,
): string[] {
  const errors = problem?.errors ?? [];
  form.setFields(
    errors
      .filter((e) => fields[e.field])
      .map((e) => ({ name: fields[e.field] as never, errors: [e.message] })),
  );
  return errors.filter((e) => !fields[e.field]).map((e) => `${e.field}: ${e.message}`);
}
