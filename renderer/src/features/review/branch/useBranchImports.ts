import { useCallback, useSyncExternalStore } from 'react';
import {
  BRANCH_SUMMARY_MAX_CHARS,
  importBranchSummaries,
  type BranchImport,
  type SummaryFile,
} from '@shared/domain/review/branchSummary';
import { t } from '../../../i18n';
import { messageOf } from '../../../i18n/domainText';

/**
 * The summary files imported in this window, kept in memory only: the branch compares estates,
 * and nothing of another estate belongs in this desk's books. They survive moving between
 * screens and are gone on reload or quit (the screen says so).
 */
let state: BranchImport = { accepted: [], refused: [] };
const listeners = new Set<() => void>();

function setState(next: (prev: BranchImport) => BranchImport): void {
  state = next(state);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function readFiles(files: readonly File[]): Promise<{
  readable: SummaryFile[];
  refused: BranchImport['refused'];
}> {
  const readable: SummaryFile[] = [];
  const refused: BranchImport['refused'] = [];
  for (const file of files) {
    // Refused by size before reading: a huge file would stall the window. (A UTF-8 character
    // is at most 4 bytes, so a file within the text cap is within 4× it in bytes.)
    if (file.size > BRANCH_SUMMARY_MAX_CHARS * 4) {
      refused.push({ name: file.name, error: t('reviewReport.branch.tooLarge') });
      continue;
    }
    try {
      readable.push({ name: file.name, text: await file.text() });
    } catch (err) {
      refused.push({
        name: file.name,
        error: t('reviewReport.branch.unreadable', {
          message: messageOf(err),
        }),
      });
    }
  }
  return { readable, refused };
}

/** The imported summaries, and import / remove / clear. Each file is validated alone. */
export function useBranchImports() {
  const current = useSyncExternalStore(subscribe, () => state);

  /** `live`: summaries already shown from replication, which a file may not repeat. */
  const importFiles = useCallback(
    async (files: readonly File[], live: BranchImport['accepted'] = []) => {
      const { readable, refused } = await readFiles(files);
      setState((prev) => {
        const result = importBranchSummaries(readable, [...live, ...prev.accepted]);
        return {
          accepted: [...prev.accepted, ...result.accepted],
          refused: [...refused, ...result.refused],
        };
      });
    },
    [],
  );

  const remove = useCallback((name: string) => {
    setState((prev) => ({ ...prev, accepted: prev.accepted.filter((a) => a.name !== name) }));
  }, []);

  const clear = useCallback(() => setState(() => ({ accepted: [], refused: [] })), []);

  return { ...current, importFiles, remove, clear };
}
