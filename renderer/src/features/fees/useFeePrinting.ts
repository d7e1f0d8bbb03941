import { useCallback } from 'react';
import { addDaysToDate } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { usePrintPreview } from '../../print/PrintPreview';
import type { PrintProfile } from '../../print/printTypes';
import { usePropertyProfile } from '../settings/useSettings';
import { buildFeeNotices, type NoticeKind, type NoticePaper } from './print/feeNoticeTemplate';

const NO_PROFILE: PrintProfile = { name: '' };
/** The date a notice asks to be paid by: 交费通知单 in 15 days, 催缴通知书 in 7. */
const DAYS_TO_PAY: Record<NoticeKind, number> = { payment: 15, dunning: 7 };

/** Batch-printing 交费通知单 / 催缴通知书; printing records a notice chase for each unit. */
export function useFeePrinting() {
  const repos = useRepos();
  const { actor } = useSession();
  const profile = usePropertyProfile() ?? NO_PROFILE;
  const { preview, modal } = usePrintPreview();

  const printNotices = useCallback(
    async (
      unitIds: readonly string[],
      month: string,
      kind: NoticeKind,
      paper: NoticePaper,
      today: string,
    ) => {
      const units = (await repos.bills.noticeData(unitIds, month)).filter((u) => u.owedFen > 0);
      if (units.length === 0) return 0;
      const built = buildFeeNotices(units, kind, paper, profile, {
        today,
        deadline: addDaysToDate(today, DAYS_TO_PAY[kind]),
      });
      preview(built, () =>
        repos.bills.noticesPrinted(
          actor,
          units.map((u) => u.unitId),
          kind,
        ),
      );
      return units.length;
    },
    [actor, preview, profile, repos],
  );

  return { printNotices, printModal: modal };
}
