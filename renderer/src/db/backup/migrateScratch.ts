import Dexie from 'dexie';
import { restoreDatabaseName } from '../databasePointer';
import { TaizhangDB } from '../database';
import { SCHEMA_VERSIONS } from '../schema';
import type { RowGroup } from './writeRestore';

/**
 * Loads an older file into a scratch database at its own schema version and lets Dexie run
 * every `upgrade()`, as for a desk that upgrades; its rows are then read like a file's.
 */
export async function migrated(
  live: TaizhangDB,
  groups: AsyncIterable<RowGroup[]>,
  fromVersion: number,
): Promise<TaizhangDB> {
  const name = restoreDatabaseName();
  const options = { ...live._options, chromeTransactionDurability: 'relaxed' as const };
  const old = new Dexie(name, options);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fromVersion)) {
    old.version(v.version).stores(v.stores);
  }
  try {
    await old.open();
    for await (const group of groups) {
      const tables = [...new Set(group.map((g) => g.table))].filter((n) =>
        old.tables.some((t) => t.name === n),
      );
      if (tables.length === 0) continue;
      await old.transaction('rw', tables, async () => {
        for (const g of group)
          if (tables.includes(g.table)) await old.table(g.table).bulkPut(g.rows);
      });
    }
  } catch (error) {
    old.close();
    await old.delete().catch(() => undefined);
    throw error;
  } finally {
    old.close();
  }
  const upgraded = new TaizhangDB(name, options);
  try {
    await upgraded.open();
  } catch (error) {
    await upgraded.delete().catch(() => undefined);
    throw error;
  }
  return upgraded;
}
