import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';

/** The arrears as of `month`, live. */
export function useArrears(month: string) {
  const repos = useRepos();
  return useLiveQuery(() => repos.bills.arrears(month), [repos, month]);
}

/** A unit's bills, settlements, prepayment and chases, live; undefined while loading. */
export function useUnitBills(unitId: string | undefined) {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (!unitId) return undefined;
    const [bills, payments, credit, chases] = await Promise.all([
      repos.bills.forUnit(unitId),
      repos.bills.paymentsForUnit(unitId),
      repos.bills.credit(unitId),
      repos.bills.chases(unitId),
    ]);
    return { bills, payments, credit, chases };
  }, [repos, unitId]);
}
