import Dexie, { type IndexableType, type Table } from 'dexie';
import {
  buildChunkedManifest,
  chunkLine,
  CHUNK_ROWS,
  CHUNKED_HEADER_LINE,
  sha256HexBytes,
  widenRange,
  type ChunkedManifest,
  type ChunkInfo,
} from '@shared/domain/backupChunks';
import type { BackupReason, BackupTables } from '@shared/domain/backupFormat';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';

/** Called as rows are read: `done` of `total` rows, and the table being read. */
export type BackupProgress = (done: number, total: number, table: string) => void;

/**
 * Reads every table of the database in one read transaction, whole (the bench's raw baseline
 * and small callers; a full backup uses `exportBackup`, which never holds all rows at once).
 */
export async function readAllTables(db: TaizhangDB): Promise<BackupTables> {
  const tables: BackupTables = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    }
  });
  return tables;
}

export interface ExportOptions {
  appVersion: string;
  reason: BackupReason;
  /**
   * True when main will encrypt the file. An unencrypted file leaves operators' PIN hashes out:
   * a 4–8 digit PIN falls to an offline search of its hash in minutes.
   */
  encrypted?: boolean;
  /** The desk's code (deskSettings), recorded in the manifest. */
  desk?: string;
  onProgress?: BackupProgress;
  createdAt?: string;
  /** Rows per chunk; tests pass a small number to get many chunks. */
  chunkRows?: number;
}

type AnyTable = Table<Record<string, unknown>, IndexableType>;

function primaryKeyOf(table: AnyTable, row: Record<string, unknown>): IndexableType {
  const path = table.schema.primKey.keyPath;
  if (typeof path === 'string') return row[path] as IndexableType;
  if (Array.isArray(path)) return path.map((p) => row[p]) as IndexableType;
  throw new Error(`backup: table ${table.name} has no inbound primary key`);
}

/** One page of a table in primary-key order, after `after` (from the start when undefined). */
function page(table: AnyTable, after: IndexableType | undefined, limit: number) {
  const range =
    after === undefined
      ? table.where(':id').aboveOrEqual(Dexie.minKey)
      : table.where(':id').above(after);
  return range.limit(limit).toArray();
}

/**
 * The whole database as a version-2 backup file (shared/domain/backupChunks.ts), as a `Blob`
 * with its manifest. All tables are read in ONE read transaction (a consistent snapshot), a page
 * of `chunkRows` at a time; each page becomes one chunk line in a Blob part at once, so the
 * renderer holds one page of rows, never the whole estate. Chunks are hashed after the
 * transaction (Web Crypto is asynchronous and would end it). Tables come from `db.tables`, so a
 * register added in a later schema version is included without touching this code.
 */
export async function exportBackup(
  db: TaizhangDB,
  options: ExportOptions,
): Promise<{ file: Blob; manifest: ChunkedManifest }> {
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const pinsOmitted = options.encrypted !== true;
  const parts: { table: string; rows: number; blob: Blob }[] = [];
  let range: { from: string; to: string } | undefined;
  await db.transaction('r', db.tables, async () => {
    const tables = db.tables as unknown as AnyTable[];
    const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of tables) {
      let after: IndexableType | undefined;
      for (;;) {
        const rows = await page(table, after, chunkRows);
        if (rows.length === 0) break;
        for (const row of rows) range = widenRange(range, row);
        const out =
          pinsOmitted && table.name === 'operators'
            ? rows.map(({ pin: _pin, ...rest }) => rest)
            : rows;
        parts.push({
          table: table.name,
          rows: rows.length,
          blob: new Blob([chunkLine(table.name, out)]),
        });
        after = primaryKeyOf(table, rows[rows.length - 1]!);
        done += rows.length;
        options.onProgress?.(done, total, table.name);
        if (rows.length < chunkRows) break;
      }
    }
    if (total === 0) options.onProgress?.(0, 0, '');
  });
  const chunks: ChunkInfo[] = [];
  for (const part of parts) {
    const bytes = new Uint8Array(await part.blob.arrayBuffer());
    chunks.push({
      table: part.table,
      rows: part.rows,
      bytes: bytes.length,
      sha256: await sha256HexBytes(bytes),
    });
  }
  const { manifest, line } = await buildChunkedManifest(chunks, {
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: options.createdAt ?? nowIso(),
    ...(range ? { range } : {}),
    encrypted: options.encrypted ?? false,
    reason: options.reason,
    pinsOmitted,
    ...(options.desk !== undefined ? { desk: options.desk } : {}),
  });
  const body: BlobPart[] = [`${CHUNKED_HEADER_LINE}\n`];
  for (const part of parts) body.push(part.blob, '\n');
  body.push(`${line}\n`);
  return { file: new Blob(body), manifest };
}
