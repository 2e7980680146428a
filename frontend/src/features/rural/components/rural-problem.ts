import { ApiError, problemSlug } from '@/lib/api/api-error';

/** A 409 because someone saved the row since it was read: the page is read again. */
export function isStale(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    (problemSlug(error.problem) ?? 'stale-version') === 'stale-version'
  );
}
