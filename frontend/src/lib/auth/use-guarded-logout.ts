import { useCallback, useState } from 'react';
import { logoutWarnings } from '@/lib/auth/logout-guard';
import { useSession } from '@/lib/auth/session';

/**
 * "Đăng xuất": asks the guards first; when any has something to say, `warnings` holds their
 * messages for the user to confirm (`confirm`) or not (`cancel`) before signing out.
 */
export function useGuardedLogout() {
  const { logout } = useSession();
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const start = useCallback(async () => {
    const said = await logoutWarnings();
    if (said.length === 0) {
      logout();
    } else {
      setWarnings(said);
    }
  }, [logout]);
  const confirm = useCallback(() => {
    setWarnings(null);
    logout();
  }, [logout]);
  const cancel = useCallback(() => setWarnings(null), []);
  return { start, warnings, confirm, cancel };
}
