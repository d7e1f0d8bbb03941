import { vi } from 'vitest';
import type { BranchSummary } from '@shared/domain/review/branchSummary';
import { DEFAULT_SYNC_SETTINGS } from '@shared/domain/sync/syncSettings';
import type { SyncRunner } from '../../../renderer/src/db/sync/syncRunner';
import { makeTestRepos, type TestRepos } from '../../db/makeTestDb';
import { manager } from '../../fixtures/backup';

/**
 * Repositories of a branch install whose sync runner has read `published` (estate database →
 * its month summary) from the server, as a screen of the branch sees them.
 */
export async function branchInstall(
  published: Readonly<Record<string, BranchSummary>>,
): Promise<TestRepos> {
  const repos = makeTestRepos();
  await repos.settings.set(
    'sync',
    {
      ...DEFAULT_SYNC_SETTINGS,
      serverUrl: 'http://127.0.0.1:5984',
      role: 'branch',
      branchEstates: Object.keys(published).join(', '),
    },
    manager,
  );
  const runner = {
    summaries: async () =>
      Object.entries(published).map(([estate, summary]) => ({
        ok: true as const,
        estate,
        summary,
      })),
  } as unknown as SyncRunner;
  vi.spyOn(repos.syncDesk, 'runner').mockReturnValue(runner);
  return repos;
}
