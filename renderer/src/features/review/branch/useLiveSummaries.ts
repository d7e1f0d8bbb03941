import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { BranchImport } from '@shared/domain/review/branchSummary';
import { useRepos } from '../../../app/ReposContext';
import { useSetting } from '../../settings/useSettings';
import { useSyncRunner } from '../../sync/useSyncStatus';
import { t } from '../../../i18n';

/**
 * A branch install's live month summaries (issue 20): what the sync loop last replicated from
 * each estate, re-read whenever a run finishes. Named `实时 · <estate>` so a file of the same
 * estate and month is refused as a repeat: the live figures are the newer word, the files the
 * fallback for an estate the branch cannot reach.
 */
export function useLiveSummaries(): BranchImport & { branch: boolean } {
  const repos = useRepos();
  const runner = useSyncRunner();
  const settings = useSetting('sync');
  const status = useLiveQuery(() => repos.syncDesk.status(), [repos]);
  const [live, setLive] = useState<BranchImport>({ accepted: [], refused: [] });
  useEffect(() => {
    let current = true;
    void runner.summaries().then((read) => {
      if (!current) return;
      const next: BranchImport = { accepted: [], refused: [] };
      for (const r of read) {
        const name = t('reviewReport.branch.liveName', { estate: r.estate });
        if (r.ok) next.accepted.push({ name: `${name} ${r.summary.month}`, summary: r.summary });
        else next.refused.push({ name: `${name} ${r.month}`, error: r.error });
      }
      setLive(next);
    });
    return () => {
      current = false;
    };
  }, [runner, status, settings]);
  return { ...live, branch: settings?.role === 'branch' };
}
