import { useCallback, useState } from 'react';
import type { OrganizationRef } from '@/features/directives/api/directives';
import { useSession } from '@/lib/auth/session';

/** How many recently picked organizations a picker remembers per scope. */
export const RECENT_LIMIT = 8;

/** Recent picks by scope ('' for an unrestricted picker, `task:41`, `unit:1`), newest first. */
type RecentByScope = Record<string, OrganizationRef[]>;

function storageKey(subject: string) {
  return `danvan.recent-organizations.${subject}`;
}

function read(subject: string | undefined): RecentByScope {
  if (!subject) {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(subject)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as RecentByScope) : {};
  } catch {
    return {};
  }
}

/**
 * The organizations this user picked lately, kept on the device per user (the session's subject,
 * so that on a shared phone another user never sees them) and per scope: a scoped picker offers
 * only its own scope's recent picks, since another scope's may be outside it.
 */
export function useRecentOrganizations(scope: string) {
  const { subject } = useSession();
  const [all, setAll] = useState<RecentByScope>(() => read(subject));
  const forScope =
    scope === ''
      ? [
          ...new Map(
            Object.values(all)
              .flat()
              .map((o) => [o.id, o]),
          ).values(),
        ]
      : (all[scope] ?? []);
  const remember = useCallback(
    (picked: OrganizationRef[]) => {
      if (!subject || picked.length === 0) {
        return;
      }
      const current = read(subject);
      const ids = new Set(picked.map((o) => o.id));
      const next: RecentByScope = {
        ...current,
        [scope]: [...picked, ...(current[scope] ?? []).filter((o) => !ids.has(o.id))].slice(
          0,
          RECENT_LIMIT,
        ),
      };
      window.localStorage.setItem(storageKey(subject), JSON.stringify(next));
      setAll(next);
    },
    [subject, scope],
  );
  return { recent: forScope.slice(0, RECENT_LIMIT), all: Object.values(all).flat(), remember };
}
