/**
 * This desk in 多台电脑同步 (issue 20): its numbering series and what the header shows.
 * The settings themselves go through the settings repository (`sync` key, manager only).
 */
import type { Actor } from '@shared/domain/record';
import { seriesOfDeskCode } from '@shared/domain/sync/deskNumbers';
import type { SyncStatusState } from '@shared/domain/sync/status';
import { DESK_SERIES_KEY } from '@shared/domain/numbering';
import type { TaizhangDB } from '../database';
import { requireSessionRole, writeAudit } from '../audited';
import type { SyncCredentials } from '@shared/ipc';
import type { SyncSettings } from '@shared/domain/sync/syncSettings';
import { buildBranchSummary, type BranchSummary } from '@shared/domain/review/branchSummary';
import type { MonthlyReview } from '@shared/domain/review/figures';
import type { MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';
import { nowIso } from '../ids';
import { createSyncRunner, type SyncRunner } from '../sync/syncRunner';
import { readProgress } from '../sync/progress';
import { deskSeries, setDeskSeries } from './numbering';

/** Where the month summary a desk publishes comes from (the review's own figures). */
export interface SummarySources {
  review: (month: string) => Promise<MonthlyReview>;
  analysis: (month: string) => Promise<readonly MonthlyAnalysisEntry[]>;
}

export function createSyncDeskRepository(
  db: TaizhangDB,
  settings: () => Promise<SyncSettings>,
  sources: SummarySources,
) {
  let runner: SyncRunner | undefined;
  /** The estate's summary of `month`, exactly as the branch file export builds it. */
  const monthSummary = async (month: string, appVersion: string): Promise<BranchSummary> =>
    buildBranchSummary(await sources.review(month), {
      exportedAt: nowIso(),
      appVersion,
      analysis: await sources.analysis(month),
    });
  return {
    monthSummary,

    /** The one synchronisation loop of this database; credentials come from the host. */
    runner(
      credentials: () => Promise<SyncCredentials>,
      appVersion: () => Promise<string> = async () => '',
    ): SyncRunner {
      runner ??= createSyncRunner({
        db,
        settings,
        credentials,
        summary: async (month) => monthSummary(month, await appVersion()),
      });
      return runner;
    },

    /** This desk's numbering series ('' = the first desk's unlettered numbers). */
    series: () => deskSeries(db),

    /** Numbers this desk's documents in the series of `deskCode` from now on (manager). */
    async setDeskCode(actor: Actor, deskCode: string): Promise<void> {
      await db.transaction('rw', [db.counters, db.audit], async () => {
        const who = await requireSessionRole(db, actor, 'manager');
        const before = await deskSeries(db);
        const after = seriesOfDeskCode(deskCode);
        if (before === after) return;
        await setDeskSeries(db, after);
        await writeAudit(db, who, {
          action: 'update',
          table: 'counters',
          recordId: DESK_SERIES_KEY,
          changes: { series: [before, after] },
        });
      });
    },

    /** The running or cut replication's progress (the settings screen), if any. */
    progress: () => readProgress(db),

    /** Rows changed here and not yet handed to the replica; with the runner's last status. */
    async status(): Promise<{ outbox: number; state: SyncStatusState }> {
      return db.transaction('r', [db.syncOutbox, db.syncState], async () => ({
        outbox: await db.syncOutbox.count(),
        state: ((await db.syncState.get('status'))?.value as SyncStatusState | undefined) ?? {},
      }));
    },
  };
}
