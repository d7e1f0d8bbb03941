import Dexie from 'dexie';
import type { BackupTables } from '@shared/domain/backupFormat';
import { TaizhangDB } from '../database';
import { SCHEMA_VERSIONS } from '../schema';

/**
 * Brings the tables of a backup made at an older schema version up to the current one by
 * letting Dexie do exactly what it does for a desk that upgrades: a scratch database is created
 * at the backup's version, filled, then reopened with the full version chain so every
 * `upgrade()` runs. The scratch database is deleted afterwards; the live one is never touched.
 */
export async function migrateTables(
  live: TaizhangDB,
  tables: BackupTables,
  fromVersion: number,
): Promise<BackupTables> {
  const name = `${live.name}-restore-${crypto.randomUUID().slice(0, 8)}`;
  const options = { ...live._options, chromeTransactionDurability: 'relaxed' as const };
  const old = new Dexie(name, options);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fromVersion)) {
    old.version(v.version).stores(v.stores);
  }
  try {
    await old.open();
    const known = old.tables.filter((t) => tables[t.name] !== undefined);
    await old.transaction('rw', known, async () => {
      for (const table of known) await table.bulkPut(tables[table.name] ?? []);
    });
    old.close();
    const upgraded = new TaizhangDB(name, options);
    try {
      await upgraded.open();
      const result: BackupTables = {};
      await upgraded.transaction('r', upgraded.tables, async () => {
        for (const table of upgraded.tables) {
          result[table.name] = (await table.toArray()) as Record<string, unknown>[];
        }
      });
      return result;
    } finally {
      upgraded.close();
    }
  } finally {
    old.close();
    await new Dexie(name, options).delete().catch(() => undefined);
  }
}
