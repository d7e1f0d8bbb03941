/**
 * The branch summary file (分公司汇总文件, domain brief §8): one estate's month as JSON with a
 * format name and a schema version, exported from the monthly review and imported on the
 * branch's PC to compare estates. Policy: a file is accepted only whole — every field valid,
 * a version this app reads (2, or 1 from older apps, read without its households), not a
 * second copy of an estate's month already imported — else it is refused with one Chinese
 * reason and nothing of it is kept.
 */
import type { z } from 'zod';
import type { MonthlyAnalysisEntry } from '../complaintAnalysis';
import type { MonthlyFigures, MonthlyReview, TrendPoint } from './figures';
import {
  BRANCH_SUMMARY_FORMAT,
  BRANCH_SUMMARY_VERSION,
  BRANCH_SUMMARY_VERSIONS,
  FIELD_LABELS,
  branchSummarySchemaOf,
  type BranchSummaryVersion,
} from './branchSummarySchema';
import { duplicateJsonKey } from './jsonKeys';

export { BRANCH_SUMMARY_FORMAT, BRANCH_SUMMARY_VERSION };

/** A summary's file text is refused above this size; a real one is a few kilobytes. */
export const BRANCH_SUMMARY_MAX_CHARS = 1_000_000;

export interface BranchSummary {
  format: typeof BRANCH_SUMMARY_FORMAT;
  /** The file's version; its figures are always in the current shape once read. */
  schemaVersion: BranchSummaryVersion;
  estateName: string;
  month: string;
  exportedAt: string;
  appVersion: string;
  figures: MonthlyFigures;
  trend?: TrendPoint[];
  /** 原因分析 and 纠正/预防措施 of the month's complaints (version 3). */
  analysis?: MonthlyAnalysisEntry[];
}

export type ParsedBranchSummary =
  { ok: true; summary: BranchSummary } | { ok: false; error: string };

/** The summary of a review's current month, with the 12-month trend. */
export function buildBranchSummary(
  review: MonthlyReview,
  meta: { exportedAt: string; appVersion: string; analysis?: readonly MonthlyAnalysisEntry[] },
): BranchSummary {
  return {
    format: BRANCH_SUMMARY_FORMAT,
    schemaVersion: BRANCH_SUMMARY_VERSION,
    estateName: review.estateName,
    month: review.current.month,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    figures: review.current,
    trend: [...review.trend],
    ...(meta.analysis && meta.analysis.length > 0 ? { analysis: [...meta.analysis] } : {}),
  };
}

/** The file text: indented so a person opening it can read it. */
export function branchSummaryText(summary: BranchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** Shows a value from the file in a message: short, one line. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const line = text.replace(/\s+/g, ' ');
  return line.length > 20 ? `${line.slice(0, 20)}…` : line;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `第${p + 1}项` : (FIELD_LABELS[String(p)] ?? String(p))))
    .join(' › ');
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : '类型不对';
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : '不能为负数或过小';
    case 'too_big':
      return '数值或长度过大';
    case 'invalid_format':
      return '格式不对';
    case 'not_multiple_of':
      return '必须是整数';
    case 'custom':
      if (issue.message === 'numerator_exceeds') return '分子大于分母';
      if (issue.message === 'month_mismatch') return '与文件的月份不一致';
      if (issue.message === 'too_many_keys') return '项目过多';
      if (issue.message === 'valid_mismatch') return '与有效投诉数不一致';
      return '不合法';
    default:
      return '不合法';
  }
}

/** Where `text` has to be refused before looking at fields, or undefined. */
function refuseEnvelope(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return '这不是分公司汇总文件（内容不是汇总数据）。';
  const obj = raw as Record<string, unknown>;
  if (obj['format'] !== BRANCH_SUMMARY_FORMAT)
    return '这不是分公司汇总文件（缺少“taizhang-branch-summary”格式标记）。';
  if (fileVersion(obj) === undefined)
    return `文件版本为 ${shown(obj['schemaVersion'] ?? '未注明')}，本程序支持版本 ${BRANCH_SUMMARY_VERSIONS.join('、')}，请用相同版本的软件重新导出。`;
  return undefined;
}

function fileVersion(obj: Record<string, unknown>): BranchSummaryVersion | undefined {
  const v = obj['schemaVersion'];
  return BRANCH_SUMMARY_VERSIONS.find((known) => known === v);
}

/**
 * Reads one summary file's text: the summary, or why it is refused (in Chinese, for the
 * screen). Never throws; hostile text in the file is only ever returned as data.
 */
export function parseBranchSummary(text: string): ParsedBranchSummary {
  if (text.length > BRANCH_SUMMARY_MAX_CHARS)
    return { ok: false, error: '文件过大（超过 1 MB），不是分公司汇总文件。' };
  if (text.trim() === '') return { ok: false, error: '文件是空的。' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: '文件不是有效的 JSON（已损坏、不完整或不是汇总文件）。' };
  }
  const envelope = refuseEnvelope(raw);
  if (envelope) return { ok: false, error: envelope };
  const duplicate = duplicateJsonKey(text);
  if (duplicate !== undefined)
    return { ok: false, error: `文件中“${shown(duplicate)}”出现了两次，无法确定取哪个值。` };
  const version = fileVersion(raw as Record<string, unknown>) ?? BRANCH_SUMMARY_VERSION;
  const parsed = branchSummarySchemaOf(version).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? fieldPath(first.path) : '';
    const what = first ? issueText(first) : '不合法';
    const more =
      parsed.error.issues.length > 1 ? `（另有 ${parsed.error.issues.length - 1} 处错误）` : '';
    return { ok: false, error: `字段「${where}」${what}${more}，文件未导入。` };
  }
  const s = parsed.data;
  const summary: BranchSummary = {
    format: s.format,
    schemaVersion: s.schemaVersion,
    estateName: s.estateName,
    month: s.month,
    exportedAt: s.exportedAt,
    appVersion: s.appVersion,
    figures: s.figures,
    ...(s.trend ? { trend: s.trend } : {}),
    ...(s.analysis ? { analysis: s.analysis } : {}),
  };
  return { ok: true, summary };
}

export interface SummaryFile {
  name: string;
  text: string;
}

export interface BranchImport {
  accepted: { name: string; summary: BranchSummary }[];
  refused: { name: string; error: string }[];
}

/**
 * Reads several files against those already imported: each is parsed alone, and one whose
 * estate and month are already there (from before or earlier in this batch) is refused.
 */
export function importBranchSummaries(
  files: readonly SummaryFile[],
  existing: readonly { name: string; summary: BranchSummary }[] = [],
): BranchImport {
  const out: BranchImport = { accepted: [], refused: [] };
  const seen = new Map(
    existing.map((e) => [`${e.summary.estateName}\u0000${e.summary.month}`, e.name]),
  );
  for (const file of files) {
    const parsed = parseBranchSummary(file.text);
    if (!parsed.ok) {
      out.refused.push({ name: file.name, error: parsed.error });
      continue;
    }
    const key = `${parsed.summary.estateName}\u0000${parsed.summary.month}`;
    const before = seen.get(key);
    if (before !== undefined) {
      out.refused.push({
        name: file.name,
        error: `与已导入的「${before}」重复：${parsed.summary.estateName} ${parsed.summary.month} 只能导入一次。`,
      });
      continue;
    }
    seen.set(key, file.name);
    out.accepted.push({ name: file.name, summary: parsed.summary });
  }
  return out;
}
