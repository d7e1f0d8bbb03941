import Dexie from 'dexie';
import { BackupRejectedError } from '@shared/domain/backupFormat';
import type { BackupManifest } from '@shared/domain/backupFormat';
import { BACKUP_RECORD_SCHEMAS } from '@shared/domain/backupRecords';
import { hashPin, PIN_ITERATIONS, validatePin } from '@shared/domain/pin';
import { requireRole, type Actor } from '@shared/domain/record';
import { requireSessionRole } from '../audited';
import { activateDatabase, restoreDatabaseName } from '../databasePointer';
import { TaizhangDB } from '../database';
import { toSource, type BackupSource } from './backupSource';
import { checkChunkBytes } from '@shared/domain/backupChunks';
import { openBackupSource, placedChunks, readChunk, readChunkBytes } from './readChunked';
import type { OpenedBackup } from './readChunked';
import { migrated } from './migrateScratch';
import {
  createFreshWriter,
  pipelined,
  tablePages,
  type RestoreMode,
  type RestorePhases,
  type RowGroup,
} from './writeRestore';

export type { RestoreMode, RestorePhases } from './writeRestore';

/** What a checked file holds, for the preview before the manager confirms. */
export interface RestorePreview {
  manifest: BackupManifest;
  /** True when the file comes from an older schema and will be migrated on restore. */
  willMigrate: boolean;
  /** The file's active managers: with PINs left out, one of them gets a new PIN on restore. */
  managers: { id: string; name: string }[];
}

/** Rows `done` of `total`: first while every chunk is checked, then while they are written. */
export type RestoreProgress = (done: number, total: number, phase: 'check' | 'write') => void;

/** A restore that could not be completed; the live data was not touched. */
export class RestoreFailedError extends Error {
  constructor(override readonly cause: unknown) {
    super(
      cause instanceof BackupRejectedError
        ? cause.message
        : '恢复未完成：写入新数据库时出错，当前数据未受影响，未做任何更改。',
    );
    this.name = 'RestoreFailedError';
  }
}

const unreadable = () =>
  new BackupRejectedError('unreadable', '文件已损坏或不完整（不是完整的备份文件），未做任何更改。');

/** Any failure while reading a file, as a Chinese refusal (never a bare SyntaxError/RangeError). */
function asRefusal(error: unknown): unknown {
  if (error instanceof BackupRejectedError || error instanceof RestoreFailedError) return error;
  if ((error as { name?: unknown } | null)?.name === 'PermissionError') return error;
  return unreadable();
}

async function open(db: TaizhangDB, source: BackupSource): Promise<OpenedBackup> {
  try {
    return await openBackupSource(source, db.verno);
  } catch (error) {
    throw asRefusal(error);
  }
}

const manifestOf = (opened: OpenedBackup) =>
  opened.version === 1 ? opened.checked.manifest : opened.manifest;

/** The file's own rows, a group (≤ 24 MB of a version-2 file) at a time, parsed but unchecked. */
async function* fileGroups(
  source: BackupSource,
  opened: OpenedBackup,
  only?: string,
): AsyncGenerator<RowGroup[]> {
  if (opened.version === 1) {
    for (const [table, rows] of Object.entries(opened.checked.tables)) {
      if (only !== undefined && table !== only) continue;
      for (let at = 0; at < rows.length; at += 5_000) {
        yield [{ table, rows: rows.slice(at, at + 5_000) }];
      }
    }
    return;
  }
  const chunks = placedChunks(opened.manifest).filter(
    (c) => only === undefined || c.info.table === only,
  );
  for (let i = 0; i < chunks.length;) {
    const group: RowGroup[] = [];
    let bytes = 0;
    do {
      const chunk = chunks[i++]!;
      // Read (and checked again: the file may have changed since the first pass).
      group.push({ table: chunk.info.table, rows: await readChunk(source, chunk) });
      bytes += chunk.info.bytes;
    } while (i < chunks.length && bytes + chunks[i]!.info.bytes <= GROUP_BYTES);
    yield group;
  }
}

/** Checks a file's manifest and says what it holds; changes nothing. Throws `BackupRejectedError`. */
export async function previewBackup(
  db: TaizhangDB,
  input: BackupSource | Uint8Array,
): Promise<RestorePreview> {
  const source = toSource(input);
  const opened = await open(db, source);
  const manifest = manifestOf(opened);
  const managers: RestorePreview['managers'] = [];
  try {
    for await (const groups of fileGroups(source, opened, 'operators')) {
      for (const row of groups.flatMap((g) => g.rows)) {
        if (row['role'] === 'manager' && row['active'] === true && typeof row['id'] === 'string') {
          managers.push({ id: row['id'], name: String(row['name'] ?? row['id']) });
        }
      }
    }
  } catch (error) {
    throw asRefusal(error);
  }
  return { manifest, willMigrate: manifest.schemaVersion < db.verno, managers };
}

export interface RestoreOptions {
  mode: RestoreMode;
  actor: Actor;
  /**
   * The host's word on the file: true when its authentication code is this estate's own
   * (electron/main/backupMac.ts). A file that is not is "foreign".
   */
  verified: boolean;
  /** A manager read the foreign-file warning and chose to restore it anyway. */
  foreignConfirmed?: boolean;
  /**
   * For a file without PIN hashes (an unencrypted backup): the manager who will sign in after
   * the restore and the new PIN; every other operator's PIN must then be reset by a manager.
   */
  newPin?: { operatorId: string; pin: string };
  /**
   * Saves a safety backup of the current data before the restored database is switched in; a
   * failure here stops the restore (switching without a way back is worse than not restoring).
   */
  saveSafetyBackup: () => Promise<void>;
  onProgress?: RestoreProgress;
  /** Points the app at the restored database (default: the localStorage pointer). */
  activate?: (name: string, previous: string) => void;
  /** The benchmark only: the live connection stays open (the app closes it and reloads). */
  keepLiveOpen?: boolean;
  /** The benchmark only: filled with the time of each phase (ms). */
  phases?: RestorePhases;
  /**
   * The benchmark only: 'strict' loads the rows with strict durability, as before issue 21,
   * so one run measures both.
   */
  loadDurability?: 'strict';
}

/** Chunk bytes written per transaction. */
const GROUP_BYTES = 24 * 1024 * 1024;

function refuseForeignTables(db: TaizhangDB, names: Iterable<string>): void {
  const known = new Set(db.tables.map((t) => t.name));
  const foreign = [...new Set(names)].filter(
    (name) => !known.has(name) || !Object.hasOwn(BACKUP_RECORD_SCHEMAS, name),
  );
  if (foreign.length > 0) {
    throw new BackupRejectedError(
      'foreign',
      `备份含有本系统不认识的数据表（${foreign.join('、')}），未做任何更改。`,
    );
  }
}

function randomBase64(bytes: number): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
}

/** An operator row of a file without PIN hashes gets the new PIN, or one no PIN matches. */
async function pinFiller(newPin: { operatorId: string; pin: string }) {
  const chosen = await hashPin(newPin.pin);
  return async (row: Record<string, unknown>) => {
    if (row['pin'] !== undefined) return row;
    if (row['id'] === newPin.operatorId) return { ...row, pin: chosen, failedAttempts: 0 };
    // A random "hash" no PIN derives to: a manager resets it in 操作员 after the restore.
    const locked = {
      algo: 'PBKDF2-SHA256',
      iterations: PIN_ITERATIONS,
      salt: randomBase64(16),
      hash: randomBase64(32),
    };
    return { ...row, pin: locked, failedAttempts: 0 };
  };
}

/**
 * Restores a backup without ever clearing the live data (issue 15). Every check comes first —
 * manifest, schema version, the host's authentication of the file (a foreign file only with a
 * manager's confirmation), every chunk's SHA-256 — then a fresh database is filled: each row
 * parsed with its table's schema before it is written, the invariants checked over the whole,
 * counters raised above every stored number, the row counts verified. Only then the safety
 * backup of the live data is taken and the app pointed at the fresh database (the caller
 * reloads). Any failure deletes the fresh database and leaves the live one exactly as it was.
 * `merge` copies the live data in first and never adds or changes operators. Manager only.
 */
export async function restoreBackup(
  db: TaizhangDB,
  input: BackupSource | Uint8Array,
  options: RestoreOptions,
): Promise<{ manifest: BackupManifest; counts: Record<string, number>; databaseName: string }> {
  requireRole(options.actor, 'manager');
  await requireSessionRole(db, options.actor, 'manager');
  const source = toSource(input);
  const opened = await open(db, source);
  const manifest = manifestOf(opened);
  if (!options.verified && options.foreignConfirmed !== true) {
    throw new BackupRejectedError(
      'unverified',
      '该文件没有本物业备份的认证标记（可能来自其他电脑，或被他人改动过），需主管确认警告后才能恢复。未做任何更改。',
    );
  }
  const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  const progress = options.onProgress;
  refuseForeignTables(db, [
    ...Object.keys(manifest.counts),
    ...(opened.version === 1 ? Object.keys(opened.checked.tables) : []),
    ...(opened.version === 2 ? opened.manifest.chunks.map((c) => c.table) : []),
  ]);
  if (manifest.pinsOmitted && options.mode === 'replace' && options.newPin === undefined) {
    throw new BackupRejectedError(
      'invalid',
      '该备份未加密，不含操作员 PIN：请选择恢复后登录的主管并为其设置新 PIN。未做任何更改。',
    );
  }
  if (manifest.pinsOmitted && options.newPin !== undefined) {
    const wrong = validatePin(options.newPin.pin);
    if (wrong !== null) throw new BackupRejectedError('invalid', `${wrong}。未做任何更改。`);
  }
  const phases = options.phases;
  let t0 = performance.now();
  if (opened.version === 2) {
    let checked = 0;
    const chunks = placedChunks(opened.manifest);
    // The next chunk is read from the file while this one's SHA-256 is computed (issue 21).
    let next = chunks.length > 0 ? readChunkBytes(source, chunks[0]!) : undefined;
    try {
      for (let i = 0; i < chunks.length; i++) {
        const bytes = await next!;
        next = i + 1 < chunks.length ? readChunkBytes(source, chunks[i + 1]!) : undefined;
        await checkChunkBytes(bytes, chunks[i]!.info);
        checked += chunks[i]!.info.rows;
        progress?.(checked, total, 'check');
      }
    } catch (error) {
      // A read begun for the next chunk is not waited for, and its failure is not news.
      next?.catch(() => undefined);
      throw asRefusal(error);
    }
  }

  if (phases) phases.check += performance.now() - t0;
  const name = restoreDatabaseName();
  const target = new TaizhangDB(name, { ...db._options, chromeTransactionDurability: 'strict' });
  // The rows are loaded through a second connection that commits with relaxed durability
  // (issue 21): the fresh database is nobody's data until the pointer names it, and the
  // closing transaction (counters, meta, the audit entry) commits strictly on `target`, which
  // makes every load before it durable too (the same store's log, flushed in order) before the
  // counts are verified and the pointer is switched.
  const loader = new TaizhangDB(name, {
    ...db._options,
    chromeTransactionDurability: options.loadDurability ?? 'relaxed',
  });
  // The file's rows are not edits of this desk: not noted for replication (issue 20).
  target.captureSync = false;
  loader.captureSync = false;
  let scratch: TaizhangDB | undefined;
  let counts: Record<string, number>;
  try {
    await target.open();
    await loader.open();
    const writer = createFreshWriter(db, target, {
      loader,
      mode: options.mode,
      ...(manifest.pinsOmitted && options.newPin
        ? { fillPins: await pinFiller(options.newPin) }
        : {}),
    });
    if (options.mode === 'merge') await writer.copyLive();
    let rows: AsyncGenerator<RowGroup[]>;
    if (manifest.schemaVersion < db.verno) {
      scratch = await migrated(db, fileGroups(source, opened), manifest.schemaVersion);
      rows = (async function* (s: TaizhangDB) {
        for await (const g of tablePages(s)) yield [g];
      })(scratch);
    } else {
      rows = fileGroups(source, opened);
    }
    let written = 0;
    await pipelined(
      rows,
      writer,
      (n) => {
        written += n;
        progress?.(Math.min(written, total), total, 'write');
      },
      phases,
    );
    loader.close();
    t0 = performance.now();
    await writer.finish(options.actor, manifest);
    if (phases) phases.finish += performance.now() - t0;
    counts = writer.counts;
    target.close();
  } catch (error) {
    loader.close();
    await drop(target, db);
    if ((error as { name?: unknown } | null)?.name === 'PermissionError') throw error;
    if (error instanceof BackupRejectedError) throw error;
    throw new RestoreFailedError(error);
  } finally {
    if (scratch) await drop(scratch, db);
  }
  try {
    await options.saveSafetyBackup();
  } catch (error) {
    // The clerk's own reason (full disk …) as main or the host gave it.
    await drop(target, db);
    throw error;
  }
  (options.activate ?? activateDatabase)(name, db.name);
  // Nothing may be written into the data being left; the caller reloads the app.
  if (options.keepLiveOpen !== true) db.close();
  return { manifest, counts, databaseName: name };
}

/** Closes and deletes a database the restore made (on the live database's IndexedDB). */
async function drop(made: TaizhangDB, live: TaizhangDB): Promise<void> {
  made.close();
  await new Dexie(made.name, live._options).delete().catch(() => undefined);
}
