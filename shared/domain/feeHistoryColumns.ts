/**
 * The columns of a fee-history sheet (历史缴费导入, issue 18) and which header of a file is
 * which: what the clerk mapped for the last file first, then only headers that really name a
 * column. The rows are checked in feeHistory.ts.
 */
import { z } from 'zod';

export const FEE_HISTORY_FIELDS = [
  'unit',
  'item',
  'cycle',
  'start',
  'end',
  'paidAt',
  'due',
  'paid',
  'cashier',
  'notes',
] as const;
export type FeeHistoryField = (typeof FEE_HISTORY_FIELDS)[number];

export interface HistoryColumn {
  field: FeeHistoryField;
  header: string;
  aliases: readonly string[];
  required: boolean;
}

const col = (
  field: FeeHistoryField,
  header: string,
  required: boolean,
  aliases: string,
): HistoryColumn => ({ field, header, required, aliases: aliases.split(' ') });

/** The sheet's columns, with the names other systems give them (space-separated). */
export const FEE_HISTORY_COLUMNS: readonly HistoryColumn[] = [
  col('unit', '房屋', true, '房号 房屋编号 房屋号 房间'),
  col('item', '收费项目', true, '费用项目 费用名称 收费项 费用项'),
  col('cycle', '缴费周期', false, '周期 计费周期'),
  col('start', '开始时间', true, '开始日期 计费开始时间 计费起始时间 起始时间 起始日期'),
  col('end', '结束时间', true, '结束日期 计费结束时间 截止时间 截止日期'),
  col('paidAt', '缴费时间', false, '缴费日期 收费时间 收费日期 收款时间'),
  col('due', '应缴金额', true, '应收金额 应缴 应收'),
  col('paid', '实缴金额', false, '实收金额 实缴 实收'),
  col('cashier', '收银员', false, '收费员 操作员 经办人'),
  col('notes', '备注', false, '说明'),
];

export type FeeHistoryMapping = Partial<Record<FeeHistoryField, string>>;

const fold = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/\s+|\*|[(（][^)）]*[)）]|[:：]$/g, '')
    .toLowerCase();

/**
 * The clerk's mapping of the last file (setting `feeHistoryColumns`): field → header. Only
 * fields are checked; a header the next file lacks is simply not used.
 */
export const feeHistoryMappingSchema = z.partialRecord(
  z.enum(FEE_HISTORY_FIELDS),
  z.string().min(1).max(200),
) satisfies z.ZodType<FeeHistoryMapping, unknown>;

/**
 * Which header is which column. First what the clerk mapped for the last file (`remembered`),
 * where this file has that header; then the template's names and the known aliases, matched
 * whole (brackets and spaces aside), so a header is guessed only for what it really names —
 * `房屋类型` is no 房屋, `收费项目编码` no 收费项目. Each header feeds one field; the rest the
 * clerk maps or leaves out in the mapping step.
 */
export function feeHistoryMapping(
  headers: readonly string[],
  remembered: FeeHistoryMapping = {},
): FeeHistoryMapping {
  const out: FeeHistoryMapping = {};
  for (const field of FEE_HISTORY_FIELDS) {
    const h = remembered[field];
    if (h && headers.includes(h) && !Object.values(out).includes(h)) out[field] = h;
  }
  for (const col of FEE_HISTORY_COLUMNS) {
    if (out[col.field] !== undefined) continue;
    const names = [col.header, ...col.aliases].map(fold);
    const hit = headers.find((h) => names.includes(fold(h)) && !Object.values(out).includes(h));
    if (hit) out[col.field] = hit;
  }
  return out;
}
