import {
  checkChunkBytes,
  checkChunkedManifest,
  chunkOffsets,
  isChunkedBackup,
  MANIFEST_MAX_BYTES,
  parseChunk,
  type ChunkedManifest,
  type ChunkInfo,
} from '@shared/domain/backupChunks';
import { BackupRejectedError, checkBackupFile } from '@shared/domain/backupFormat';
import type { CheckedBackup } from '@shared/domain/backupFormat';
import type { BackupSource } from './backupSource';

/** A file that passed the first checks: a whole version-1 backup, or a version-2 manifest. */
export type OpenedBackup =
  { version: 1; checked: CheckedBackup } | { version: 2; manifest: ChunkedManifest };

const unreadable = () =>
  new BackupRejectedError('unreadable', '文件已损坏或不完整（不是完整的备份文件），未做任何更改。');

/** Reads the manifest line from a version-2 file's tail and checks it against the layout. */
async function readManifest(source: BackupSource, schemaVersion: number): Promise<ChunkedManifest> {
  const start = Math.max(0, source.size - MANIFEST_MAX_BYTES);
  const tail = await source.read(start, source.size - start);
  if (tail.length < 2 || tail[tail.length - 1] !== 0x0a) throw unreadable();
  const newline = tail.lastIndexOf(0x0a, tail.length - 2);
  if (newline < 0) throw unreadable();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(tail.subarray(newline + 1, -1));
  } catch {
    throw unreadable();
  }
  return checkChunkedManifest(text, start + newline + 1, source.size, schemaVersion);
}

/**
 * Opens a backup of either version. A version-1 file is read and checked whole (they are the
 * small files of earlier releases); a version-2 file only has its manifest read here.
 */
export async function openBackupSource(
  source: BackupSource,
  schemaVersion: number,
): Promise<OpenedBackup> {
  const head = await source.read(0, Math.min(source.size, 64));
  if (!isChunkedBackup(head)) {
    const bytes = await source.read(0, source.size);
    return { version: 1, checked: await checkBackupFile(bytes, schemaVersion) };
  }
  return { version: 2, manifest: await readManifest(source, schemaVersion) };
}

/** One chunk with its manifest entry and its place in the file. */
export interface PlacedChunk {
  info: ChunkInfo;
  offset: number;
}

export function placedChunks(manifest: ChunkedManifest): PlacedChunk[] {
  const { offsets } = chunkOffsets(manifest.chunks);
  return manifest.chunks.map((info, i) => ({ info, offset: offsets[i]! }));
}

/** Reads one chunk, checks its length and SHA-256, and parses its rows. */
export async function readChunk(
  source: BackupSource,
  chunk: PlacedChunk,
): Promise<Record<string, unknown>[]> {
  const bytes = await source.read(chunk.offset, chunk.info.bytes + 1);
  await checkChunkBytes(bytes, chunk.info);
  return parseChunk(bytes, chunk.info);
}

/** One chunk's bytes with the newline after it, unchecked (the first, checking pass). */
export function readChunkBytes(
  source: BackupSource,
  chunk: PlacedChunk,
): Promise<Uint8Array<ArrayBuffer>> {
  return source.read(chunk.offset, chunk.info.bytes + 1);
}
