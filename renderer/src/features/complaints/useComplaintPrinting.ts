import { useCallback } from 'react';
import { buildCalendar } from '@shared/domain/calendar';
import { caseFixDue } from '@shared/domain/complaintDeadlines';
import type { MonthlySummary } from '@shared/domain/complaintMonthly';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { CaseRecord } from '../../db/records';
import { buildDispatchForm } from './print/complaintDispatchTemplate';
import { buildMonthlyForm } from './print/complaintMonthlyTemplate';
import { usePrintPreview } from '../../print/PrintPreview';
import type { PrintProfile } from '../../print/printTypes';
import { usePropertyProfile, useSetting, useWorkCalendar } from '../settings/useSettings';
import { useDepartmentName } from './useComplaints';

const NO_PROFILE: PrintProfile = { name: '' };

/** Printing the dispatch form and the monthly forms; each print is audited. */
export function useComplaintPrinting() {
  const repos = useRepos();
  const { actor } = useSession();
  const profile = usePropertyProfile() ?? NO_PROFILE;
  const deadlines = useSetting('deadlines') ?? DEFAULT_DEADLINES;
  const cal = useWorkCalendar();
  const departmentName = useDepartmentName();
  const { preview, modal } = usePrintPreview();

  const printDispatch = useCallback(
    (c: CaseRecord) => {
      const fixDue =
        c.kind === 'complaint' ? caseFixDue(c, deadlines, cal ?? buildCalendar()) : undefined;
      const doc = buildDispatchForm(c, profile, {
        departmentName,
        printedAt: nowIso(),
        ...(fixDue ? { fixDue } : {}),
      });
      preview(doc, () => repos.audit.note(actor, 'print', 'cases', c.id, doc.title));
    },
    [actor, cal, deadlines, departmentName, preview, profile, repos],
  );

  const printMonthly = useCallback(
    (summary: MonthlySummary, cases: readonly CaseRecord[]) => {
      const doc = buildMonthlyForm(summary, cases, profile, {
        departmentName,
        printedAt: nowIso(),
      });
      preview(doc, () => repos.audit.note(actor, 'print', 'cases', summary.month, doc.title));
    },
    [actor, departmentName, preview, profile, repos],
  );

  return { printDispatch, printMonthly, printModal: modal };
}
