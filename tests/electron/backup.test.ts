import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupStatus,
  configureBackup,
  FREE_SPACE_MARGIN,
  listBackups,
  loadBackupConfig,
  parseBackupConfig,
  readBackup,
  writeBackup,
} from '../../electron/main/backup';
import type { BackupConfig, BackupDeps } from '../../electron/main/backup';
import { decryptBackup, encryptBackup, isEncryptedBackup } from '../../electron/main/backupCrypto';
import { writeFileAtomic } from '../../electron/main/export';
import { MAC_TRAILER_BYTES } from '@shared/domain/backupMac';
import { parseIpcArgs } from '../../electron/main/ipc';
import { fakeSafeStorage } from './backupFakes';

let dir: string;
let config: BackupConfig;
let free: number;
/** Main's clock: names, rotation and "due" follow it. */
let clock: string;
let safe: ReturnType<typeof fakeSafeStorage>;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-backup-'));
  config = { folder: dir, keepDaily: 14, keepMonthly: 12, desk: 'dtest1' };
  free = 10 * 1024 ** 3;
  clock = '2026-11-23T02:30:05.000Z';
  safe = fakeSafeStorage();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Real files in a temp folder; config and free space held in the test. */
function deps(over: Partial<BackupDeps> = {}): BackupDeps {
  return {
    loadConfig: async () => structuredClone(config),
    saveConfig: async (next) => {
      config = next;
    },
    freeBytes: async () => free,
    writeFileAtomic: (path, data) => writeFileAtomic(path, data),
    readdir: (d) => fs.readdir(d),
    readFile: async (p) => new Uint8Array(await fs.readFile(p)),
    fileSize: async (p) => (await fs.stat(p)).size,
    rm: (p) => fs.rm(p, { force: true }),
    chooseDirectory: async () => undefined,
    chooseFile: async () => undefined,
    now: () => new Date(clock),
    secrets: safe.secrets,
    ...over,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
/** A backup written when main's clock reads `at` (the page's own time is ignored). */
const write = (at: string, text = '{"format":"x"}', reason: 'daily' | 'manual' = 'daily') => {
  clock = at;
  return writeBackup({ data: bytes(text), createdAt: '2000-01-01T00:00:00.000Z', reason }, deps());
};
const plainOf = async (name: string) => {
  const data = await fs.readFile(join(dir, name));
  return data.subarray(0, data.length - MAC_TRAILER_BYTES).toString('utf8');
};

describe('writeBackup', () => {
  it('writes atomically under a name of the desk and main’s office time, and records it', async () => {
    const result = await write('2026-11-23T02:30:05.000Z', 'payload');
    const name = 'taizhang-dtest1-20261123-103005-daily.tzbak';
    expect(result).toMatchObject({ ok: true, name, at: '2026-11-23T02:30:05.000Z', deleted: [] });
    expect(await fs.readdir(dir)).toEqual([name]);
    expect(await plainOf(name)).toBe('payload');
    expect(config.last).toEqual({
      at: '2026-11-23T02:30:05.000Z',
      path: join(dir, name),
      reason: 'daily',
    });
  });

  it('refuses and reports a full disk before writing anything', async () => {
    free = FREE_SPACE_MARGIN + 3;
    const result = await write('2026-11-23T02:30:05.000Z', 'four');
    expect(result).toMatchObject({ ok: false, code: 'disk-full' });
    expect(result.ok ? '' : result.message).toMatch(/空间不足.*本次未备份/);
    expect(await fs.readdir(dir)).toEqual([]);
    expect(config.last).toBeUndefined();
  });

  it('reports ENOSPC during the write as a full disk, leaving old backups alone', async () => {
    await write('2026-11-22T02:00:00.000Z', 'old');
    const enospc = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const result = await writeBackup(
      { data: bytes('new'), createdAt: '2026-11-23T02:00:00.000Z', reason: 'quit' },
      deps({ writeFileAtomic: async () => Promise.reject(enospc) }),
    );
    expect(result).toMatchObject({ ok: false, code: 'disk-full' });
    expect(await fs.readdir(dir)).toEqual(['taizhang-dtest1-20261122-100000-daily.tzbak']);
  });

  it('says so when no folder has been chosen', async () => {
    delete config.folder;
    expect(await write('2026-11-23T02:00:00.000Z')).toMatchObject({ ok: false, code: 'no-folder' });
  });

  it('rotates: keeps the newest per day for 14 days and per month for 12 months, never foreign files', async () => {
    config.keepDaily = 3;
    config.keepMonthly = 2;
    await fs.writeFile(join(dir, 'notes.txt'), 'mine');
    // Office days 9/30, 10/30, 11/20 (twice), 11/21, 11/22, 11/23.
    for (const at of [
      '2026-09-30T01:00:00.000Z',
      '2026-10-30T01:00:00.000Z',
      '2026-11-20T01:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
      '2026-11-21T01:00:00.000Z',
      '2026-11-22T01:00:00.000Z',
    ]) {
      await write(at);
    }
    const last = await write('2026-11-23T01:00:00.000Z');
    expect((await fs.readdir(dir)).sort()).toEqual([
      'notes.txt',
      'taizhang-dtest1-20261030-090000-daily.tzbak', // newest of October (2nd month kept)
      'taizhang-dtest1-20261121-090000-daily.tzbak',
      'taizhang-dtest1-20261122-090000-daily.tzbak',
      'taizhang-dtest1-20261123-090000-daily.tzbak', // also November's monthly
    ]);
    expect(last.ok && last.deleted.sort()).toEqual(['taizhang-dtest1-20261120-170000-daily.tzbak']);
  });

  it('finding 4: with the clock at 2000-01-01 the file just written is kept', async () => {
    for (let d = 1; d <= 20; d++) {
      await write(`2026-11-${String(d).padStart(2, '0')}T01:00:00.000Z`);
    }
    const result = await write('2000-01-01T01:00:00.000Z');
    expect(result.ok).toBe(true);
    const name = result.ok ? result.name : '';
    expect(name).toBe('taizhang-dtest1-20000101-090000-daily.tzbak');
    expect(await fs.readdir(dir)).toContain(name);
    // Files "from the future" (the clock was set back) are not rotated away either.
    expect(result.ok && result.deleted).toEqual([]);
  });

  it('finding 4: two desks on one share never delete each other’s files', async () => {
    await write('2026-11-23T01:00:00.000Z');
    config.desk = 'dother';
    await write('2026-11-23T02:00:00.000Z');
    config.desk = 'dtest1';
    await write('2026-11-23T03:00:00.000Z');
    expect((await fs.readdir(dir)).sort()).toEqual([
      'taizhang-dother-20261123-100000-daily.tzbak',
      'taizhang-dtest1-20261123-110000-daily.tzbak',
    ]);
  });

  it('marks each file as the estate’s own; a changed byte or another estate’s key reads foreign', async () => {
    const result = await write('2026-11-23T02:00:00.000Z', '{"format":"x","n":1}');
    const name = result.ok ? result.name : '';
    const read = await readBackup({ name }, deps());
    expect(read).toMatchObject({ ok: true, verified: true });
    expect(read.ok && new TextDecoder().decode(read.data)).toBe('{"format":"x","n":1}');

    const onDisk = await fs.readFile(join(dir, name));
    onDisk[5] = onDisk[5]! ^ 1;
    await fs.writeFile(join(dir, name), onDisk);
    expect(await readBackup({ name }, deps())).toMatchObject({ ok: true, verified: false });

    const other = fakeSafeStorage().secrets;
    const again = await write('2026-11-24T02:00:00.000Z', 'y');
    const otherName = again.ok ? again.name : '';
    expect(await readBackup({ name: otherName }, deps({ secrets: other }))).toMatchObject({
      ok: true,
      verified: false,
    });
    await fs.writeFile(join(dir, 'taizhang-20261125-100000-manual.tzbak'), 'no mark at all');
    expect(
      await readBackup({ name: 'taizhang-20261125-100000-manual.tzbak' }, deps()),
    ).toMatchObject({ ok: true, verified: false });
  });

  it('encrypts with the configured password; reading back needs it', async () => {
    await configureBackup({ password: '台账密码2026-前台' }, deps());
    // Sealed by the system store, never in plain text in the config.
    expect(JSON.stringify(config)).not.toContain('台账密码2026-前台');
    expect(config.passwordSealed).toBeDefined();
    const result = await write('2026-11-23T02:00:00.000Z', '{"secret":"110101199001011234"}');
    expect(result).toMatchObject({ ok: true, encrypted: true });
    const name = result.ok ? result.name : '';
    const onDisk = await fs.readFile(join(dir, name));
    expect(isEncryptedBackup(onDisk)).toBe(true);
    expect(onDisk.toString('latin1')).not.toContain('110101');

    expect(await readBackup({ name }, deps())).toMatchObject({
      ok: false,
      code: 'password-required',
    });
    expect(await readBackup({ name, password: 'wrong-pass' }, deps())).toMatchObject({
      ok: false,
      code: 'wrong-password',
    });
    const ok = await readBackup({ name, password: '台账密码2026-前台' }, deps());
    expect(ok.ok && new TextDecoder().decode(ok.data)).toBe('{"secret":"110101199001011234"}');
    expect(ok).toMatchObject({ verified: true });
  });

  it('finding 8: slows tries after wrong passwords, by main’s clock', async () => {
    await configureBackup({ password: 'correct-horse-battery' }, deps());
    const result = await write('2026-11-23T02:00:00.000Z', 'secret');
    const name = result.ok ? result.name : '';
    for (let i = 0; i < 2; i++) {
      expect(await readBackup({ name, password: 'guess' + i }, deps())).toMatchObject({
        code: 'wrong-password',
      });
    }
    const third = await readBackup({ name, password: 'guess3' }, deps());
    expect(third).toMatchObject({ code: 'wrong-password' });
    expect(third.ok ? '' : third.message).toMatch(/请 30 秒后再试/);
    // Even the right password waits now.
    expect(await readBackup({ name, password: 'correct-horse-battery' }, deps())).toMatchObject({
      code: 'throttled',
    });
    clock = '2026-11-23T02:00:31.000Z';
    expect(await readBackup({ name, password: 'guess4' }, deps())).toMatchObject({
      code: 'wrong-password',
      message: expect.stringMatching(/1 分钟后再试/),
    });
    clock = '2026-11-23T02:02:00.000Z';
    expect(await readBackup({ name, password: 'correct-horse-battery' }, deps())).toMatchObject({
      ok: true,
    });
    expect(config.failedTries).toBeUndefined();
  });

  it('finding 8: a password needs 10 characters; a plain one of an earlier release is sealed', async () => {
    expect(() => parseIpcArgs('backup:configure', [{ password: 'short6' }])).toThrow();
    expect(() => parseIpcArgs('backup:configure', [{ password: '123456789' }])).toThrow();
    parseIpcArgs('backup:configure', [{ password: '1234567890' }]);

    config = parseBackupConfig(JSON.stringify({ folder: dir, password: 'old-plain-pw' }));
    const loaded = await loadBackupConfig(deps());
    expect(loaded.legacyPassword).toBeUndefined();
    expect(JSON.stringify(config)).not.toContain('old-plain-pw');
    expect((await backupStatus(config, deps())).encrypted).toBe(true);
  });

  it('finding 8: where the system cannot seal, no password is stored', async () => {
    safe = fakeSafeStorage({ isEncryptionAvailable: () => false });
    const status = await configureBackup({ password: 'a-long-password' }, deps());
    expect(status.refused).toMatch(/无法安全保存备份密码/);
    expect(status.encrypted).toBe(false);
    expect(JSON.stringify(config)).not.toContain('a-long-password');
  });
});

describe('readBackup and listBackups', () => {
  it('lists only our files, newest first, with sizes', async () => {
    await write('2026-11-21T02:00:00.000Z', 'aa');
    await write('2026-11-23T02:00:00.000Z', 'bbbb', 'manual');
    await fs.writeFile(join(dir, 'other.tzbak'), 'x');
    expect(await listBackups(deps())).toEqual([
      {
        name: 'taizhang-dtest1-20261123-100000-manual.tzbak',
        stamp: '20261123-100000',
        sizeBytes: 4 + MAC_TRAILER_BYTES,
      },
      {
        name: 'taizhang-dtest1-20261121-100000-daily.tzbak',
        stamp: '20261121-100000',
        sizeBytes: 2 + MAC_TRAILER_BYTES,
      },
    ]);
  });

  it('opens only names of ours inside the folder, never a path from the renderer', async () => {
    for (const name of ['../secret.tzbak', '/etc/passwd', 'other.tzbak', '..\\x.tzbak']) {
      expect(await readBackup({ name }, deps())).toMatchObject({ ok: false, code: 'unreadable' });
    }
  });

  it('a cancelled picker reads nothing', async () => {
    expect(await readBackup({}, deps())).toMatchObject({ ok: false, code: 'cancelled' });
  });
});

describe('backup encryption', () => {
  it('round-trips with AES-256-GCM and refuses a wrong password or a flipped byte', async () => {
    const plain = bytes('张三 13812345678');
    const sealed = await encryptBackup(plain, 'correct horse');
    expect(sealed.length).toBe(8 + 16 + 12 + 16 + plain.length);
    expect(await decryptBackup(sealed, 'correct horse')).toEqual(plain);
    await expect(decryptBackup(sealed, 'correct hors')).rejects.toThrow('备份密码不正确');
    const tampered = sealed.slice();
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    await expect(decryptBackup(tampered, 'correct horse')).rejects.toThrow('备份密码不正确');
  });

  it('uses a fresh salt and iv each time', async () => {
    const a = await encryptBackup(bytes('same'), 'pw');
    const b = await encryptBackup(bytes('same'), 'pw');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe('parseBackupConfig', () => {
  it('falls back to defaults for a missing or damaged file, field by field', () => {
    expect(parseBackupConfig(undefined)).toEqual({ keepDaily: 14, keepMonthly: 12 });
    expect(parseBackupConfig('{not json')).toEqual({ keepDaily: 14, keepMonthly: 12 });
    expect(parseBackupConfig('{"folder":"D:\\\\备份","keepDaily":-1}')).toEqual({
      folder: 'D:\\备份',
      keepDaily: 14,
      keepMonthly: 12,
    });
  });
});
