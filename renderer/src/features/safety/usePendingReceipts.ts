import { useMemo } from 'react';
import { useRepos } from '../../app/ReposContext';

/**
 * The one way a screen issues receipts or refund vouchers (issue 8 item 1): `write` notes the
 * request ids before the repository call, `confirm` drops the notes once the numbers are on
 * screen. A crash in between leaves the notes, and the next start shows the receipts
 * (UnconfirmedReceiptsNotice) instead of losing them.
 */
export function usePendingReceipts() {
  const repos = useRepos();
  return useMemo(
    () => ({
      write: <T>(requestIds: readonly string[], run: () => Promise<T>): Promise<T> =>
        repos.pendingReceipts.write(requestIds, run),
      confirm(requestIds: readonly string[]): void {
        // A failed clear only means the receipt is shown once more at the next start.
        repos.pendingReceipts
          .clear(requestIds)
          .catch((error: unknown) => console.error('[taizhang] pending clear', error));
      },
    }),
    [repos],
  );
}
