/**
 * What must be said before the user signs out: each guard answers a warning ("Còn 2 mục chưa
 * gửi…") or undefined. The sign-out action asks them all and lets the user confirm.
 */
type LogoutGuard = () => Promise<string | undefined>;

const guards = new Set<LogoutGuard>();

/** Adds a guard; the returned function removes it. */
export function registerLogoutGuard(guard: LogoutGuard): () => void {
  guards.add(guard);
  return () => {
    guards.delete(guard);
  };
}

/** The warnings of every guard that has one, to show before signing out. */
export async function logoutWarnings(): Promise<string[]> {
  const answers = await Promise.all([...guards].map((guard) => guard()));
  return answers.filter((answer): answer is string => Boolean(answer));
}
