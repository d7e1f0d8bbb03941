import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FREE_SPACE_MARGIN } from '../../electron/main/backup';
import type { BackupConfig } from '../../electron/main/backup';
import { isEncryptedBackup } from '../../electron/main/backupCrypto';
import { createBackupStreams } from '../../electron/main/backupStream';
import type { BackupStreamDeps, TempFile } from '../../electron/main/backupStream';
import { ABANDONED_AFTER_MS } from '../../electron/main/backupStream';
import { writeFileAtomic } from '../../electron/main/export';
import { MAC_TRAILER_BYTES } from '@shared/domain/backupMac';
import { fakeSafeStorage } from './backupFakes';

let dir: string;
let config: BackupConfig;
let free: number;
let clock: number;
let safe: ReturnType<typeof fakeSafeStorage>;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-stream-'));
  config = { folder: dir, keepDaily: 14, keepMonthly: 12, desk: 'dtest1' };
  free = 10 * 1024 ** 3;
  clock = Date.parse('2026-11-23T02:30:05.000Z');
  safe = fakeSafeStorage();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Real temp files as main opens them; `syncs` records each flush before its rename. */
function deps(over: Partial<BackupStreamDeps> = {}) {
  const events: string[] = [];
  const createTemp = async (path: string): Promise<TempFile> => {
    const handle = await fs.open(path, 'wx');
    events.push(`open ${path.slice(dir.length + 1)}`);
    return {
      append: async (data) => void (await handle.write(data)),
      writeAt: async (data, position) => void (await handle.write(data, 0, data.length, position)),
      sync: async () => {
        events.push('sync');
        await handle.sync();
      },
      close: () => handle.close(),
    };
  };
  const d: BackupStreamDeps = {
    loadConfig: async () => structuredClone(config),
    saveConfig: async (next) => void (config = next),
    freeBytes: async () => free,
    writeFileAtomic: (path, data) => writeFileAtomic(path, data),
    readdir: (p) => fs.readdir(p),
    readFile: async (p) => new Uint8Array(await fs.readFile(p)),
    fileSize: async (p) => (await fs.stat(p)).size,
    rm: (p) => fs.rm(p, { force: true }),
    chooseDirectory: async () => undefined,
    chooseFile: async () => undefined,
    createTemp,
    rename: async (from, to) => {
      events.push(`rename ${from.slice(dir.length + 1)} -> ${to.slice(dir.length + 1)}`);
      await fs.rename(from, to);
    },
    onFinished: vi.fn(),
    now: () => new Date(clock),
    secrets: safe.secrets,
    ...over,
  };
  return { d, events };
}

const enc = (text: string) => new TextEncoder().encode(text);
const NAME = 'taizhang-dtest1-20261123-103005-manual.tzbak';
// The page's createdAt is deliberately wrong: main names files by its own clock.
const begin = (streams: ReturnType<typeof createBackupStreams>, sizeBytes = 12) =>
  streams.begin({ createdAt: '2000-01-01T00:00:00.000Z', reason: 'manual', sizeBytes });
const plainOf = async (name: string) => {
  const data = await fs.readFile(join(dir, name));
  return data.subarray(0, data.length - MAC_TRAILER_BYTES).toString('utf8');
};

describe('a backup written in pieces', () => {
  it('goes to a hidden temp file, is flushed, then renamed into place and recorded', async () => {
    const { d, events } = deps();
    const streams = createBackupStreams(d);
    const begun = await begin(streams);
    if (!begun.ok) throw new Error(begun.message);
    await streams.append({ id: begun.id, data: enc('piece-1|') });
    // Nothing under the final name until commit.
    expect(await fs.readdir(dir)).toEqual([expect.stringMatching(/^\.taizhang-.*\.tmp$/)]);
    await streams.append({ id: begun.id, data: enc('piece-2') });
    const result = await streams.commit({ id: begun.id });
    expect(result).toMatchObject({ ok: true, name: NAME, encrypted: false });
    expect(await fs.readdir(dir)).toEqual([NAME]);
    expect(await plainOf(NAME)).toBe('piece-1|piece-2');
    const opened = await streams.open({ name: NAME });
    expect(opened).toMatchObject({ ok: true, verified: true, size: 15 });
    expect(events[1]).toBe('sync');
    expect(events[2]).toMatch(new RegExp(`^rename \\.${NAME}\\.[0-9a-f]{8}\\.tmp -> ${NAME}$`));
    expect(config.last).toEqual({
      at: '2026-11-23T02:30:05.000Z',
      path: join(dir, NAME),
      reason: 'manual',
    });
    expect(d.onFinished).toHaveBeenCalledWith('manual');
  });

  it('refuses a full disk before writing anything, and says so', async () => {
    free = FREE_SPACE_MARGIN + 3;
    const { d } = deps();
    const result = await begin(createBackupStreams(d), 4);
    expect(result).toMatchObject({ ok: false, code: 'disk-full' });
    expect(result.ok ? '' : result.message).toMatch(/空间不足.*本次未备份/);
    expect(await fs.readdir(dir)).toEqual([]);
    expect(d.onFinished).toHaveBeenCalledOnce();
  });

  it('reports ENOSPC mid-write as a full disk, removes the temp file, keeps old backups', async () => {
    await fs.writeFile(join(dir, 'taizhang-dtest1-20261122-100000-daily.tzbak'), 'old');
    const enospc = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const { d } = deps();
    const createTemp = d.createTemp;
    const streams = createBackupStreams({
      ...d,
      createTemp: async (path) => ({
        ...(await createTemp(path)),
        append: async () => Promise.reject(enospc),
      }),
    });
    const begun = await begin(streams);
    if (!begun.ok) throw new Error(begun.message);
    expect(await streams.append({ id: begun.id, data: enc('x') })).toMatchObject({
      ok: false,
      code: 'disk-full',
    });
    expect(await fs.readdir(dir)).toEqual(['taizhang-dtest1-20261122-100000-daily.tzbak']);
    expect(await streams.commit({ id: begun.id })).toMatchObject({ ok: false });
    expect(config.last).toBeUndefined();
  });

  it('abort removes the temp file and writes nothing', async () => {
    const { d } = deps();
    const streams = createBackupStreams(d);
    const begun = await begin(streams);
    if (!begun.ok) throw new Error(begun.message);
    await streams.append({ id: begun.id, data: enc('half') });
    await streams.abort({ id: begun.id });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('finding 11: abandoned write sessions and their temp files are removed', async () => {
    const { d } = deps();
    // A temp file left by a run that died mid-backup, one of another desk, and a live session.
    const dead = `.taizhang-dtest1-20261122-100000-daily.tzbak.0badf00d.tmp`;
    const others = `.taizhang-dother-20261122-100000-daily.tzbak.0badf00d.tmp`;
    await fs.writeFile(join(dir, dead), 'half');
    await fs.writeFile(join(dir, others), 'theirs');
    const streams = createBackupStreams(d);
    const first = await begin(streams);
    if (!first.ok) throw new Error(first.message);
    expect((await fs.readdir(dir)).sort()).toEqual([
      others,
      expect.stringMatching(/^\.taizhang-dtest1-.*\.tmp$/),
    ]);
    // The window reloads mid-backup: its session is never committed nor aborted.
    await streams.append({ id: first.id, data: enc('half') });
    clock += ABANDONED_AFTER_MS + 1000;
    const second = await begin(streams);
    if (!second.ok) throw new Error(second.message);
    expect(await streams.append({ id: first.id, data: enc('late') })).toMatchObject({ ok: false });
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('.taizhang-dtest1'))).toHaveLength(1);
    await streams.commit({ id: second.id });
    expect((await fs.readdir(dir)).sort()).toEqual([
      others,
      'taizhang-dtest1-20261123-104006-manual.tzbak',
    ]);
  });

  it('encrypts piece by piece into a file the reader opens only with the password', async () => {
    config.passwordSealed = safe.secrets.seal('台账密码2026-前台');
    const { d } = deps();
    const streams = createBackupStreams(d);
    const begun = await begin(streams);
    if (!begun.ok) throw new Error(begun.message);
    await streams.append({ id: begun.id, data: enc('{"secret":"1101011990') });
    await streams.append({ id: begun.id, data: enc('01011234"}') });
    expect(await streams.commit({ id: begun.id })).toMatchObject({ ok: true, encrypted: true });
    const onDisk = await fs.readFile(join(dir, NAME));
    expect(isEncryptedBackup(onDisk)).toBe(true);
    expect(onDisk.toString('latin1')).not.toContain('110101');

    expect(await streams.open({ name: NAME, password: 'wrong-pass' })).toMatchObject({
      ok: false,
      code: 'wrong-password',
    });
    const opened = await streams.open({ name: NAME, password: '台账密码2026-前台' });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.size).toBe(31);
    const head = await streams.chunk({ id: opened.id, offset: 0, length: 12 });
    const tail = await streams.chunk({ id: opened.id, offset: 12, length: 100 });
    expect(new TextDecoder().decode(head) + new TextDecoder().decode(tail)).toBe(
      '{"secret":"110101199001011234"}',
    );
    await streams.close({ id: opened.id });
    expect(await streams.chunk({ id: opened.id, offset: 0, length: 10 })).toHaveLength(0);
  });

  it('opens only names of ours, never a path from the renderer', async () => {
    const { d } = deps();
    expect(await createBackupStreams(d).open({ name: '../etc/passwd' })).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
  });
});
