import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configureBackup,
  FREE_SPACE_MARGIN,
  listBackups,
  parseBackupConfig,
  readBackup,
  writeBackup,
} from '../../electron/main/backup';
import type { BackupConfig, BackupDeps } from '../../electron/main/backup';
import { decryptBackup, encryptBackup, isEncryptedBackup } from '../../electron/main/backupCrypto';
import { writeFileAtomic } from '../../electron/main/export';

let dir: string;
let config: BackupConfig;
let free: number;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-backup-'));
  config = { folder: dir, keepDaily: 14, keepMonthly: 12 };
  free = 10 * 1024 ** 3;
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
    ...over,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const write = (createdAt: string, text = '{"format":"x"}', reason: 'daily' | 'manual' = 'daily') =>
  writeBackup({ data: bytes(text), createdAt, reason }, deps());

describe('writeBackup', () => {
  it('writes atomically into the chosen folder under an office-time name and records it', async () => {
    const result = await write('2026-11-23T02:30:05.000Z', 'payload');
    expect(result).toMatchObject({
      ok: true,
      name: 'taizhang-20261123-103005-daily.tzbak',
      deleted: [],
    });
    expect(await fs.readdir(dir)).toEqual(['taizhang-20261123-103005-daily.tzbak']);
    expect(await fs.readFile(join(dir, 'taizhang-20261123-103005-daily.tzbak'), 'utf8')).toBe(
      'payload',
    );
    expect(config.last).toEqual({
      at: '2026-11-23T02:30:05.000Z',
      path: join(dir, 'taizhang-20261123-103005-daily.tzbak'),
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
    expect(await fs.readdir(dir)).toEqual(['taizhang-20261122-100000-daily.tzbak']);
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
      'taizhang-20261030-090000-daily.tzbak', // newest of October (2nd month kept)
      'taizhang-20261121-090000-daily.tzbak',
      'taizhang-20261122-090000-daily.tzbak',
      'taizhang-20261123-090000-daily.tzbak', // also November's monthly
    ]);
    expect(last.ok && last.deleted.sort()).toEqual(['taizhang-20261120-170000-daily.tzbak']);
  });

  it('encrypts with the configured password; reading back needs it', async () => {
    await configureBackup({ password: '台账密码2026' }, deps());
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
    const ok = await readBackup({ name, password: '台账密码2026' }, deps());
    expect(ok.ok && new TextDecoder().decode(ok.data)).toBe('{"secret":"110101199001011234"}');
  });
});

describe('readBackup and listBackups', () => {
  it('lists only our files, newest first, with sizes', async () => {
    await write('2026-11-21T02:00:00.000Z', 'aa');
    await write('2026-11-23T02:00:00.000Z', 'bbbb', 'manual');
    await fs.writeFile(join(dir, 'other.tzbak'), 'x');
    expect(await listBackups(deps())).toEqual([
      { name: 'taizhang-20261123-100000-manual.tzbak', stamp: '20261123-100000', sizeBytes: 4 },
      { name: 'taizhang-20261121-100000-daily.tzbak', stamp: '20261121-100000', sizeBytes: 2 },
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
