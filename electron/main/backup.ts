/**
 * Backups on disk (issue 8). Policy: a backup is written temp → fsync → rename into the folder
 * the user chose (USB drive, network share), only after checking there is room for it; a full
 * disk is reported to the clerk, never skipped silently. Old files are rotated by the rule in
 * shared/domain/backupRotation.ts by main's clock; only this desk's files named like ours are
 * ever deleted, never the one just written. Every file gets the estate's mark (backupMac.ts).
 * The renderer names no paths: it sends bytes, and reads back only a name from the listing.
 */
import { basename, join } from 'node:path';
import { z } from 'zod';
import type {
  BackupFileInfo,
  BackupReadResult,
  BackupStatus,
  BackupWriteResult,
  IpcParsedRequest,
} from '@shared/ipc';
import { randomBytes } from 'node:crypto';
import { MAC_TRAILER_BYTES, macTrailer, readMacTrailer } from '@shared/domain/backupMac';
import {
  backupFileName,
  backupNameStamp,
  backupsToDelete,
  DEFAULT_BACKUP_ROTATION,
  DESK_CODE_RE,
  lastBackupFromNames,
} from '@shared/domain/backupRotation';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  WrongPasswordError,
} from './backupCrypto';
import { SealUnavailableError, type BackupSecrets } from './backupKeys';

/** Kept in userData: a fact about this PC, so it is not inside the backups themselves. */
export interface BackupConfig {
  folder?: string;
  keepDaily: number;
  keepMonthly: number;
  /** The backup password, sealed by the operating system (backupKeys.ts); never plain text. */
  passwordSealed?: string;
  /** A plain password an earlier release stored: sealed and dropped on the next load. */
  legacyPassword?: string;
  /** This desk's code, in every file name it writes, so desks can share one folder. */
  desk?: string;
  last?: BackupStatus['last'];
  /** Wrong backup passwords in a row, and when the next try is allowed (main's clock). */
  failedTries?: number;
  retryAfter?: string;
}

/** Side effects of the backup module; tests pass fakes or a temp directory. */
export interface BackupDeps {
  loadConfig: () => Promise<BackupConfig>;
  saveConfig: (config: BackupConfig) => Promise<void>;
  /** Free bytes available to us on the volume holding `dir`. */
  freeBytes: (dir: string) => Promise<number>;
  writeFileAtomic: (path: string, data: Uint8Array) => Promise<void>;
  readdir: (dir: string) => Promise<string[]>;
  readFile: (path: string) => Promise<Uint8Array>;
  fileSize: (path: string) => Promise<number>;
  rm: (path: string) => Promise<void>;
  /** Directory picker; undefined when cancelled. */
  chooseDirectory: () => Promise<string | undefined>;
  /** File picker for restoring from elsewhere; undefined when cancelled. */
  chooseFile: () => Promise<string | undefined>;
  /** Main's clock: file names, rotation, "due" and "stale" never use the page's. */
  now: () => Date;
  /** The sealed password and the estate's file-marking key. */
  secrets: BackupSecrets;
}

export const DEFAULT_BACKUP_CONFIG: BackupConfig = { ...DEFAULT_BACKUP_ROTATION };
/** Room kept free beyond the file itself, so a backup never fills the drive to the last byte. */
export const FREE_SPACE_MARGIN = 20 * 1024 * 1024;
/** The shortest backup password accepted (issue 15: 6 was far too guessable offline). */
export const MIN_PASSWORD_LENGTH = 10;
/** Wrong passwords allowed before tries are slowed; the wait doubles from 30 s up to 15 min. */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

const configSchema = z.object({
  folder: z.string().min(1).optional().catch(undefined),
  keepDaily: z.number().int().min(1).catch(DEFAULT_BACKUP_ROTATION.keepDaily),
  keepMonthly: z.number().int().min(0).catch(DEFAULT_BACKUP_ROTATION.keepMonthly),
  passwordSealed: z.string().min(1).optional().catch(undefined),
  // Earlier releases kept the password itself here.
  password: z.string().min(1).optional().catch(undefined),
  desk: z.string().regex(DESK_CODE_RE).optional().catch(undefined),
  last: z
    .object({
      at: z.string(),
      path: z.string(),
      reason: z.enum(['manual', 'daily', 'quit', 'safety']),
    })
    .optional()
    .catch(undefined),
  failedTries: z.number().int().min(0).optional().catch(undefined),
  retryAfter: z.string().optional().catch(undefined),
});

/** Reads the stored config; a missing or damaged file falls back to defaults field by field. */
export function parseBackupConfig(text: string | undefined): BackupConfig {
  let raw: unknown = {};
  try {
    raw = text === undefined ? {} : JSON.parse(text);
  } catch {
    raw = {};
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_BACKUP_CONFIG };
  const { password, ...rest } = parsed.data;
  const out: BackupConfig = { keepDaily: rest.keepDaily, keepMonthly: rest.keepMonthly };
  for (const [k, v] of Object.entries(rest)) {
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  if (password !== undefined && out.passwordSealed === undefined) out.legacyPassword = password;
  return out;
}

const DESK_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function newDeskCode(): string {
  const bytes = randomBytes(5);
  return `d${[...bytes].map((b) => DESK_ALPHABET[b % DESK_ALPHABET.length]).join('')}`;
}

/**
 * The config, upgraded and saved when needed: a desk code is made once, and a plain password
 * from an earlier release is sealed (or, where the system cannot seal, kept as it was).
 */
export async function loadBackupConfig(deps: BackupDeps): Promise<BackupConfig> {
  const config = await deps.loadConfig();
  let changed = false;
  if (config.desk === undefined) {
    config.desk = newDeskCode();
    changed = true;
  }
  if (config.legacyPassword !== undefined && deps.secrets.canSeal()) {
    config.passwordSealed = deps.secrets.seal(config.legacyPassword);
    delete config.legacyPassword;
    changed = true;
  }
  if (changed) await deps.saveConfig(config);
  return config;
}

/** The backup password, unsealed; undefined when none is set. */
export function passwordOf(config: BackupConfig, deps: BackupDeps): string | undefined {
  if (config.passwordSealed !== undefined) return deps.secrets.unseal(config.passwordSealed);
  return config.legacyPassword;
}

const mb = (bytes: number) => `${Math.max(0, bytes / 1024 / 1024).toFixed(1)} MB`;

/** What the renderer may know: never the password; "now" and the last file by main's clock. */
export async function backupStatus(config: BackupConfig, deps: BackupDeps): Promise<BackupStatus> {
  const now = deps.now().toISOString();
  const names =
    config.folder === undefined ? [] : await deps.readdir(config.folder).catch(() => []);
  const lastFileAt = lastBackupFromNames(names, config.desk ?? '', now);
  return {
    ...(config.folder !== undefined ? { folder: config.folder } : {}),
    encrypted: config.passwordSealed !== undefined || config.legacyPassword !== undefined,
    keepDaily: config.keepDaily,
    keepMonthly: config.keepMonthly,
    ...(config.last ? { last: config.last } : {}),
    ...(config.desk !== undefined ? { desk: config.desk } : {}),
    now,
    ...(lastFileAt !== undefined ? { lastFileAt } : {}),
    canSeal: deps.secrets.canSeal(),
  };
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** The plain file with the estate's mark appended (backupMac.ts). */
async function marked(data: Uint8Array, deps: BackupDeps): Promise<Uint8Array> {
  const mac = (await deps.secrets.createMac()).update(data).digest('hex');
  const out = new Uint8Array(data.length + MAC_TRAILER_BYTES);
  out.set(data);
  out.set(macTrailer(mac), data.length);
  return out;
}

/** Removes old files of this desk by the rotation rule; the file just written never goes. */
export async function rotate(
  folder: string,
  config: BackupConfig,
  justWritten: string,
  deps: BackupDeps,
): Promise<string[]> {
  const deleted = backupsToDelete(await deps.readdir(folder).catch(() => []), config, {
    now: deps.now().toISOString(),
    desk: config.desk ?? '',
    justWritten,
  });
  for (const old of deleted) await deps.rm(join(folder, old)).catch(() => undefined);
  return deleted;
}

/** `backup:write`: free-space check, the estate's mark, optional encryption, atomic write, rotation. */
export async function writeBackup(
  request: IpcParsedRequest<'backup:write'>[0],
  deps: BackupDeps,
): Promise<BackupWriteResult> {
  const config = await loadBackupConfig(deps);
  if (config.folder === undefined) {
    return {
      ok: false,
      code: 'no-folder',
      message: '尚未选择备份文件夹：请在“系统设置 → 备份与恢复”中选择（建议U盘或共享盘）。',
    };
  }
  const folder = config.folder;
  const password = passwordOf(config, deps);
  const plain = await marked(request.data, deps);
  const data = password !== undefined ? await encryptBackup(plain, password) : plain;
  const needed = data.length + FREE_SPACE_MARGIN;
  let free: number;
  try {
    free = await deps.freeBytes(folder);
  } catch (error) {
    return {
      ok: false,
      code: 'write-failed',
      message: `无法访问备份文件夹 ${folder}（U盘是否已拔出、共享盘是否断开？）：${String(error)}`,
    };
  }
  if (free < needed) {
    return {
      ok: false,
      code: 'disk-full',
      message: `备份位置空间不足：需要约 ${mb(needed)}，只剩 ${mb(free)}。请清理该盘或换一个备份文件夹。本次未备份。`,
    };
  }
  const at = deps.now().toISOString();
  const name = backupFileName(at, request.reason, config.desk);
  const path = join(folder, name);
  try {
    await deps.writeFileAtomic(path, data);
  } catch (error) {
    if (isDiskFull(error)) {
      return {
        ok: false,
        code: 'disk-full',
        message: '写入时备份盘已满，本次未备份（原有备份未受影响）。请清理该盘或换一个备份文件夹。',
      };
    }
    return { ok: false, code: 'write-failed', message: `备份写入失败：${String(error)}` };
  }
  const deleted = await rotate(folder, config, name, deps);
  await deps.saveConfig({ ...config, last: { at, path, reason: request.reason } });
  return { ok: true, path, name, at, encrypted: password !== undefined, deleted };
}

/** `backup:list`: our backups in the folder (every desk's), newest first. */
export async function listBackups(deps: BackupDeps): Promise<BackupFileInfo[]> {
  const { folder } = await deps.loadConfig();
  if (folder === undefined) return [];
  const names = (await deps.readdir(folder).catch(() => [])).filter(
    (n) => backupNameStamp(n) !== undefined,
  );
  const infos = await Promise.all(
    names.map(async (name) => ({
      name,
      stamp: backupNameStamp(name) ?? '',
      sizeBytes: await deps.fileSize(join(folder, name)).catch(() => 0),
    })),
  );
  return infos.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

function waitText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s >= 60 ? `${Math.ceil(s / 60)} 分钟` : `${s} 秒`;
}

/** Decrypts with the stored try limit: after `FREE_TRIES` wrong passwords each try waits longer. */
async function decryptThrottled(
  bytes: Uint8Array,
  password: string,
  deps: BackupDeps,
): Promise<Uint8Array | Extract<BackupReadResult, { ok: false }>> {
  const config = await deps.loadConfig();
  const now = deps.now().getTime();
  const retryAt = config.retryAfter === undefined ? 0 : Date.parse(config.retryAfter);
  if (Number.isFinite(retryAt) && retryAt > now) {
    return {
      ok: false,
      code: 'throttled',
      message: `备份密码错误次数过多，请 ${waitText(retryAt - now)}后再试。`,
    };
  }
  try {
    const plain = await decryptBackup(bytes, password);
    if (config.failedTries !== undefined || config.retryAfter !== undefined) {
      const { failedTries: _f, retryAfter: _r, ...rest } = config;
      await deps.saveConfig(rest);
    }
    return plain;
  } catch (error) {
    if (!(error instanceof WrongPasswordError)) throw error;
    const tries = (config.failedTries ?? 0) + 1;
    const wait =
      tries < FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (tries - FREE_TRIES));
    await deps.saveConfig({
      ...config,
      failedTries: tries,
      ...(wait > 0 ? { retryAfter: new Date(now + wait).toISOString() } : {}),
    });
    return {
      ok: false,
      code: 'wrong-password',
      message: wait > 0 ? `${error.message}请 ${waitText(wait)}后再试。` : error.message,
    };
  }
}

/** Strips the estate's mark from a plain file and says whether it was right. */
async function unmark(
  bytes: Uint8Array,
  deps: BackupDeps,
): Promise<{ data: Uint8Array; verified: boolean }> {
  const mac = readMacTrailer(bytes);
  if (mac === undefined) return { data: bytes, verified: false };
  const data = bytes.subarray(0, bytes.length - MAC_TRAILER_BYTES);
  return { data, verified: await deps.secrets.verify(data, mac) };
}

/**
 * `backup:read`: a listed file from the backup folder (the name must be one of ours, so no path
 * from the renderer is ever opened), or one the clerk picks; decrypted when it is encrypted
 * (tries slowed after wrong passwords), the estate's mark checked and removed.
 */
export async function readBackup(
  request: IpcParsedRequest<'backup:read'>[0],
  deps: BackupDeps,
): Promise<BackupReadResult> {
  let path: string | undefined;
  if (request.name !== undefined) {
    const { folder } = await deps.loadConfig();
    if (folder === undefined)
      return { ok: false, code: 'no-folder', message: '尚未选择备份文件夹。' };
    if (basename(request.name) !== request.name || backupNameStamp(request.name) === undefined) {
      return { ok: false, code: 'unreadable', message: '不是本系统的备份文件名。' };
    }
    path = join(folder, request.name);
  } else {
    path = await deps.chooseFile();
    if (path === undefined) return { ok: false, code: 'cancelled', message: '已取消。' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await deps.readFile(path);
  } catch (error) {
    return { ok: false, code: 'unreadable', message: `无法读取备份文件：${String(error)}` };
  }
  if (isEncryptedBackup(bytes)) {
    if (request.password === undefined || request.password === '') {
      return { ok: false, code: 'password-required', message: '该备份已加密，请输入备份密码。' };
    }
    const opened = await decryptThrottled(bytes, request.password, deps);
    if (!(opened instanceof Uint8Array)) return opened;
    bytes = opened;
  }
  const { data, verified } = await unmark(bytes, deps);
  return { ok: true, name: basename(path), data, verified };
}

/** `backup:chooseFolder`: the clerk picks the folder; cancelling keeps the old one. */
export async function chooseBackupFolder(deps: BackupDeps): Promise<BackupStatus> {
  const config = await loadBackupConfig(deps);
  const folder = await deps.chooseDirectory();
  if (folder === undefined) return backupStatus(config, deps);
  const next = { ...config, folder };
  await deps.saveConfig(next);
  return backupStatus(next, deps);
}

/** `backup:configure`: password (set/clear, sealed by the system) and rotation counts. */
export async function configureBackup(
  request: IpcParsedRequest<'backup:configure'>[0],
  deps: BackupDeps,
): Promise<BackupStatus> {
  const config = await loadBackupConfig(deps);
  const next: BackupConfig = {
    ...config,
    ...(request.keepDaily !== undefined ? { keepDaily: request.keepDaily } : {}),
    ...(request.keepMonthly !== undefined ? { keepMonthly: request.keepMonthly } : {}),
  };
  if (request.password === null) {
    delete next.passwordSealed;
    delete next.legacyPassword;
  } else if (request.password !== undefined) {
    try {
      next.passwordSealed = deps.secrets.seal(request.password);
      delete next.legacyPassword;
    } catch (error) {
      if (!(error instanceof SealUnavailableError)) throw error;
      return { ...(await backupStatus(config, deps)), refused: error.message };
    }
  }
  await deps.saveConfig(next);
  return backupStatus(next, deps);
}
