import { ApiError } from '@/lib/api/api-error';
import { getAccessToken } from '@/lib/auth/access-token';
import {
  claimOutboxItem,
  getOutboxItem,
  idempotencyKey,
  listOutboxItems,
  updateOutboxItem,
  type OutboxConflict,
  type OutboxItem,
} from '@/lib/outbox/outbox-store';

/** What a feature does to send one kind of item (it owns the API calls). */
export interface OutboxHandler {
  /**
   * Sends the item with `key` as its Idempotency-Key; resolves once the server has it. Throws
   * OutboxConflictError for a 409 the user must resolve, an ApiError for other refusals, and
   * whatever fetch throws when the network is away.
   */
  send: (item: OutboxItem, key: string) => Promise<void>;
  /**
   * "Giữ bản của tôi": prepares the item to be sent again on the server's current copy (returns
   * the new payload). Without it the item can only be retried as it is, or deleted.
   */
  keepMine?: (item: OutboxItem) => Promise<unknown>;
}

/** A 409 the user must resolve: both versions, to show side by side. */
export class OutboxConflictError extends Error {
  readonly conflict: OutboxConflict;

  constructor(conflict: OutboxConflict, message = 'conflict') {
    super(message);
    this.name = 'OutboxConflictError';
    this.conflict = conflict;
  }
}

const handlers = new Map<string, OutboxHandler>();

export function registerOutboxHandler(kind: string, handler: OutboxHandler): void {
  handlers.set(kind, handler);
}

export function outboxHandler(kind: string): OutboxHandler | undefined {
  return handlers.get(kind);
}

export type SendOutcome = 'done' | 'offline' | 'needs-login';

type Failure =
  | { kind: 'conflict'; conflict: OutboxConflict; message: string }
  | { kind: 'needs-login'; message: string }
  | { kind: 'retry'; message: string }
  | { kind: 'offline'; message: string }
  | { kind: 'error'; message: string };

function classify(error: unknown): Failure {
  if (error instanceof OutboxConflictError) {
    return { kind: 'conflict', conflict: error.conflict, message: error.message };
  }
  if (error instanceof ApiError) {
    const message = error.problem?.detail ?? error.problem?.title ?? error.message;
    if (error.status === 401) {
      return { kind: 'needs-login', message };
    }
    if (error.status >= 500 || error.status === 408 || error.status === 429) {
      return { kind: 'retry', message };
    }
    return { kind: 'error', message };
  }
  // fetch rejects (TypeError) when there is no network: keep the item waiting.
  return { kind: 'offline', message: error instanceof Error ? error.message : String(error) };
}

const running = new Map<string, Promise<SendOutcome>>();
const askedAgain = new Set<string>();

/**
 * Sends the subject's waiting items, oldest first, one at a time. Runs once per subject at a
 * time in this tab (a second call gets the running one); across tabs, each item is claimed in
 * an IndexedDB transaction before it is sent. Stops at the first network failure (offline) or
 * when there is no access token (the items wait for sign-in).
 */
export function runOutbox(subject: string): Promise<SendOutcome> {
  const current = running.get(subject);
  if (current) {
    // asked again during a run (an item added, the network back): go round once more afterwards
    askedAgain.add(subject);
    return current;
  }
  const run = (async () => {
    let outcome: SendOutcome;
    do {
      askedAgain.delete(subject);
      outcome = await withOutboxLock(subject, (exclusive) => sendAll(subject, exclusive));
    } while (askedAgain.has(subject));
    return outcome;
  })().finally(() => running.delete(subject));
  running.set(subject, run);
  return run;
}

/**
 * One sender per user across the browser's tabs (Web Locks; the lock goes when its tab closes).
 * Holding it, an item still marked `sending` was left by a closed tab: it is taken over at once.
 */
function withOutboxLock<T>(subject: string, run: (exclusive: boolean) => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks
    ? (locks.request(`danvan-outbox:${subject}`, () => run(true)) as Promise<T>)
    : run(false);
}

async function sendAll(subject: string, exclusive: boolean): Promise<SendOutcome> {
  const waiting = (await listOutboxItems(subject)).filter(
    (item) =>
      item.state === 'pending' ||
      item.state === 'needs-login' ||
      (item.state === 'sending' && (exclusive || (item.leaseUntil ?? 0) < Date.now())),
  );
  for (const waitingItem of waiting) {
    const handler = handlers.get(waitingItem.kind);
    if (!handler) {
      continue;
    }
    if (!(await getAccessToken())) {
      await markNeedsLogin(subject, waiting);
      return 'needs-login';
    }
    const item = await claimOutboxItem(subject, waitingItem.id, exclusive);
    if (!item) {
      if ((await getOutboxItem(subject, waitingItem.id))?.state === 'sending') {
        // another runner is sending it: what comes after it waits, to keep the order
        return 'offline';
      }
      continue; // deleted or settled meanwhile
    }
    try {
      await handler.send(item, idempotencyKey(item));
      await updateOutboxItem(subject, item.id, () => ({
        state: 'sent',
        sentAt: Date.now(),
        lastError: undefined,
        conflict: undefined,
        leaseUntil: undefined,
      }));
    } catch (error) {
      const failure = classify(error);
      switch (failure.kind) {
        case 'conflict':
          await settle(subject, item, {
            state: 'conflict',
            conflict: failure.conflict,
            lastError: failure.message,
          });
          break;
        case 'error':
          await settle(subject, item, { state: 'error', lastError: failure.message });
          break;
        case 'needs-login':
          await settle(subject, item, { state: 'needs-login', lastError: failure.message });
          await markNeedsLogin(subject, waiting);
          return 'needs-login';
        case 'retry':
        case 'offline':
          await settle(subject, item, { state: 'pending', lastError: failure.message });
          return 'offline';
      }
    }
  }
  return 'done';
}

function settle(subject: string, item: OutboxItem, patch: Partial<OutboxItem>) {
  return updateOutboxItem(subject, item.id, () => ({ ...patch, leaseUntil: undefined }));
}

async function markNeedsLogin(subject: string, items: OutboxItem[]): Promise<void> {
  for (const item of items) {
    await updateOutboxItem(subject, item.id, (stored) =>
      stored.state === 'pending' ? { state: 'needs-login' } : undefined,
    );
  }
}

/** Sends a failed or conflicting item again, as it is. */
export async function retryOutboxItem(subject: string, id: string): Promise<void> {
  await updateOutboxItem(subject, id, (item) =>
    item.state === 'sent' || item.state === 'sending'
      ? undefined
      : { state: 'pending', lastError: undefined, discarded: undefined },
  );
}

/** "Giữ bản của tôi": my version goes again, on the server's current one, with a new key. */
export async function keepMineOutboxItem(subject: string, item: OutboxItem): Promise<void> {
  const handler = handlers.get(item.kind);
  const payload = handler?.keepMine ? await handler.keepMine(item) : item.payload;
  await updateOutboxItem(subject, item.id, (stored) => ({
    state: 'pending',
    payload,
    generation: stored.generation + 1,
    conflict: undefined,
    lastError: undefined,
  }));
}

/** "Lấy bản mới": mine is not sent; its text stays readable (and copyable) until dismissed. */
export async function takeTheirsOutboxItem(subject: string, id: string): Promise<void> {
  await updateOutboxItem(subject, id, () => ({ discarded: true }));
}

/** Delay before the next automatic attempt after a network failure: 2 s, 4 s, … up to 5 min. */
export function backoffDelay(failedRuns: number): number {
  return Math.min(300_000, 2_000 * 2 ** Math.min(failedRuns, 8));
}
