/**
 * A replace restore's bulk load (issue 21): the fresh database is first made with primary keys
 * only, every row is loaded into it, and only then are the app's indexes created, once each,
 * over the loaded rows, in one version change. Loading with every index in place cost the
 * restore most of its time (the bench's restoreProbe: each row written into every index,
 * `*terms` a row per word, chunk after chunk).
 *
 * Versions: the staged database is opened at IndexedDB version `verno·10 − 1` (Dexie's
 * `verno − 0.1`) and the indexes are added by a raw upgrade to `verno·10`, exactly as Dexie
 * names and makes them; the app's TaizhangDB then opens it at its own version without any
 * upgrade of its own running (no migration is run over rows that are already current).
 */
import Dexie, { type DexieOptions } from 'dexie';
import type { TaizhangDB } from '../database';
import { fillArrearsSummary } from '../arrearsSummary';

/** A Dexie over `name` with the app's tables, primary keys only, one version below the app's. */
export function openPrimaryKeysOnly(name: string, shape: TaizhangDB, options: DexieOptions): Dexie {
  const stage = new Dexie(name, options);
  stage
    .version(shape.verno - 0.1)
    .stores(Object.fromEntries(shape.tables.map((t) => [t.name, t.schema.primKey.src])));
  return stage;
}

/** Creates every index of `shape` on the staged database `name` (closed) in one upgrade. */
export function buildIndexes(
  name: string,
  shape: TaizhangDB,
  options: DexieOptions,
): Promise<void> {
  // The same IndexedDB the app's Dexie uses (a test's in-memory one, too).
  const factory = options.indexedDB ?? indexedDB;
  return new Promise((resolve, reject) => {
    const req = factory.open(name, Math.round(shape.verno * 10));
    req.onupgradeneeded = () => {
      const tx = req.transaction!;
      for (const table of shape.tables) {
        const store = tx.objectStore(table.name);
        for (const index of table.schema.indexes) {
          if (store.indexNames.contains(index.name)) continue;
          store.createIndex(index.name, index.keyPath ?? '', {
            unique: index.unique === true,
            multiEntry: index.multi === true,
          });
        }
      }
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    // A row that breaks a unique index refuses the upgrade (the checker refuses it first).
    req.onerror = () => reject(req.error ?? new Error('index build failed'));
    req.onblocked = () => reject(new Error('index build blocked'));
  });
}

/** The derived rows (the arrears summary) made from the loaded rows, as a v15 upgrade does. */
export async function deriveSummaries(target: TaizhangDB): Promise<void> {
  await target.transaction('rw', [target.bills, target.billArrears], (tx) =>
    fillArrearsSummary(tx),
  );
}
