import type { BackupReason } from '@shared/domain/backupFormat';
import { requireRole, type Actor } from '@shared/domain/record';
import { requireSessionRole, writeAudit, writeSystemAudit } from '../audited';
import { exportBackup, type ExportOptions } from '../backup/exportBackup';
import type { BackupSource } from '../backup/backupSource';
import { previewBackup, restoreBackup, type RestoreOptions } from '../backup/restoreBackup';
import type { TaizhangDB } from '../database';
import { SessionEndedError } from '../session';

/** Where and when the last backup was written (kept in `meta`, never restored over). */
export interface LastBackup {
  at: string;
  place: string;
  reason: BackupReason;
  encrypted: boolean;
}

const LAST_BACKUP_KEY = 'lastBackup';
const SYSTEM_ACTOR: Actor = { id: 'system', name: '系统', role: 'clerk' };

function isLastBackup(value: unknown): value is LastBackup {
  return (
    typeof value === 'object' && value !== null && typeof (value as LastBackup).at === 'string'
  );
}

/** Backup and restore of the whole database, and the record of the last backup. */
export function createBackupRepository(db: TaizhangDB) {
  return {
    /**
     * The whole database, unmasked, as a chunked backup file (a `Blob`) with its manifest;
     * `onProgress` gets rows done / total. The daily and on-quit backups need no one (they go
     * only where a manager pointed them); a manual or safety backup needs a manager's session.
     */
    async export(options: ExportOptions & { actor?: Actor }) {
      if (options.reason === 'manual' || options.reason === 'safety') {
        // (The repository tests' trusted fixtures back up without naming anyone.)
        if (options.actor) {
          requireRole(options.actor, 'manager');
          await requireSessionRole(db, options.actor, 'manager');
        } else if (!db.trustCallerActors) {
          throw new SessionEndedError();
        }
      }
      return exportBackup(db, options);
    },
    /** Checks a file's manifest (version 1 or 2) and says what it holds; changes nothing. */
    preview: (file: BackupSource | Uint8Array) => previewBackup(db, file),
    /** Checks every chunk, saves a safety backup, then writes; manager only (checked inside). */
    restore: (file: BackupSource | Uint8Array, options: RestoreOptions) =>
      restoreBackup(db, file, options),
    /** Notes a backup that main has written, with an audit entry. */
    async recordWritten(entry: LastBackup, actor: Actor | undefined): Promise<void> {
      await db.transaction('rw', [db.meta, db.audit], async () => {
        await db.meta.put({ key: LAST_BACKUP_KEY, value: entry });
        const note = {
          action: 'export' as const,
          table: 'backup',
          recordId: entry.at,
          summary: `备份到 ${entry.place}`,
        };
        // The automatic backup runs whoever is (or is not) signed in.
        if (actor) await writeAudit(db, actor, note);
        else await writeSystemAudit(db, SYSTEM_ACTOR, note);
      });
    },
    async lastBackup(): Promise<LastBackup | undefined> {
      const row = await db.meta.get(LAST_BACKUP_KEY);
      return isLastBackup(row?.value) ? row.value : undefined;
    },
  };
}
