import { DEFAULT_DB_NAME, TaizhangDB } from './database';

export type StorageState = 'persisted' | 'refused' | 'unsupported';

/**
 * Opens the app database with strict durability: a committed receipt or number must survive a
 * power cut at the desk. The app never deletes or resets the database on failure.
 */
export async function openDatabase(name = DEFAULT_DB_NAME): Promise<TaizhangDB> {
  const db = new TaizhangDB(name, { chromeTransactionDurability: 'strict' });
  await db.open();
  return db;
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<StorageState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persisted';
  return (await navigator.storage.persist()) ? 'persisted' : 'refused';
}
