import { checkBackupFile, BackupRejectedError } from '@shared/domain/backupFormat';
import type { BackupManifest, BackupTables } from '@shared/domain/backupFormat';
import { requireRole, type Actor } from '@shared/domain/record';
import { writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { migrateTables } from './migrateTables';

export type RestoreMode = 'replace' | 'merge';

/** What a checked file holds, for the preview before the clerk confirms. */
export interface RestorePreview {
  manifest: BackupManifest;
  /** True when the file comes from an older schema and will be migrated on restore. */
  willMigrate: boolean;
}

/** Checks a file and says what it holds; changes nothing. Throws `BackupRejectedError`. */
export async function previewBackup(db: TaizhangDB, bytes: Uint8Array): Promise<RestorePreview> {
  const { manifest } = await checkBackupFile(bytes, db.verno);
  return { manifest, willMigrate: manifest.schemaVersion < db.verno };
}

export interface RestoreOptions {
  mode: RestoreMode;
  actor: Actor;
  /**
   * Saves a safety backup of the current data before anything is written; a failure here stops
   * the restore (restoring without a way back is worse than not restoring).
   */
  saveSafetyBackup: () => Promise<void>;
}

// Facts about this PC and this app, not about the data: where the last backup went, and the
// schema version stamp that stops an older app from opening newer data (openDatabase.ts).
const KEPT_META_KEYS = ['lastBackup', 'schemaVersion'];

/** Counters merge to the larger running number, so no document number is ever issued twice. */
function mergeCounter(
  existing: unknown,
  incoming: Record<string, unknown>,
): Record<string, unknown> {
  const a =
    typeof existing === 'object' && existing !== null
      ? (existing as Record<string, unknown>)['next']
      : undefined;
  const b = incoming['next'];
  return typeof a === 'number' && typeof b === 'number' && a > b
    ? { ...incoming, next: a }
    : incoming;
}

/**
 * Restores a backup all-or-nothing: checks it (manifest, checksum, schema version), migrates an
 * older one, saves a safety backup, then writes every table in ONE transaction. `replace` clears
 * each table first; `merge` puts the backup's rows over the current ones by key. Any failure
 * before or inside the transaction leaves the database exactly as it was. Manager only.
 */
export async function restoreBackup(
  db: TaizhangDB,
  bytes: Uint8Array,
  options: RestoreOptions,
): Promise<{ manifest: BackupManifest; counts: Record<string, number> }> {
  requireRole(options.actor, 'manager');
  const checked = await checkBackupFile(bytes, db.verno);
  const { manifest } = checked;
  // Checked before migrating: the scratch database would silently drop an unknown table.
  const known = new Set(db.tables.map((t) => t.name));
  const foreign = Object.keys(checked.tables).filter((name) => !known.has(name));
  if (foreign.length > 0) {
    throw new BackupRejectedError(
      'foreign',
      `备份含有本系统不认识的数据表（${foreign.join('、')}），未做任何更改。`,
    );
  }
  const tables: BackupTables =
    manifest.schemaVersion < db.verno
      ? await migrateTables(db, checked.tables, manifest.schemaVersion)
      : checked.tables;
  await options.saveSafetyBackup();

  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    const kept = await db.meta.bulkGet(KEPT_META_KEYS);
    for (const table of db.tables) {
      const rows = tables[table.name] ?? [];
      if (options.mode === 'replace') {
        await table.clear();
        await table.bulkAdd(rows);
      } else if (table.name === 'counters') {
        const current = await table.bulkGet(rows.map((r) => r['key'] as string));
        await table.bulkPut(rows.map((r, i) => mergeCounter(current[i], r)));
      } else {
        await table.bulkPut(rows);
      }
      counts[table.name] = rows.length;
    }
    await db.meta.bulkPut(kept.filter((row) => row !== undefined));
    await writeAudit(db, options.actor, {
      action: 'import',
      table: 'backup',
      recordId: manifest.sha256.slice(0, 16),
      summary: `恢复备份（${options.mode === 'replace' ? '替换' : '合并'}）：${manifest.createdAt}`,
    });
  });
  return { manifest, counts };
}
