/**
 * Large backups in pieces (issue 8/9). Policy, as for `writeBackup`: room is checked first, the
 * file is written to a temp name beside its final one, flushed, then renamed (so a backup is
 * either complete or absent), and a full disk is reported, never skipped. With a password the
 * pieces are AES-256-GCM encrypted as they arrive (backupCrypto.ts), in the same file layout.
 * Reading hands a file to the renderer in pieces; main holds it (decrypted) until closed.
 */
import { randomUUID, type Hmac } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type {
  BackupAppendResult,
  BackupBeginResult,
  BackupOpenResult,
  BackupWriteFailure,
  BackupWriteResult,
  IpcParsedRequest,
} from '@shared/ipc';
import { macTrailer } from '@shared/domain/backupMac';
import { backupFileName, backupNameDesk } from '@shared/domain/backupRotation';
import {
  FREE_SPACE_MARGIN,
  loadBackupConfig,
  passwordOf,
  readBackup,
  rotate,
  type BackupDeps,
} from './backup';
import { createBackupEncryptor, TAG_OFFSET } from './backupCrypto';

/** An open temp file: appends, one positioned write (the GCM tag), flush, close. */
export interface TempFile {
  append: (data: Uint8Array) => Promise<void>;
  writeAt: (data: Uint8Array, position: number) => Promise<void>;
  sync: () => Promise<void>;
  close: () => Promise<void>;
}

export interface BackupStreamDeps extends BackupDeps {
  createTemp: (path: string) => Promise<TempFile>;
  rename: (from: string, to: string) => Promise<void>;
  /** Told when a backup ends, written or refused (the quit backup waits for it). */
  onFinished: (reason: string) => void;
}

/** A write session idle this long was abandoned (the window reloaded or died mid-backup). */
export const ABANDONED_AFTER_MS = 10 * 60_000;
const TEMP_RE = /^\.(taizhang-.+\.tzbak)\.[0-9a-f]{8}\.tmp$/;

interface Writing {
  path: string;
  temp: string;
  file: TempFile;
  reason: IpcParsedRequest<'backup:begin'>[0]['reason'];
  createdAt: string;
  mac: Hmac;
  lastActive: number;
  encryptor?: Awaited<ReturnType<typeof createBackupEncryptor>>;
}

// Read sessions kept at most; an abandoned one (the window reloaded) is dropped oldest first.
const MAX_OPEN_READS = 3;

const mb = (bytes: number) => `${Math.max(0, bytes / 1024 / 1024).toFixed(1)} MB`;

function failure(error: unknown): BackupWriteFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      ok: false,
      code: 'disk-full',
      message: '写入时备份盘已满，本次未备份（原有备份未受影响）。请清理该盘或换一个备份文件夹。',
    };
  }
  return { ok: false, code: 'write-failed', message: `备份写入失败：${String(error)}` };
}

export function createBackupStreams(deps: BackupStreamDeps) {
  const writing = new Map<string, Writing>();
  const reading = new Map<string, Uint8Array>();

  async function discard(id: string): Promise<void> {
    const w = writing.get(id);
    if (!w) return;
    writing.delete(id);
    await w.file.close().catch(() => undefined);
    await deps.rm(w.temp).catch(() => undefined);
  }

  async function fail(id: string, error: unknown): Promise<BackupWriteFailure> {
    const reason = writing.get(id)?.reason ?? 'manual';
    await discard(id);
    deps.onFinished(reason);
    return failure(error);
  }

  const gone: BackupWriteFailure = {
    ok: false,
    code: 'write-failed',
    message: '备份写入已中断（会话不存在），请重新备份。',
  };

  /**
   * Temp files nobody will finish: sessions idle past `ABANDONED_AFTER_MS`, and this desk's
   * temp files in the folder that no open session owns (left by a run that died).
   */
  async function sweepAbandoned(folder: string, desk: string): Promise<void> {
    const now = deps.now().getTime();
    for (const [id, w] of [...writing]) {
      if (now - w.lastActive > ABANDONED_AFTER_MS) {
        const reason = w.reason;
        await discard(id);
        deps.onFinished(reason);
      }
    }
    const owned = new Set([...writing.values()].map((w) => basename(w.temp)));
    for (const name of await deps.readdir(folder).catch(() => [])) {
      const m = TEMP_RE.exec(name);
      if (!m || owned.has(name) || backupNameDesk(m[1]!) !== desk) continue;
      await deps.rm(join(folder, name)).catch(() => undefined);
    }
  }

  return {
    /** `backup:begin`: folder and free space checked, temp file opened (header if encrypted). */
    async begin(request: IpcParsedRequest<'backup:begin'>[0]): Promise<BackupBeginResult> {
      const config = await loadBackupConfig(deps);
      const refuse = (result: BackupWriteFailure) => (deps.onFinished(request.reason), result);
      if (config.folder === undefined) {
        return refuse({
          ok: false,
          code: 'no-folder',
          message: '尚未选择备份文件夹：请在“系统设置 → 备份与恢复”中选择（建议U盘或共享盘）。',
        });
      }
      const needed = request.sizeBytes + FREE_SPACE_MARGIN;
      let free: number;
      try {
        free = await deps.freeBytes(config.folder);
      } catch (error) {
        return refuse({
          ok: false,
          code: 'write-failed',
          message: `无法访问备份文件夹 ${config.folder}（U盘是否已拔出、共享盘是否断开？）：${String(error)}`,
        });
      }
      if (free < needed) {
        return refuse({
          ok: false,
          code: 'disk-full',
          message: `备份位置空间不足：需要约 ${mb(needed)}，只剩 ${mb(free)}。请清理该盘或换一个备份文件夹。本次未备份。`,
        });
      }
      await sweepAbandoned(config.folder, config.desk ?? '');
      const id = randomUUID();
      // Named by main's clock, never the page's (issue 15).
      const createdAt = deps.now().toISOString();
      const path = join(config.folder, backupFileName(createdAt, request.reason, config.desk));
      const temp = join(dirname(path), `.${basename(path)}.${id.slice(0, 8)}.tmp`);
      try {
        const file = await deps.createTemp(temp);
        const w: Writing = {
          path,
          temp,
          file,
          reason: request.reason,
          createdAt,
          mac: await deps.secrets.createMac(),
          lastActive: deps.now().getTime(),
        };
        writing.set(id, w);
        const password = passwordOf(config, deps);
        if (password !== undefined) {
          w.encryptor = await createBackupEncryptor(password);
          await file.append(w.encryptor.header);
        }
      } catch (error) {
        await discard(id);
        return refuse(failure(error));
      }
      return { ok: true, id };
    },

    /** `backup:append`: one piece, in order. A failure ends the session and removes the temp. */
    async append(request: IpcParsedRequest<'backup:append'>[0]): Promise<BackupAppendResult> {
      const w = writing.get(request.id);
      if (!w) return gone;
      w.lastActive = deps.now().getTime();
      try {
        w.mac.update(request.data);
        await w.file.append(w.encryptor ? w.encryptor.update(request.data) : request.data);
      } catch (error) {
        return fail(request.id, error);
      }
      return { ok: true };
    },

    /** `backup:commit`: flush, rename into place, rotate, remember as the last backup. */
    async commit(request: IpcParsedRequest<'backup:commit'>[0]): Promise<BackupWriteResult> {
      const w = writing.get(request.id);
      if (!w) return gone;
      try {
        // The estate's mark over every plain byte, as the file's last line (backupMac.ts).
        const trailer = macTrailer(w.mac.digest('hex'));
        await w.file.append(w.encryptor ? w.encryptor.update(trailer) : trailer);
        if (w.encryptor) {
          const { rest, tag } = w.encryptor.final();
          await w.file.append(rest);
          await w.file.writeAt(tag, TAG_OFFSET);
        }
        await w.file.sync();
        await w.file.close();
        await deps.rename(w.temp, w.path);
      } catch (error) {
        return fail(request.id, error);
      }
      writing.delete(request.id);
      const config = await deps.loadConfig();
      const deleted = await rotate(dirname(w.path), config, basename(w.path), deps);
      await deps.saveConfig({
        ...config,
        last: { at: w.createdAt, path: w.path, reason: w.reason },
      });
      deps.onFinished(w.reason);
      return {
        ok: true,
        path: w.path,
        name: basename(w.path),
        at: w.createdAt,
        encrypted: w.encryptor !== undefined,
        deleted,
      };
    },

    /** `backup:abort`: the renderer gave up (export failed); the temp file is removed. */
    async abort(request: IpcParsedRequest<'backup:abort'>[0]): Promise<void> {
      const reason = writing.get(request.id)?.reason;
      await discard(request.id);
      if (reason !== undefined) deps.onFinished(reason);
    },

    /** `backup:open`: reads (and decrypts) a file as `backup:read` does, then keeps it here. */
    async open(request: IpcParsedRequest<'backup:open'>[0]): Promise<BackupOpenResult> {
      const read = await readBackup(request, deps);
      if (!read.ok) return read;
      const id = randomUUID();
      reading.set(id, read.data);
      while (reading.size > MAX_OPEN_READS) reading.delete(reading.keys().next().value!);
      return { ok: true, id, name: read.name, size: read.data.length, verified: read.verified };
    },

    /** `backup:chunk`: bytes of an open file; empty past its end or for an unknown session. */
    async chunk(request: IpcParsedRequest<'backup:chunk'>[0]): Promise<Uint8Array> {
      const data = reading.get(request.id);
      return data
        ? data.subarray(request.offset, request.offset + request.length)
        : new Uint8Array();
    },

    async close(request: IpcParsedRequest<'backup:close'>[0]): Promise<void> {
      reading.delete(request.id);
    },
  };
}
