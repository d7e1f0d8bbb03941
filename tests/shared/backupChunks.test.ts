import { describe, expect, it } from 'vitest';
import {
  buildChunkedManifest,
  checkChunkBytes,
  checkChunkedManifest,
  chunkLine,
  chunkOffsets,
  CHUNKED_HEADER_LINE,
  isChunkedBackup,
  parseChunk,
  sha256HexBytes,
  widenRange,
  type ChunkInfo,
} from '@shared/domain/backupChunks';

const enc = (text: string) => new TextEncoder().encode(text);

async function info(table: string, rows: Record<string, unknown>[]): Promise<ChunkInfo> {
  const bytes = enc(chunkLine(table, rows));
  return { table, rows: rows.length, bytes: bytes.length, sha256: await sha256HexBytes(bytes) };
}

/** A whole version-2 file as text, and its manifest. */
async function file(chunks: [string, Record<string, unknown>[]][]) {
  const infos = await Promise.all(chunks.map(([t, r]) => info(t, r)));
  const { manifest, line } = await buildChunkedManifest(infos, {
    appVersion: '0.2.0',
    schemaVersion: 5,
    createdAt: '2026-05-01T00:00:00.000Z',
    encrypted: false,
    reason: 'manual',
  });
  const body = chunks.map(([t, r]) => `${chunkLine(t, r)}\n`).join('');
  return { text: `${CHUNKED_HEADER_LINE}\n${body}${line}\n`, manifest, line };
}

describe('chunked backup format', () => {
  it('knows its header and nothing else', () => {
    expect(isChunkedBackup(enc('{"format":"taizhang-backup/2"}\n{"table"'))).toBe(true);
    expect(isChunkedBackup(enc('{"format":"taizhang-backup/1","manifest":{}}'))).toBe(false);
    expect(isChunkedBackup(enc('{"format":"taizhang-backup/2"}'))).toBe(false);
  });

  it('counts rows per table and places every chunk by byte length (CJK counted in UTF-8)', async () => {
    const { text, manifest, line } = await file([
      ['units', [{ id: 'a', name: '张三' }]],
      ['units', [{ id: 'b' }]],
      ['receipts', []],
    ]);
    expect(manifest.counts).toEqual({ units: 2, receipts: 0 });
    // header 30 bytes + "\n"; '{"table":"units","rows":[{"id":"a","name":"张三"}]}' = 53 bytes (张三 is 6)
    expect(manifest.chunks[0]!.bytes).toBe(53);
    const { offsets, manifestAt } = chunkOffsets(manifest.chunks);
    expect(offsets).toEqual([31, 85, 123]);
    expect(manifestAt).toBe(enc(text).length - enc(line).length - 1);
    await expect(
      checkChunkedManifest(line, manifestAt, enc(text).length, 5),
    ).resolves.toMatchObject({ counts: { units: 2 } });
  });

  it('refuses a manifest whose layout misses the file size (a chunk missing or added)', async () => {
    const { text, manifest, line } = await file([['units', [{ id: 'a' }]]]);
    const { manifestAt } = chunkOffsets(manifest.chunks);
    await expect(checkChunkedManifest(line, manifestAt, enc(text).length + 5, 5)).rejects.toThrow(
      /损坏或不完整/,
    );
    await expect(checkChunkedManifest(line, manifestAt - 1, enc(text).length, 5)).rejects.toThrow(
      /损坏或不完整/,
    );
  });

  it('refuses a newer schema and a chunk list that does not match the overall checksum', async () => {
    const { text, manifest, line } = await file([['units', [{ id: 'a' }]]]);
    const { manifestAt } = chunkOffsets(manifest.chunks);
    const size = enc(text).length;
    await expect(checkChunkedManifest(line, manifestAt, size, 4)).rejects.toThrow(/更新版本/);
    const swapped = line.replace(manifest.chunks[0]!.sha256, 'f'.repeat(64));
    await expect(checkChunkedManifest(swapped, manifestAt, size, 5)).rejects.toThrow(/校验失败/);
  });

  it('checks a chunk’s length, newline and checksum, then its table and row count', async () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    const chunk = await info('units', rows);
    const good = enc(`${chunkLine('units', rows)}\n`);
    await expect(checkChunkBytes(good, chunk)).resolves.toBeUndefined();
    expect(parseChunk(good, chunk)).toEqual(rows);
    await expect(checkChunkBytes(good.slice(0, -1), chunk)).rejects.toThrow(/损坏或不完整/);
    const flipped = enc(`${chunkLine('units', [{ id: 'a' }, { id: 'c' }])}\n`);
    await expect(checkChunkBytes(flipped, chunk)).rejects.toThrow(/校验失败/);
    expect(() => parseChunk(good, { ...chunk, table: 'people' })).toThrow(/格式不正确/);
    expect(() => parseChunk(good, { ...chunk, rows: 3 })).toThrow(/清单与内容不符/);
  });

  it('widens the createdAt range row by row, ignoring rows without one', () => {
    let range = widenRange(undefined, { id: 'x' });
    expect(range).toBeUndefined();
    range = widenRange(range, { createdAt: '2026-02-01T00:00:00.000Z' });
    range = widenRange(range, { createdAt: '2025-12-01T00:00:00.000Z' });
    range = widenRange(range, { createdAt: '2026-01-01T00:00:00.000Z' });
    expect(range).toEqual({ from: '2025-12-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
  });
});
