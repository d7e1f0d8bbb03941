import { BackupRejectedError } from '@shared/domain/backupFormat';
import type { BackupManifest, BackupTables } from '@shared/domain/backupFormat';
import { requireRole, type Actor } from '@shared/domain/record';
import { requireSessionRole } from '../audited';
import type { TaizhangDB } from '../database';
import { toSource, type BackupSource } from './backupSource';
import { migrateTables } from './migrateTables';
import { openBackupSource, placedChunks, readChunk, verifyChunk } from './readChunked';
import { beginStagedWrite, writeAllAtOnce, type RestoreMode } from './writeRestore';

export type { RestoreMode } from './writeRestore';

/** What a checked file holds, for the preview before the clerk confirms. */
export interface RestorePreview {
  manifest: BackupManifest;
  /** True when the file comes from an older schema and will be migrated on restore. */
  willMigrate: boolean;
}

/** Rows `done` of `total`: first while every chunk is checked, then while they are written. */
export type RestoreProgress = (done: number, total: number, phase: 'check' | 'write') => void;

/** A chunked restore failed after writing had begun; the safety backup is the way back. */
export class RestoreIncompleteError extends Error {
  constructor(cause: unknown) {
    super(
      `恢复中途失败（${cause instanceof Error ? cause.message : String(cause)}），数据可能不完整。恢复前已自动保存安全备份，请用该安全备份恢复。`,
    );
    this.name = 'RestoreIncompleteError';
  }
}

/** Checks a file's manifest and says what it holds; changes nothing. Throws `BackupRejectedError`. */
export async function previewBackup(
  db: TaizhangDB,
  input: BackupSource | Uint8Array,
): Promise<RestorePreview> {
  const opened = await openBackupSource(toSource(input), db.verno);
  const manifest = opened.version === 1 ? opened.checked.manifest : opened.manifest;
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
  onProgress?: RestoreProgress;
  /** Files up to this size are written in one transaction (default 32 MB). */
  atomicLimitBytes?: number;
}

const ATOMIC_LIMIT_BYTES = 32 * 1024 * 1024;
/** Chunk bytes written per transaction when a file is too large for one. */
const GROUP_BYTES = 24 * 1024 * 1024;

function refuseForeignTables(db: TaizhangDB, names: Iterable<string>): void {
  // Checked before migrating: the scratch database would silently drop an unknown table.
  const known = new Set(db.tables.map((t) => t.name));
  const foreign = [...new Set(names)].filter((name) => !known.has(name));
  if (foreign.length > 0) {
    throw new BackupRejectedError(
      'foreign',
      `备份含有本系统不认识的数据表（${foreign.join('、')}），未做任何更改。`,
    );
  }
}

/**
 * Restores a backup. Every check comes first — manifest, schema version, and for a version-2
 * file every chunk's length and SHA-256 in a first pass — then the safety backup, then writing.
 * `replace` clears each table first; `merge` puts the backup's rows over the current ones by key
 * (counters never lowered); this PC's own meta rows are always kept. A bad file changes nothing.
 *
 * Writing is ONE transaction (all-or-nothing) for version-1 files, for files up to
 * `atomicLimitBytes` and for files from an older schema (migrated in memory). A larger
 * version-2 file is written in bounded transactions (a group of chunks, ≤ 24 MB, each),
 * because one transaction cannot wait on file reads; should a write fail midway,
 * `RestoreIncompleteError` says so and the safety backup taken just before is the way back.
 * Manager only.
 */
export async function restoreBackup(
  db: TaizhangDB,
  input: BackupSource | Uint8Array,
  options: RestoreOptions,
): Promise<{ manifest: BackupManifest; counts: Record<string, number> }> {
  requireRole(options.actor, 'manager');
  await requireSessionRole(db, options.actor, 'manager');
  const source = toSource(input);
  const opened = await openBackupSource(source, db.verno);
  const manifest = opened.version === 1 ? opened.checked.manifest : opened.manifest;
  const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  const progress = options.onProgress;
  refuseForeignTables(db, [
    ...Object.keys(manifest.counts),
    ...(opened.version === 1 ? Object.keys(opened.checked.tables) : []),
  ]);
  const migrate = manifest.schemaVersion < db.verno;
  const atomic =
    opened.version === 1 ||
    migrate ||
    source.size <= (options.atomicLimitBytes ?? ATOMIC_LIMIT_BYTES);

  let tables: BackupTables | undefined;
  const chunks = opened.version === 2 ? placedChunks(opened.manifest) : [];
  if (opened.version === 1) {
    tables = opened.checked.tables;
  } else {
    let checked = 0;
    if (atomic) tables = {};
    for (const chunk of chunks) {
      if (tables) {
        const rows = await readChunk(source, chunk);
        (tables[chunk.info.table] ??= []).push(...rows);
      } else {
        await verifyChunk(source, chunk);
      }
      checked += chunk.info.rows;
      progress?.(checked, total, 'check');
    }
  }
  if (tables && migrate) tables = await migrateTables(db, tables, manifest.schemaVersion);
  await options.saveSafetyBackup();

  if (tables) {
    const counts = await writeAllAtOnce(db, tables, options.mode, options.actor, manifest);
    progress?.(total, total, 'write');
    return { manifest, counts };
  }
  const counts: Record<string, number> = Object.fromEntries(db.tables.map((t) => [t.name, 0]));
  try {
    const staged = await beginStagedWrite(db, options.mode);
    let written = 0;
    // Chunks are read (and checked again: the file may have changed since) a group of up to
    // GROUP_BYTES at a time, then written in one transaction: few commits (each one re-runs the
    // screen's live queries), bounded memory.
    for (let i = 0; i < chunks.length;) {
      const group: { table: string; rows: Record<string, unknown>[] }[] = [];
      let bytes = 0;
      do {
        const chunk = chunks[i++]!;
        group.push({ table: chunk.info.table, rows: await readChunk(source, chunk) });
        bytes += chunk.info.bytes;
      } while (i < chunks.length && bytes + chunks[i]!.info.bytes <= GROUP_BYTES);
      await staged.write(group);
      for (const g of group) {
        counts[g.table] = (counts[g.table] ?? 0) + g.rows.length;
        written += g.rows.length;
      }
      progress?.(written, total, 'write');
    }
    await staged.finish(options.actor, manifest);
  } catch (error) {
    throw new RestoreIncompleteError(error);
  }
  return { manifest, counts };
}
