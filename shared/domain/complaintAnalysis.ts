/**
 * 原因分析 and 纠正/预防措施 of the monthly complaint summary (投诉情况月度汇总单, 001 §14(十一):
 * preventing repeats is the point of the form). The supervisor writes them for the month, per
 * complaint category or per major case; they are stored with the month, audited, printed on the
 * 汇总单 and the monthly report, and carried into the branch summary file.
 */
import { z } from 'zod';
import { repeatsIn } from './schemaHelpers';
import { COMPLAINT_CATEGORIES } from './complaints';

/** One cause and its measures: for a category (`class1`…) or a major case (its TS- number). */
export interface MonthlyAnalysisEntry {
  scope: string;
  cause: string;
  measures: string;
}

const CASE_NO = /^TS-\d{6}-\d{4,}$/;

/** A scope is a complaint category or a complaint's number. */
export function isAnalysisScope(scope: string): boolean {
  return (COMPLAINT_CATEGORIES as readonly string[]).includes(scope) || CASE_NO.test(scope);
}

export const monthlyAnalysisEntrySchema = z.object({
  scope: z.string().refine(isAnalysisScope, '请选择投诉类别或重大投诉'),
  cause: z.string().trim().min(1, '请填写原因分析').max(500, '最多 500 个字'),
  measures: z.string().trim().min(1, '请填写纠正/预防措施').max(500, '最多 500 个字'),
});

/** The month's entries: at most one per scope. */
export const monthlyAnalysisSchema = z.object({
  entries: z
    .array(monthlyAnalysisEntrySchema)
    .max(30, '最多 30 条')
    .superRefine((list, ctx) => {
      for (const { index } of repeatsIn(list, (e) => e.scope))
        ctx.addIssue({ code: 'custom', path: [index, 'scope'], message: '同一类别或案件只填一条' });
    }),
});
export type MonthlyAnalysisInput = z.input<typeof monthlyAnalysisSchema>;

/**
 * The scopes a month's analysis is written for: each category with complaints received in the
 * month, then each major case of the month (by number).
 */
export function analysisScopes(
  byCategory: Readonly<Record<string, number>>,
  majorCaseNos: readonly string[],
): string[] {
  const categories = COMPLAINT_CATEGORIES.filter((c) => (byCategory[c] ?? 0) > 0);
  return [...categories, ...[...majorCaseNos].sort()];
}

/** Entries in scope order (categories, then cases by number); for the printed forms. */
export function orderedEntries(entries: readonly MonthlyAnalysisEntry[]): MonthlyAnalysisEntry[] {
  const rank = (s: string) => {
    const i = (COMPLAINT_CATEGORIES as readonly string[]).indexOf(s);
    return i >= 0 ? i : COMPLAINT_CATEGORIES.length;
  };
  return [...entries].sort(
    (a, b) => rank(a.scope) - rank(b.scope) || a.scope.localeCompare(b.scope),
  );
}
