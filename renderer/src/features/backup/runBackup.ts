import type { BackupReason } from '@shared/domain/backupFormat';
import type { Actor } from '@shared/domain/record';
import type { BackupWriteResult } from '@shared/ipc';
import type { BackupProgress } from '../../db/backup/exportBackup';
import type { Repositories } from '../../db/repositories';
import type { HostApi } from '../../host/hostApi';

/** Thrown when main could not write a backup; `message` is main's Chinese reason. */
export class BackupWriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackupWriteError';
  }
}

/** Bytes per `appendBackup` call: large enough to be few, small enough to copy cheaply. */
const PIECE_BYTES = 8 * 1024 * 1024;

/** Hands a backup file to the host piece by piece: begin (room checked), append…, commit. */
export async function writeToHost(
  host: HostApi,
  file: Blob,
  createdAt: string,
  reason: BackupReason,
): Promise<Extract<BackupWriteResult, { ok: true }>> {
  const begun = await host.beginBackup({ createdAt, reason, sizeBytes: file.size });
  if (!begun.ok) throw new BackupWriteError(begun.code, begun.message);
  let result: BackupWriteResult;
  try {
    for (let at = 0; at < file.size; at += PIECE_BYTES) {
      const data = new Uint8Array(await file.slice(at, at + PIECE_BYTES).arrayBuffer());
      const appended = await host.appendBackup({ id: begun.id, data });
      if (!appended.ok) throw new BackupWriteError(appended.code, appended.message);
    }
    result = await host.commitBackup({ id: begun.id });
  } catch (error) {
    await host.abortBackup({ id: begun.id }).catch(() => undefined);
    throw error;
  }
  if (!result.ok) throw new BackupWriteError(result.code, result.message);
  return result;
}

/**
 * Exports the database (rows done / total reported), hands the file to the host in pieces (main
 * writes, encrypts and rotates) and records where it went. Throws `BackupWriteError` when main
 * refused (full disk, no folder …).
 */
export async function runBackup(
  repos: Repositories,
  host: HostApi,
  reason: BackupReason,
  actor: Actor | undefined,
  onProgress?: BackupProgress,
): Promise<Extract<BackupWriteResult, { ok: true }>> {
  const [info, status] = await Promise.all([host.appInfo(), host.backupStatus()]);
  const { file, manifest } = await repos.backup.export({
    appVersion: info.version,
    reason,
    encrypted: status.encrypted,
    ...(status.desk !== undefined ? { desk: status.desk } : {}),
    ...(actor ? { actor } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const result = await writeToHost(host, file, manifest.createdAt, reason);
  // The host's time (main's clock, the file's name), not the page's.
  await repos.backup.recordWritten(
    { at: result.at, place: result.path, reason, encrypted: result.encrypted },
    actor,
  );
  return result;
}
