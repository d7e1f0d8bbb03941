/**
 * Automatic backups (issue 8). Main decides WHEN (daily, on quit); only the renderer can read
 * IndexedDB, so main sends `backup:requested` to the window, which exports and answers through
 * `backup:write`. Quitting waits for that answer, up to a limit, so closing the app cannot hang.
 */
import { isDailyBackupDue } from '@shared/domain/backupRotation';

export interface ScheduleDeps {
  /** When the last backup was written, from the backup config. */
  lastBackupAt: () => Promise<string | undefined>;
  hasFolder: () => Promise<boolean>;
  /** Sends the request to the main window; false when there is no window to ask. */
  request: (reason: 'daily' | 'quit') => boolean;
  now: () => Date;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

/** How often the daily check runs, and how long the window gets to answer on quit. */
export const DAILY_CHECK_MS = 30 * 60_000;
export const QUIT_BACKUP_TIMEOUT_MS = 20_000;
// A renderer that failed (full disk, shown to the clerk) is not asked again every check.
const RETRY_AFTER_MS = 2 * 3_600_000;

export function createBackupScheduler(deps: ScheduleDeps) {
  let lastAskedAt = 0;
  let quitState: 'idle' | 'waiting' | 'done' = 'idle';
  let finishQuit: (() => void) | undefined;

  return {
    /** Runs the daily check once; call it on start and every `DAILY_CHECK_MS`. */
    async checkDaily(): Promise<boolean> {
      const now = deps.now();
      if (now.getTime() - lastAskedAt < RETRY_AFTER_MS) return false;
      if (!(await deps.hasFolder())) return false;
      if (!isDailyBackupDue(await deps.lastBackupAt(), now.toISOString())) return false;
      if (!deps.request('daily')) return false;
      lastAskedAt = now.getTime();
      return true;
    },
    /**
     * The main window's `close` handler: the first close is held (`preventDefault`) while the
     * window writes its quit backup; `close` is then called again and let through.
     */
    onClose(event: { preventDefault: () => void }, close: () => void): void {
      if (quitState === 'done') return;
      event.preventDefault();
      if (quitState === 'waiting') return;
      quitState = 'waiting';
      const finish = () => {
        if (quitState === 'done') return;
        quitState = 'done';
        close();
      };
      finishQuit = finish;
      void deps.hasFolder().then((has) => {
        if (!has || !deps.request('quit')) finish();
        else deps.setTimeout(finish, QUIT_BACKUP_TIMEOUT_MS);
      }, finish);
    },
    /** Called after every `backup:write` (success or reported failure). */
    onWritten(reason: string): void {
      if (reason === 'quit' && quitState === 'waiting') finishQuit?.();
    },
  };
}
