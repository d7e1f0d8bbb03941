import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ArchiveView = 'units' | 'people';

/**
 * What the archive shows lives in the URL (`/archive?unit=…`, `?person=…`, `?building=…`,
 * `?view=people`), so the global search, a reload or another register can open a record.
 */
export function useArchiveParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  const view: ArchiveView = params.get('view') === 'people' ? 'people' : 'units';
  return {
    unitId: params.get('unit') ?? undefined,
    personId: params.get('person') ?? undefined,
    building: params.get('building') ?? undefined,
    view,
    update,
  };
}
