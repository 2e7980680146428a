import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Persister } from '@tanstack/react-query-persist-client';
import { openDB, type IDBPDatabase } from 'idb';
import { version } from '@/../package.json';

/**
 * The user's own work kept on the device for reading offline: React Query's cache, in
 * IndexedDB, one entry per signed-in user (keyed by the token's `sub`), so that on a shared
 * phone another user never sees it. Removed on sign-out. Only what a user needs in the field is
 * kept (their work, report slots, the directives they opened), never the lists of others.
 */

const DB_NAME = 'danvan-offline-reading';
const STORE = 'query-cache';

/** A cache written by another version of the app is dropped, not read. */
export const CACHE_BUSTER = version;
/** How long the kept work stays readable without being refreshed online. */
export const CACHE_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

/** The query keys (their first parts) of what is kept; the features name their keys so. */
export const KEPT_OFFLINE: readonly string[][] = [
  ['current-user'], // GET /api/v1/me
  ['assignments', 'list'], // GET /api/v1/assignments: the organization's work
  ['assignments', 'one'], // GET /api/v1/assignments/{id}
  ['assignments', 'reports'], // GET /api/v1/assignments/{id}/reports: the report slots
  ['assignments', 'task'], // GET /api/v1/tasks/{id}
  ['assignments', 'digest'], // GET /api/v1/me/digest: the user's reminders
  ['reports', 'list'], // GET /api/v1/reports
  ['directives', 'list'], // GET /api/v1/directives
  ['directives', 'detail'], // GET /api/v1/directives/{id}, once opened
  ['models', 'movements'], // GET /api/v1/emulation/movements: fields and rounds, to register offline
  ['models', 'list'], // GET /api/v1/mobilization-models: the organization's models
  ['models', 'detail'], // GET /api/v1/mobilization-models/{id}, once opened
  ['recognition', 'titles'], // GET /api/v1/recognition-titles: to read a case offline
  ['recognition', 'list'], // GET /api/v1/recognition-cases: the area's or commune's cases
  ['recognition', 'detail'], // GET /api/v1/recognition-cases/{id}: self-assessed offline
  ['surveys', 'one'], // GET /api/v1/satisfaction-surveys/{id}: paper forms entered offline
];

export function isKeptOffline(queryKey: readonly unknown[]): boolean {
  return KEPT_OFFLINE.some((prefix) => prefix.every((part, index) => queryKey[index] === part));
}

/**
 * Structural, not React Query's Query class: what the persister passes (package.json pins the
 * persister and React Query to one release, so that there is one query-core in the app).
 */
interface QueryLike {
  queryKey: readonly unknown[];
  state: { status: string };
}

export function shouldKeepQuery(query: QueryLike): boolean {
  return query.state.status === 'success' && isKeptOffline(query.queryKey);
}

let database: Promise<IDBPDatabase> | undefined;
function openDatabase(): Promise<IDBPDatabase> {
  database ??= openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
  return database;
}

const cacheKey = (subject: string) => `user:${subject}`;

// Once a user's cache is removed (sign-out), a late throttled write must not bring it back.
const forgotten = new Set<string>();

const storage = {
  async getItem(key: string): Promise<string | null> {
    const value: unknown = await (await openDatabase()).get(STORE, key);
    return typeof value === 'string' ? value : null;
  },
  async setItem(key: string, value: string): Promise<void> {
    if (!forgotten.has(key)) {
      await (await openDatabase()).put(STORE, value, key);
    }
  },
  async removeItem(key: string): Promise<void> {
    await (await openDatabase()).delete(STORE, key);
  },
};

/** Where React Query keeps `subject`'s cache. */
export function userCachePersister(subject: string): Persister {
  forgotten.delete(cacheKey(subject)); // signed in again
  return createAsyncStoragePersister({ storage, key: cacheKey(subject), throttleTime: 1000 });
}

/** Forgets what the device keeps for `subject` (sign-out). */
export async function removeUserCache(subject: string): Promise<void> {
  forgotten.add(cacheKey(subject));
  await storage.removeItem(cacheKey(subject));
}
