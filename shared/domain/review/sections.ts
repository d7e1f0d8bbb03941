import { codesOf } from '../codes';

/** The monthly review's sections, in the order the screen, report and workbook show them. */
export const REVIEW_SECTION_LABELS = {
  complaints: '投诉',
  suggestions: '建议',
  repairs: '维修',
  renovation: '装修',
  money: '收费',
  registers: '登记',
  enquiries: '咨询来电',
  surveys: '满意度调查',
  fees: '物业费及欠费',
};
export type ReviewSection = keyof typeof REVIEW_SECTION_LABELS;
export const REVIEW_SECTIONS = codesOf(REVIEW_SECTION_LABELS);

export function isReviewSection(s: string): s is ReviewSection {
  return (REVIEW_SECTIONS as readonly string[]).includes(s);
}
