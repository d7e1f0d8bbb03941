/**
 * Backups on disk (issue 8). Policy: a backup is written temp → fsync → rename into the folder
 * the user chose (USB drive, network share), only after checking there is room for it; a full
 * disk is reported to the clerk, never skipped silently. Old files are rotated by the rule in
 * shared/domain/backupRotation.ts; only files named like ours are ever deleted. The renderer
 * names no paths: it sends bytes, and reads back only a name from the folder's own listing.
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
import {
  backupFileName,
  backupNameStamp,
  backupsToDelete,
  DEFAULT_BACKUP_ROTATION,
} from '@shared/domain/backupRotation';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  WrongPasswordError,
} from './backupCrypto';

/** Kept in userData: a fact about this PC, so it is not inside the backups themselves. */
export interface BackupConfig {
  folder?: string;
  keepDaily: number;
  keepMonthly: number;
  /**
   * The backup password, on the desk PC's own disk beside the (unencrypted) database: the
   * encryption protects the copy that leaves the PC (USB drive, share), not the PC itself.
   */
  password?: string;
  last?: BackupStatus['last'];
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
}

export const DEFAULT_BACKUP_CONFIG: BackupConfig = { ...DEFAULT_BACKUP_ROTATION };
/** Room kept free beyond the file itself, so a backup never fills the drive to the last byte. */
export const FREE_SPACE_MARGIN = 20 * 1024 * 1024;

const configSchema = z.object({
  folder: z.string().min(1).optional().catch(undefined),
  keepDaily: z.number().int().min(1).catch(DEFAULT_BACKUP_ROTATION.keepDaily),
  keepMonthly: z.number().int().min(0).catch(DEFAULT_BACKUP_ROTATION.keepMonthly),
  password: z.string().min(1).optional().catch(undefined),
  last: z
    .object({
      at: z.string(),
      path: z.string(),
      reason: z.enum(['manual', 'daily', 'quit', 'safety']),
    })
    .optional()
    .catch(undefined),
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
  const { folder, password, last, ...rest } = parsed.data;
  return {
    ...rest,
    ...(folder !== undefined ? { folder } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(last !== undefined ? { last } : {}),
  };
}

const mb = (bytes: number) => `${Math.max(0, bytes / 1024 / 1024).toFixed(1)} MB`;

export function backupStatus(config: BackupConfig): BackupStatus {
  return {
    ...(config.folder !== undefined ? { folder: config.folder } : {}),
    encrypted: config.password !== undefined,
    keepDaily: config.keepDaily,
    keepMonthly: config.keepMonthly,
    ...(config.last ? { last: config.last } : {}),
  };
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** `backup:write`: free-space check, optional encryption, atomic write, then rotation. */
export async function writeBackup(
  request: IpcParsedRequest<'backup:write'>[0],
  deps: BackupDeps,
): Promise<BackupWriteResult> {
  const config = await deps.loadConfig();
  if (config.folder === undefined) {
    return {
      ok: false,
      code: 'no-folder',
      message: '尚未选择备份文件夹：请在“系统设置 → 备份与恢复”中选择（建议U盘或共享盘）。',
    };
  }
  const folder = config.folder;
  const data =
    config.password !== undefined
      ? await encryptBackup(request.data, config.password)
      : request.data;
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
  const name = backupFileName(request.createdAt, request.reason);
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
  const deleted = backupsToDelete(await deps.readdir(folder).catch(() => []), config);
  for (const old of deleted) await deps.rm(join(folder, old)).catch(() => undefined);
  await deps.saveConfig({
    ...config,
    last: { at: request.createdAt, path, reason: request.reason },
  });
  return { ok: true, path, name, encrypted: config.password !== undefined, deleted };
}

/** `backup:list`: our backups in the folder, newest first. */
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

/**
 * `backup:read`: a listed file from the backup folder (the name must be one of ours, so no path
 * from the renderer is ever opened), or one the clerk picks; decrypted when it is encrypted.
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
    try {
      bytes = await decryptBackup(bytes, request.password);
    } catch (error) {
      if (error instanceof WrongPasswordError)
        return { ok: false, code: 'wrong-password', message: error.message };
      throw error;
    }
  }
  return { ok: true, name: basename(path), data: bytes };
}

/** `backup:chooseFolder`: the clerk picks the folder; cancelling keeps the old one. */
export async function chooseBackupFolder(deps: BackupDeps): Promise<BackupStatus> {
  const config = await deps.loadConfig();
  const folder = await deps.chooseDirectory();
  if (folder === undefined) return backupStatus(config);
  const next = { ...config, folder };
  await deps.saveConfig(next);
  return backupStatus(next);
}

/** `backup:configure`: password (set/clear) and rotation counts. */
export async function configureBackup(
  request: IpcParsedRequest<'backup:configure'>[0],
  deps: BackupDeps,
): Promise<BackupStatus> {
  const config = await deps.loadConfig();
  const next: BackupConfig = {
    ...config,
    ...(request.keepDaily !== undefined ? { keepDaily: request.keepDaily } : {}),
    ...(request.keepMonthly !== undefined ? { keepMonthly: request.keepMonthly } : {}),
  };
  if (request.password === null) delete next.password;
  else if (request.password !== undefined) next.password = request.password;
  await deps.saveConfig(next);
  return backupStatus(next);
}
