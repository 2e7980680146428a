import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the URL (a link or a reload shows the same list). Changing a
 * filter goes back to the first page unless the change names the page; an empty value removes the
 * parameter. The history is replaced by default (Back leaves the list rather than undoing a filter);
 * `push` keeps each step (a drill-down that Back walks up again).
 */
export function useUrlFilters({ push = false }: { push?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (next: Record<string, string | undefined>) =>
      setParams(
        (current) => {
          const merged = new URLSearchParams(current);
          for (const [key, value] of Object.entries({ ...next, page: next.page })) {
            if (value === undefined || value === '') {
              merged.delete(key);
            } else {
              merged.set(key, value);
            }
          }
          return merged;
        },
        { replace: !push },
      ),
    [setParams, push],
  );
  return {
    params,
    update,
    /** A parameter as text, or undefined when absent or empty. */
    text: (key: string) => params.get(key) || undefined,
    /** A parameter as a number, or undefined when absent or not a number. */
    number: (key: string) => {
      const value = Number(params.get(key) ?? Number.NaN);
      return Number.isFinite(value) && params.get(key) !== '' ? value : undefined;
    },
    /** The page, counted from 0. */
    page: Math.max(0, Number(params.get('page') ?? 0) || 0),
  };
}
