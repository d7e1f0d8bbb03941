import { buildBackupFile } from '@shared/domain/backupFormat';
import type { BackupManifest, BackupReason, BackupTables } from '@shared/domain/backupFormat';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';

/** Called after each table is read: `done` of `total` tables. */
export type BackupProgress = (done: number, total: number, table: string) => void;

/**
 * Reads every table of the database in one read transaction (a consistent snapshot). Tables are
 * taken from `db.tables`, so a register added in a later schema version is included without
 * touching this code.
 */
export async function readAllTables(
  db: TaizhangDB,
  onProgress?: BackupProgress,
): Promise<BackupTables> {
  const tables: BackupTables = {};
  const all = db.tables;
  await db.transaction('r', all, async () => {
    let done = 0;
    for (const table of all) {
      tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
      done += 1;
      onProgress?.(done, all.length, table.name);
    }
  });
  return tables;
}

export interface ExportOptions {
  appVersion: string;
  reason: BackupReason;
  encrypted?: boolean;
  onProgress?: BackupProgress;
  createdAt?: string;
}

/** The whole database as backup file bytes, with its manifest. */
export async function exportBackup(
  db: TaizhangDB,
  options: ExportOptions,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest }> {
  const tables = await readAllTables(db, options.onProgress);
  return buildBackupFile(tables, {
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: options.createdAt ?? nowIso(),
    reason: options.reason,
    encrypted: options.encrypted ?? false,
  });
}
