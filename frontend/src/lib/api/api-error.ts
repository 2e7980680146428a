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

/** The problem types the server names (ProblemType in the backend), by the last part of `type`. */
export const PROBLEM_SLUGS = [
  'validation',
  'malformed-request',
  'unauthorized',
  'forbidden',
  'out-of-scope',
  'not-found',
  'method-not-allowed',
  'not-acceptable',
  'stale-version',
  'duplicate',
  'conflict',
  'payload-too-large',
  'uri-too-long',
  'unsupported-media-type',
  'headers-too-large',
  'internal',
  'unavailable',
] as const;
export type ProblemSlug = (typeof PROBLEM_SLUGS)[number];

/** The known type of a problem (".../problems/not-found" → "not-found"), or undefined. */
export function problemSlug(problem: Pick<Problem, 'type'> | undefined): ProblemSlug | undefined {
  const slug = problem?.type?.split('/').pop();
  return PROBLEM_SLUGS.find((known) => known === slug);
}

// "Không tìm thấy (not found)": Vietnamese, then the English in brackets at the end
const BILINGUAL = /^(.*[^\x20-\x7e].*?)\s*\(([\x20-\x27\x2a-\x7e]+)\)\s*$/s;

/**
 * One language of a text the server writes in both, "Tiếng Việt (English)"; any other text
 * (a Vietnamese sentence that ends in brackets of its own, a plain English one) as it is.
 */
export function inLanguage(text: string, language: string): string {
  const match = BILINGUAL.exec(text);
  if (!match?.[1] || !match[2] || !/[a-z]{3,}/.test(match[2])) {
    return text;
  }
  return language === 'en' ? match[2] : match[1];
}
