import { useMemo } from 'react';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import { DEFAULT_FEE_ITEMS } from '@shared/domain/fees';
import { makeCodeLabel, type CodeLabel } from '../print/reviewLabels';
import { useSetting } from '../../settings/useSettings';

/** Breakdown code names with this desk's department and fee-item names from the settings. */
export function useReviewLabels(): CodeLabel {
  const departments = useSetting('departments') ?? DEFAULT_DEPARTMENTS;
  const fees = useSetting('fees') ?? DEFAULT_FEE_ITEMS;
  return useMemo(
    () =>
      makeCodeLabel({
        department: (code) => departments.find((d) => d.code === code)?.name,
        feeItem: (code) => fees.find((f) => f.code === code)?.name,
      }),
    [departments, fees],
  );
}
