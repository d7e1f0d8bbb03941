import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { checkMonth } from '@shared/domain/review/months';
import { useOfficeToday } from '../../components/useOfficeClock';

// The month last looked at in this window: the side menu opens /review without a month, and
// a manager coming back from the records behind a bar expects the month she was reading.
const REMEMBERED_KEY = 'taizhang.review.month';

function validMonth(value: string | null): string | undefined {
  if (value === null) return undefined;
  try {
    checkMonth(value);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * The review's month: `?month=YYYY-MM` in the URL, else the one last chosen in this window,
 * else the current office month. Choosing one writes both.
 */
export function useReviewMonth(): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const today = useOfficeToday();
  const month =
    validMonth(params.get('month')) ??
    validMonth(sessionStorage.getItem(REMEMBERED_KEY)) ??
    today.slice(0, 7);
  const choose = useCallback(
    (next: string) => {
      sessionStorage.setItem(REMEMBERED_KEY, next);
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          out.set('month', next);
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [month, choose];
}
