/**
 * The records behind a bar: for a section, a bucket key and a month, the ids of the facts the
 * figure counted. Each section's figures are derived from the same buckets (or, for cases,
 * from the same per-case summary), so the list and the count always agree.
 */
import { complaintBuckets, suggestionBuckets } from './complaintFigures';
import { addTo, inOfficeMonth, type Buckets, type ReviewContext, type ReviewFacts } from './facts';
import type { EnquiryMonthFacts } from '../enquiries';
import { moneyBuckets } from './moneyFigures';
import { checkMonth } from './months';
import { registerBuckets } from './registerFigures';
import { renovationBuckets } from './renovationFigures';
import { repairBuckets } from './repairFigures';
import { surveyBuckets } from './surveyFigures';
import { feeBuckets, NO_THRESHOLDS } from './feeFigures';
import type { ReviewSection } from './sections';

export { REVIEW_SECTIONS, isReviewSection, type ReviewSection } from './sections';

/** Enquiries of a month by `topic:`, `channel:`, and `firstContact` (settled when recorded). */
function enquiryBuckets(list: readonly EnquiryMonthFacts[]): Buckets {
  const out: Buckets = {};
  for (const e of list) {
    addTo(out, `topic:${e.topic}`, e.id);
    addTo(out, `channel:${e.channel}`, e.id);
    if (e.firstContactSettled) addTo(out, 'firstContact', e.id);
  }
  return out;
}

/** Every bucket of a section for `month`. */
export function sectionBuckets(
  facts: ReviewFacts,
  section: ReviewSection,
  month: string,
  ctx: ReviewContext,
): Buckets {
  checkMonth(month);
  switch (section) {
    case 'complaints':
      return complaintBuckets(facts.cases, month);
    case 'suggestions':
      return suggestionBuckets(facts.cases, month);
    case 'repairs':
      return repairBuckets(facts.workOrders, month);
    case 'renovation':
      return renovationBuckets(facts.renovations, month, ctx.now);
    case 'money':
      return moneyBuckets(facts.moneyDocs, month);
    case 'registers':
      return registerBuckets(facts, month, ctx);
    case 'enquiries':
      return enquiryBuckets(inOfficeMonth(facts.enquiries ?? [], 'receivedAt', month));
    case 'surveys':
      return surveyBuckets(facts.surveyResponses ?? [], month);
    case 'fees':
      return feeBuckets(facts.bills ?? [], month, ctx.majorArrears ?? NO_THRESHOLDS);
  }
}

/** The ids behind one bucket (empty for an unknown key). */
export function idsBehind(
  facts: ReviewFacts,
  section: ReviewSection,
  key: string,
  month: string,
  ctx: ReviewContext,
): string[] {
  return sectionBuckets(facts, section, month, ctx)[key] ?? [];
}
