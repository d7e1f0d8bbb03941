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

/**
 * Exports the database, hands the bytes to the host (main writes, encrypts and rotates) and
 * records where it went. Throws `BackupWriteError` when main refused (full disk, no folder …).
 */
export async function runBackup(
  repos: Repositories,
  host: HostApi,
  reason: BackupReason,
  actor: Actor | undefined,
  onProgress?: BackupProgress,
): Promise<Extract<BackupWriteResult, { ok: true }>> {
  const [info, status] = await Promise.all([host.appInfo(), host.backupStatus()]);
  const { bytes, manifest } = await repos.backup.export({
    appVersion: info.version,
    reason,
    encrypted: status.encrypted,
    ...(onProgress ? { onProgress } : {}),
  });
  const result = await host.writeBackup({ data: bytes, createdAt: manifest.createdAt, reason });
  if (!result.ok) throw new BackupWriteError(result.code, result.message);
  await repos.backup.recordWritten(
    { at: manifest.createdAt, place: result.path, reason, encrypted: result.encrypted },
    actor,
  );
  return result;
}
