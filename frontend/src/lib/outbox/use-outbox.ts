import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useSession } from '@/lib/auth/session';
import { runOutbox, type SendOutcome } from '@/lib/outbox/outbox-sender';
import {
  addOutboxItem,
  listOutboxItems,
  onOutboxChange,
  type NewOutboxItem,
  type OutboxItem,
} from '@/lib/outbox/outbox-store';

export const outboxKeys = {
  items: (subject: string | undefined) => ['outbox', subject ?? ''] as const,
};

/**
 * The signed-in user's outbox items, oldest first, kept current as they change (in this tab or
 * another). Read from IndexedDB, so it works without network.
 */
export function useOutboxItems(): OutboxItem[] {
  const { subject } = useSession();
  const queryClient = useQueryClient();
  useEffect(
    () => onOutboxChange(() => void queryClient.invalidateQueries({ queryKey: ['outbox'] })),
    [queryClient],
  );
  const query = useQuery({
    queryKey: outboxKeys.items(subject),
    queryFn: () => (subject ? listOutboxItems(subject) : Promise.resolve([])),
    networkMode: 'always',
    staleTime: Infinity,
  });
  return query.data ?? [];
}

/**
 * Puts something to send into the user's outbox and starts sending at once; `sending` settles
 * when this round of sending is over (the item is then sent, or waits, or failed).
 */
export function useEnqueue() {
  const { subject } = useSession();
  return useCallback(
    async <P>(
      input: Omit<NewOutboxItem<P>, 'subject'>,
    ): Promise<{ item: OutboxItem<P>; sending: Promise<SendOutcome> }> => {
      if (!subject) {
        throw new Error('the outbox needs a signed-in user');
      }
      const item = await addOutboxItem({ ...input, subject });
      return { item, sending: runOutbox(subject) };
    },
    [subject],
  );
}
