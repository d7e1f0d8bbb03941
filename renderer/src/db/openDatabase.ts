import Dexie, { type DexieOptions } from 'dexie';
import { TaizhangDB } from './database';
import { activeDatabaseName, forgetRetired, retiredDatabases } from './databasePointer';

export type StorageState = 'persisted' | 'refused' | 'unsupported';

/** Storage events the shell shows to the clerk while the app runs. */
export interface OpenDatabaseEvents {
  /** Our upgrade waits for another window holding an older connection; open resumes by itself. */
  onBlocked?: () => void;
  /** Another window upgraded the database: this window's connection is closed by Dexie. */
  onVersionChange?: () => void;
}

/**
 * Opens the app database with strict durability: a committed receipt or number must survive a
 * power cut at the desk. The app never deletes or resets the database on failure. Without a
 * name it opens the one the pointer names (a restored database, databasePointer.ts), else
 * `taizhang`; once that is open, databases a restore switched away from are deleted.
 */
export async function openDatabase(
  name = activeDatabaseName(),
  events: OpenDatabaseEvents = {},
  options: Omit<DexieOptions, 'chromeTransactionDurability'> = {},
): Promise<TaizhangDB> {
  const db = new TaizhangDB(name, { ...options, chromeTransactionDurability: 'strict' });
  db.on('blocked', () => events.onBlocked?.());
  // Dexie's default (close this connection so the other window's upgrade can go on) stays.
  db.on('versionchange', () => {
    events.onVersionChange?.();
  });
  await db.open();
  await guardSchemaStamp(db);
  void deleteRetired(options);
  return db;
}

/** Best effort: a database switched away from by an earlier restore, now that this one opened. */
async function deleteRetired(options: Omit<DexieOptions, 'chromeTransactionDurability'>) {
  const names = retiredDatabases();
  const deleted: string[] = [];
  for (const name of names) {
    try {
      await new Dexie(name, options).delete();
      deleted.push(name);
    } catch {
      // Kept for the next start.
    }
  }
  if (deleted.length > 0) forgetRetired(deleted);
}

/** Thrown when the data was last written by a newer app version; named like IndexedDB's own. */
export class NewerDataError extends Error {
  constructor(
    readonly dataVersion: number,
    readonly appVersion: number,
  ) {
    super(`数据版本 ${dataVersion} 高于本软件的 ${appVersion}`);
    this.name = 'VersionError';
  }
}

const SCHEMA_STAMP_KEY = 'schemaVersion';

/**
 * Dexie 4 opens a database that a newer app version has upgraded (it adapts to the installed
 * schema), so an older copy of the app could write old-shaped records into migrated tables.
 * Each app stamps the schema version it runs in `meta`; a higher stamp refuses to open.
 */
async function guardSchemaStamp(db: TaizhangDB): Promise<void> {
  const stamp = (await db.meta.get(SCHEMA_STAMP_KEY))?.value;
  if (typeof stamp === 'number' && stamp > db.verno) {
    db.close();
    throw new NewerDataError(stamp, db.verno);
  }
  if (stamp !== db.verno) await db.meta.put({ key: SCHEMA_STAMP_KEY, value: db.verno });
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<StorageState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persisted';
  return (await navigator.storage.persist()) ? 'persisted' : 'refused';
}
