/**
 * Which IndexedDB database the app opens (issue 15). Policy: a restore never clears the live
 * data; it fills a fresh database `taizhang-restore-<id>` and, only once that is complete and
 * verified, points the app at it here and reloads. Existing installs have no pointer and keep
 * opening `taizhang`; the origin (app://taizhang) never changes. The database switched away
 * from is remembered and deleted at a later start, once the new one has opened.
 */
import { DEFAULT_DB_NAME } from './database';

const ACTIVE_KEY = 'taizhang.activeDatabase';
const RETIRED_KEY = 'taizhang.retiredDatabases';
const NAME_RE = /^taizhang(?:-restore-[0-9a-z-]{4,64})?$/;

/** Where the pointer is kept: the page's localStorage (same origin as the databases). */
export interface PointerStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function defaultStore(): PointerStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The database to open: the pointer's when it names one of ours, else `taizhang`. */
export function activeDatabaseName(store = defaultStore()): string {
  const name = store?.getItem(ACTIVE_KEY);
  return name && NAME_RE.test(name) ? name : DEFAULT_DB_NAME;
}

/** A fresh name for a database a restore fills. */
export function restoreDatabaseName(): string {
  return `${DEFAULT_DB_NAME}-restore-${crypto.randomUUID()}`;
}

/** Points the app at `next` (a restored database); `previous` is deleted at a later start. */
export function activateDatabase(next: string, previous: string, store = defaultStore()): void {
  if (!store) return;
  const retired = retiredDatabases(store).filter((n) => n !== next);
  if (previous !== next) retired.push(previous);
  store.setItem(RETIRED_KEY, JSON.stringify(retired));
  store.setItem(ACTIVE_KEY, next);
}

/** Databases switched away from, still to delete (never the active one). */
export function retiredDatabases(store = defaultStore()): string[] {
  try {
    const raw: unknown = JSON.parse(store?.getItem(RETIRED_KEY) ?? '[]');
    const active = activeDatabaseName(store);
    return Array.isArray(raw)
      ? raw.filter((n): n is string => typeof n === 'string' && NAME_RE.test(n) && n !== active)
      : [];
  } catch {
    return [];
  }
}

/** Forgets retired databases once they are deleted. */
export function forgetRetired(names: readonly string[], store = defaultStore()): void {
  if (!store) return;
  const left = retiredDatabases(store).filter((n) => !names.includes(n));
  store.setItem(RETIRED_KEY, JSON.stringify(left));
}
