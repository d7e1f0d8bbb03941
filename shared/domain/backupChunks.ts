/**
 * Backup file format version 2: chunked, so a five-year estate (~325,000 rows, ~270 MB) is
 * written and read in bounded pieces instead of one JSON text. Policy as for version 1
 * (backupFormat.ts): nothing is restored until the manifest parses, every chunk's SHA-256
 * matches it, the layout adds up to the file's exact size, and the schema version is not newer.
 *
 * Layout (UTF-8 text, one JSON value per line, every line ended by "\n"):
 *   line 1      `{"format":"taizhang-backup/2"}`
 *   lines 2…n   one chunk each: `{"table":"receipts","rows":[…]}`, ≤ CHUNK_ROWS rows
 *   last line   `{"manifest":{…, "chunks":[{table, rows, bytes, sha256}, …]}}`
 * The manifest comes last because chunk checksums are known only once the chunks are written;
 * `bytes` per chunk gives every chunk's offset, so a reader slices the file without scanning it.
 * The manifest's `sha256` is the SHA-256 of the chunk checksums joined by "\n": it pins their
 * order, so a reordered, missing or extra chunk is refused as surely as a changed one.
 */
import { z } from 'zod';
import { BackupRejectedError, backupManifestSchema, sha256Hex } from './backupFormat';
import type { BackupManifest } from './backupFormat';

export const BACKUP_FORMAT_V2 = 'taizhang-backup/2';
export const CHUNKED_HEADER_LINE = `{"format":"${BACKUP_FORMAT_V2}"}`;
/** Rows per chunk: a few MB of JSON for the largest rows we keep. */
export const CHUNK_ROWS = 5_000;
/** The manifest line is read from the file's tail; it never needs more than this. */
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

const chunkInfoSchema = z.object({
  table: z.string().min(1).max(100),
  rows: z.number().int().min(0),
  /** UTF-8 bytes of the chunk's line, without its "\n". */
  bytes: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ChunkInfo = z.output<typeof chunkInfoSchema>;

export const chunkedManifestSchema = backupManifestSchema.extend({
  chunks: z.array(chunkInfoSchema).max(200_000),
});
export type ChunkedManifest = z.output<typeof chunkedManifestSchema>;

const manifestLineSchema = z.object({ manifest: chunkedManifestSchema });

/** A JSON object (not an array, not null): what every row of a chunk must be. */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A chunk line's shape, `{ table, rows: object[] }`, checked by hand: a schema's record check
 * copied every row of the file once more (issue 21: JSON took ~12 s of a 0.25× restore, the
 * copies a part of it); each row is then parsed with its table's schema (backupRecords).
 */
function chunkLineOf(raw: unknown): { table: string; rows: Record<string, unknown>[] } | null {
  if (!isObject(raw) || typeof raw['table'] !== 'string') return null;
  const rows = raw['rows'];
  return Array.isArray(rows) && rows.every(isObject) ? { table: raw['table'], rows } : null;
}

const unreadable = () =>
  new BackupRejectedError('unreadable', '文件已损坏或不完整（不是完整的备份文件），未做任何更改。');
const checksumFailed = () =>
  new BackupRejectedError('checksum', '备份文件校验失败（内容被改动或损坏），未做任何更改。');

/** SHA-256 of bytes as lowercase hex (Web Crypto: browser and Node alike). */
export async function sha256HexBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when a file's first bytes are a version-2 header line. */
export function isChunkedBackup(head: Uint8Array): boolean {
  const expected = new TextEncoder().encode(`${CHUNKED_HEADER_LINE}\n`);
  if (head.length < expected.length) return false;
  return expected.every((b, i) => head[i] === b);
}

/** The text of one chunk line (without its "\n"). */
export function chunkLine(table: string, rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ table, rows });
}

/** The overall checksum: the chunk checksums, in file order, hashed together. */
export function overallChecksum(chunks: readonly ChunkInfo[]): Promise<string> {
  return sha256Hex(chunks.map((c) => c.sha256).join('\n'));
}

/** Builds the manifest (and its line) once every chunk has been written and hashed. */
export async function buildChunkedManifest(
  chunks: readonly ChunkInfo[],
  meta: Omit<BackupManifest, 'counts' | 'sha256' | 'range' | 'pinsOmitted'> & {
    range?: BackupManifest['range'];
    pinsOmitted?: boolean;
  },
): Promise<{ manifest: ChunkedManifest; line: string }> {
  const counts: Record<string, number> = {};
  for (const c of chunks) counts[c.table] = (counts[c.table] ?? 0) + c.rows;
  const manifest: ChunkedManifest = {
    ...meta,
    pinsOmitted: meta.pinsOmitted ?? false,
    counts,
    sha256: await overallChecksum(chunks),
    chunks: [...chunks],
  };
  return { manifest, line: JSON.stringify({ manifest }) };
}

/** Where each chunk line starts in the file, and where the manifest line must start. */
export function chunkOffsets(chunks: readonly ChunkInfo[]): {
  offsets: number[];
  manifestAt: number;
} {
  let at = new TextEncoder().encode(CHUNKED_HEADER_LINE).length + 1;
  const offsets = chunks.map((c) => {
    const start = at;
    at += c.bytes + 1;
    return start;
  });
  return { offsets, manifestAt: at };
}

/**
 * Parses and checks the manifest line read from a file's tail. `manifestAt` is the offset the
 * line starts at, `fileSize` the whole file's: the chunk layout must account for every byte.
 */
export async function checkChunkedManifest(
  lineText: string,
  manifestAt: number,
  fileSize: number,
  currentSchemaVersion: number,
): Promise<ChunkedManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(lineText);
  } catch {
    throw unreadable();
  }
  const parsed = manifestLineSchema.safeParse(raw);
  if (!parsed.success) throw unreadable();
  const manifest = parsed.data.manifest;
  if (manifest.schemaVersion > currentSchemaVersion) {
    throw new BackupRejectedError(
      'newer',
      `该备份来自更新版本的软件（数据版本 ${manifest.schemaVersion}，本机为 ${currentSchemaVersion}），请先升级本软件再恢复。未做任何更改。`,
    );
  }
  if ((await overallChecksum(manifest.chunks)) !== manifest.sha256) throw checksumFailed();
  const layout = chunkOffsets(manifest.chunks);
  const lineBytes = new TextEncoder().encode(lineText).length;
  // A missing or extra chunk, or a cut-off file, shifts the layout off the file's real size.
  if (layout.manifestAt !== manifestAt || manifestAt + lineBytes + 1 !== fileSize) {
    throw unreadable();
  }
  const sums: Record<string, number> = {};
  for (const c of manifest.chunks) sums[c.table] = (sums[c.table] ?? 0) + c.rows;
  for (const name of new Set([...Object.keys(sums), ...Object.keys(manifest.counts)])) {
    if ((sums[name] ?? 0) !== (manifest.counts[name] ?? 0)) {
      throw new BackupRejectedError('counts', `备份清单与内容不符（${name}），未做任何更改。`);
    }
  }
  return manifest;
}

/** Checks one chunk's bytes against its manifest entry (length and SHA-256). */
export async function checkChunkBytes(
  bytes: Uint8Array<ArrayBuffer>,
  info: ChunkInfo,
): Promise<void> {
  if (bytes.length !== info.bytes + 1 || bytes[info.bytes] !== 0x0a) throw unreadable();
  if ((await sha256HexBytes(bytes.subarray(0, info.bytes))) !== info.sha256) {
    throw checksumFailed();
  }
}

/** Parses a checked chunk's line; its table and row count must be the manifest's. */
export function parseChunk(bytes: Uint8Array, info: ChunkInfo): Record<string, unknown>[] {
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, info.bytes)),
    );
  } catch {
    throw unreadable();
  }
  const line = chunkLineOf(raw);
  if (!line || line.table !== info.table) {
    throw new BackupRejectedError('foreign', '备份内容格式不正确，未做任何更改。');
  }
  if (line.rows.length !== info.rows) {
    throw new BackupRejectedError('counts', `备份清单与内容不符（${info.table}），未做任何更改。`);
  }
  return line.rows;
}

/** Widens a running `createdAt` range by one row's value. */
export function widenRange(
  range: { from: string; to: string } | undefined,
  row: Record<string, unknown>,
): { from: string; to: string } | undefined {
  const at = row['createdAt'];
  if (typeof at !== 'string') return range;
  if (range === undefined) return { from: at, to: at };
  return { from: at < range.from ? at : range.from, to: at > range.to ? at : range.to };
}
