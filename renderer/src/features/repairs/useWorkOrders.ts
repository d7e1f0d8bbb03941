import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { WorkOrderKind, WorkOrderStatus } from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import type { WorkOrderRecord } from '../../db/records';

export type WorkOrderTab = 'all' | WorkOrderStatus | 'revisitDue';

/** The register's rows for a tab and a search text (debounced), live. Undefined while loading. */
export function useWorkOrders(
  kind: WorkOrderKind,
  tab: WorkOrderTab,
  q: string,
): WorkOrderRecord[] | undefined {
  const repos = useRepos();
  const [settled, setSettled] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(q), 250);
    return () => clearTimeout(timer);
  }, [q]);
  return useLiveQuery(
    () =>
      repos.workOrders.search({
        kind,
        ...(tab === 'revisitDue' ? { revisitDue: true } : tab === 'all' ? {} : { status: tab }),
        q: settled,
      }),
    [repos, kind, tab, settled],
  );
}
