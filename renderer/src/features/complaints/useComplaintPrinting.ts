import { useCallback } from 'react';
import { buildCalendar } from '@shared/domain/calendar';
import { caseFixDue } from '@shared/domain/complaintDeadlines';
import type { MonthlySummary } from '@shared/domain/complaintMonthly';
import type { MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';
import { DEFAULT_DEADLINES, suggestionReplyDue } from '@shared/domain/deadlines';
import { officeDateOf } from '@shared/domain/officeTime';
import type { CustomerGrade } from '@shared/domain/units';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { CaseRecord } from '../../db/records';
import { buildDispatchForm } from './print/complaintDispatchTemplate';
import { buildMonthlyForm } from './print/complaintMonthlyTemplate';
import { buildSuggestionDigest } from './print/suggestionDigestTemplate';
import { usePrintPreview } from '../../print/PrintPreview';
import type { PrintProfile } from '../../print/printTypes';
import { usePropertyProfile, useSetting, useWorkCalendar } from '../settings/useSettings';
import { useDepartmentName } from './useComplaints';

const NO_PROFILE: PrintProfile = { name: '' };

/** Printing the dispatch form, the monthly forms and the daily suggestion digest; each audited. */
export function useComplaintPrinting() {
  const repos = useRepos();
  const { actor } = useSession();
  const profile = usePropertyProfile() ?? NO_PROFILE;
  const deadlines = useSetting('deadlines') ?? DEFAULT_DEADLINES;
  const cal = useWorkCalendar();
  const departmentName = useDepartmentName();
  const { preview, modal } = usePrintPreview();

  const printDispatch = useCallback(
    (c: CaseRecord, grade?: CustomerGrade) => {
      const fixDue =
        c.kind === 'complaint' ? caseFixDue(c, deadlines, cal ?? buildCalendar()) : undefined;
      const doc = buildDispatchForm(c, profile, {
        departmentName,
        printedAt: nowIso(),
        ...(fixDue ? { fixDue } : {}),
        // The department handling it sees a 大客户/VIP on the paper too.
        ...(grade && grade !== 'normal' ? { grade } : {}),
      });
      preview(doc, () => repos.audit.note(actor, 'print', 'cases', c.id, doc.title));
    },
    [actor, cal, deadlines, departmentName, preview, profile, repos],
  );

  const printMonthly = useCallback(
    (
      summary: MonthlySummary,
      cases: readonly CaseRecord[],
      analysis: readonly MonthlyAnalysisEntry[] = [],
    ) => {
      const doc = buildMonthlyForm(summary, cases, profile, {
        departmentName,
        printedAt: nowIso(),
        analysis,
      });
      preview(doc, () => repos.audit.note(actor, 'print', 'cases', summary.month, doc.title));
    },
    [actor, departmentName, preview, profile, repos],
  );

  /** 建议每日汇总表 of the suggestions just passed to the supervisor (all share one digestAt). */
  const printDigest = useCallback(
    (passed: readonly CaseRecord[]) => {
      const first = passed[0];
      const doc = buildSuggestionDigest(passed, profile, {
        submittedAt: first?.digestAt ?? nowIso(),
        submittedBy: first?.digestByName ?? actor.name,
        replyDue: (c) => suggestionReplyDue(c.receivedAt, deadlines, cal ?? buildCalendar()),
        printedAt: nowIso(),
      });
      preview(doc, () =>
        repos.audit.note(
          actor,
          'print',
          'cases',
          officeDateOf(first?.digestAt ?? nowIso()),
          doc.title,
        ),
      );
    },
    [actor, cal, deadlines, preview, profile, repos],
  );

  return { printDispatch, printMonthly, printDigest, printModal: modal };
}
