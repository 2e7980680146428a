import type { Problem } from '@/lib/api/schema-types';

/** A failed API call: the HTTP status and the RFC 9457 problem the server sent, when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' && body !== null && 'title' in body && typeof body.title === 'string'
  );
}

/**
 * Unwraps an openapi-fetch result: the data on success, otherwise throws an ApiError
 * so that TanStack Query puts the query in its error state.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) {
    return result.data;
  }
  throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
}
