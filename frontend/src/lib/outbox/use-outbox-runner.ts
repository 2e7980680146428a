import { useEffect } from 'react';
import { registerLogoutGuard } from '@/lib/auth/logout-guard';
import { useSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n/i18n';
import { backoffDelay, runOutbox } from '@/lib/outbox/outbox-sender';
import { forgetOldSentItems, isUnsent, listOutboxItems } from '@/lib/outbox/outbox-store';

/** "Còn N mục chưa gửi…" while the user's outbox holds something unsent, else nothing. */
export async function outboxLogoutWarning(subject: string): Promise<string | undefined> {
  const count = (await listOutboxItems(subject)).filter(isUnsent).length;
  return count > 0 ? i18n.t('outbox.logoutWarning', { count }) : undefined;
}

/**
 * Sends the signed-in user's outbox: when the app starts or the user signs in (the subject
 * appears), when the network comes back, and on a growing delay after a network failure. While
 * anything is unsent, signing out asks first.
 */
export function useOutboxRunner(): void {
  const { subject } = useSession();
  useEffect(() => {
    if (!subject) {
      return;
    }
    let stopped = false;
    let failedRuns = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      clearTimeout(timer);
      void runOutbox(subject).then((outcome) => {
        if (stopped) {
          return;
        }
        if (outcome === 'offline') {
          failedRuns += 1;
          timer = setTimeout(run, backoffDelay(failedRuns));
        } else {
          failedRuns = 0;
        }
      });
    };
    const onOnline = () => {
      failedRuns = 0;
      run();
    };
    void forgetOldSentItems(subject).finally(run);
    window.addEventListener('online', onOnline);
    const removeGuard = registerLogoutGuard(() => outboxLogoutWarning(subject));
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      removeGuard();
    };
  }, [subject]);
}
