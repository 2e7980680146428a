/**
 * Something that must be said before the user signs out, e.g. "3 reports are waiting to be
 * sent" from the outbox. Resolves to that message, or undefined when there is nothing to say.
 */
export type LogoutGuard = () => Promise<string | undefined>;

const guards = new Set<LogoutGuard>();

/** Adds a guard; returns the function that removes it. */
export function registerLogoutGuard(guard: LogoutGuard): () => void {
  guards.add(guard);
  return () => {
    guards.delete(guard);
  };
}

/** The messages of every guard that has something to say. A guard that fails says nothing. */
export async function logoutWarnings(): Promise<string[]> {
  const answers = await Promise.all([...guards].map((guard) => guard().catch(() => undefined)));
  return answers.filter((answer): answer is string => Boolean(answer));
}
