import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The outbox: what the user sent while the network (or the session) was away, kept in IndexedDB
 * until the server has it. Every item belongs to one user (the token's `sub`): every read and
 * write names the subject, so on a shared phone another user never sees nor sends it.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'error' | 'conflict' | 'needs-login';

/** One side of a conflict, as the user reads it: the text and the figures of a report. */
export interface ConflictVersion {
  text: string;
  figures?: { label: string; value: number; unit?: string }[];
  /** A line about the server's copy (its status, who changed it). */
  note?: string;
}

export interface OutboxConflict {
  mine: ConflictVersion;
  server: ConflictVersion;
  /** The server's version number when the conflict was read: "keep mine" resubmits on it. */
  serverVersion?: number;
}

/** A file kept with an item. Stored as bytes: every browser (and fake-indexeddb) keeps those. */
export interface OutboxFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

export interface OutboxItem<P = unknown> {
  /** crypto.randomUUID(): the item's Idempotency-Key (with `generation`, see idempotencyKey). */
  id: string;
  subject: string;
  kind: string;
  /** What the user reads in the outbox ("Báo cáo Q3/2026 · 6. Tuyên truyền …"). */
  label: string;
  createdAt: number;
  updatedAt: number;
  state: OutboxState;
  lastError?: string;
  attempts: number;
  /** Bumped when the user resubmits after a conflict: a new body needs a new key. */
  generation: number;
  payload: P;
  files: OutboxFile[];
  conflict?: OutboxConflict;
  /** "Lấy bản mới": the user took the server's copy; mine is kept readable until dismissed. */
  discarded?: boolean;
  sentAt?: number;
  /** While `sending`: until when this tab holds the item (another runner leaves it alone). */
  leaseUntil?: number;
}

interface OutboxDb extends DBSchema {
  items: {
    key: string;
    value: OutboxItem;
    indexes: { bySubject: string };
  };
}

const DB_NAME = 'danvan-outbox';
let dbPromise: Promise<IDBPDatabase<OutboxDb>> | undefined;

function db(): Promise<IDBPDatabase<OutboxDb>> {
  dbPromise ??= openDB<OutboxDb>(DB_NAME, 1, {
    upgrade(database) {
      const items = database.createObjectStore('items', { keyPath: 'id' });
      items.createIndex('bySubject', 'subject');
    },
  });
  return dbPromise;
}

/** Tests start each case from an empty outbox. */
export async function resetOutboxStore(): Promise<void> {
  const database = await db();
  await database.clear('items');
}

// Changes are announced in this tab and to the user's other tabs.
const changes = new EventTarget();
const channel =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('danvan-outbox');
channel?.addEventListener('message', () => changes.dispatchEvent(new Event('change')));

function announce(): void {
  changes.dispatchEvent(new Event('change'));
  channel?.postMessage('change');
}

export function onOutboxChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}

/** The key sent with the item's request: the item id, and a suffix after each resubmission. */
export function idempotencyKey(item: Pick<OutboxItem, 'id' | 'generation'>): string {
  return item.generation === 0 ? item.id : `${item.id}.${item.generation}`;
}

export interface NewOutboxItem<P> {
  subject: string;
  kind: string;
  label: string;
  payload: P;
  files?: File[] | Blob[];
}

// Items are sent in the order they were made (a photo before the report it belongs to): a
// creation time that never repeats in this tab keeps two items made in one millisecond in order.
let lastCreatedAt = 0;

export async function addOutboxItem<P>(input: NewOutboxItem<P>): Promise<OutboxItem<P>> {
  const files = await Promise.all(
    (input.files ?? []).map(async (file) => ({
      name: file instanceof File ? file.name : 'file',
      type: file.type,
      bytes: await file.arrayBuffer(),
    })),
  );
  const now = Math.max(Date.now(), lastCreatedAt + 1);
  lastCreatedAt = now;
  const item: OutboxItem<P> = {
    id: crypto.randomUUID(),
    subject: input.subject,
    kind: input.kind,
    label: input.label,
    createdAt: now,
    updatedAt: now,
    state: 'pending',
    attempts: 0,
    generation: 0,
    payload: input.payload,
    files,
  };
  await (await db()).put('items', item);
  announce();
  return item;
}

/** The subject's items, oldest first. Nobody else's. */
export async function listOutboxItems(subject: string): Promise<OutboxItem[]> {
  const items = await (await db()).getAllFromIndex('items', 'bySubject', subject);
  return items.sort((a, b) => a.createdAt - b.createdAt);
}

export async function getOutboxItem(subject: string, id: string): Promise<OutboxItem | undefined> {
  const item = await (await db()).get('items', id);
  return item?.subject === subject ? item : undefined;
}

/** Changes an item of the subject in one transaction; `change` sees the stored item. */
export async function updateOutboxItem(
  subject: string,
  id: string,
  change: (item: OutboxItem) => Partial<OutboxItem> | undefined,
): Promise<OutboxItem | undefined> {
  const tx = (await db()).transaction('items', 'readwrite');
  const item = await tx.store.get(id);
  if (!item || item.subject !== subject) {
    await tx.done;
    return undefined;
  }
  const patch = change(item);
  if (!patch) {
    await tx.done;
    return undefined;
  }
  const next: OutboxItem = { ...item, ...patch, updatedAt: Date.now() };
  await tx.store.put(next);
  await tx.done;
  announce();
  return next;
}

export async function deleteOutboxItem(subject: string, id: string): Promise<void> {
  const tx = (await db()).transaction('items', 'readwrite');
  const item = await tx.store.get(id);
  if (item?.subject === subject) {
    await tx.store.delete(id);
  }
  await tx.done;
  announce();
}

const LEASE_MS = 120_000;

/**
 * Takes an item for sending, atomically (one IndexedDB transaction): only one runner, in this
 * tab or another, gets it, so a photo is never uploaded twice by two runners at once.
 */
export function claimOutboxItem(
  subject: string,
  id: string,
  /** The caller holds the user's outbox lock: a `sending` item is a closed tab's leftover. */
  takeOver = false,
): Promise<OutboxItem | undefined> {
  const now = Date.now();
  return updateOutboxItem(subject, id, (item) => {
    const free =
      item.state === 'pending' ||
      item.state === 'needs-login' ||
      (item.state === 'sending' && (takeOver || (item.leaseUntil ?? 0) < now));
    return free
      ? { state: 'sending', leaseUntil: now + LEASE_MS, attempts: item.attempts + 1 }
      : undefined;
  });
}

/** Items the user still has to see through: everything not sent and not set aside. */
export function isUnsent(item: OutboxItem): boolean {
  return item.state !== 'sent' && !item.discarded;
}

/** Sent items are shown for a day ("Đã gửi"), then forgotten. */
export async function forgetOldSentItems(subject: string, olderThanMs = 86_400_000): Promise<void> {
  const cutoff = Date.now() - olderThanMs;
  const old = (await listOutboxItems(subject)).filter(
    (item) => item.state === 'sent' && (item.sentAt ?? 0) < cutoff,
  );
  for (const item of old) {
    await deleteOutboxItem(subject, item.id);
  }
}
