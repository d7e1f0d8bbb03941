import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReviewWorkbook } from '../../../renderer/src/features/review/report/reviewWorkbook';
import { makeCodeLabel } from '../../../renderer/src/features/review/print/reviewLabels';
import { makeMonthlyReview } from '../../fixtures/monthlyReview';

async function readBack(): Promise<Workbook> {
  const bytes = await buildReviewWorkbook(makeMonthlyReview(), makeCodeLabel());
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer);
  return wb;
}

/** The row whose first cell is `label`, as plain values from column 1. */
function rowOf(wb: Workbook, sheet: string, label: string): unknown[] {
  const ws = wb.getWorksheet(sheet);
  let found: unknown[] = [];
  ws?.eachRow((row) => {
    if (row.getCell(1).value === label) found = (row.values as unknown[]).slice(1);
  });
  return found;
}

describe('monthly report workbook', () => {
  it('lists the month’s survey forms and 满意率, per round and per question', async () => {
    const review = makeMonthlyReview();
    const rate = (numerator: number, denominator: number) => ({
      numerator,
      denominator,
      value: numerator / denominator,
    });
    const surveys = {
      forms: 20,
      satisfaction: rate(45, 60),
      rounds: [
        {
          id: 'r1',
          no: 'DC2026-001',
          title: '年度调查',
          forms: 20,
          satisfaction: rate(45, 60),
          questions: [
            {
              no: 1,
              text: '保安服务',
              counts: { verySatisfied: 10, satisfied: 6, fair: 3, dissatisfied: 1 },
              satisfaction: rate(16, 20),
            },
          ],
        },
      ],
    };
    const bytes = await buildReviewWorkbook(
      { ...review, current: { ...review.current, surveys } },
      makeCodeLabel(),
    );
    const wb = new Workbook();
    await wb.xlsx.load(bytes.buffer);
    expect(rowOf(wb, '满意度调查', '收回调查表（份）')).toEqual(['收回调查表（份）', 20, 0, 0]);
    expect(rowOf(wb, '满意度调查', '调查满意率')).toEqual(['调查满意率', 0.75, '—', '—']);
    expect(rowOf(wb, '满意度调查', '各题满意率：DC2026-001 1. 保安服务')).toEqual([
      '各题满意率：DC2026-001 1. 保安服务',
      0.8,
      '—',
      '—',
    ]);
  });

  it('has one sheet per section, in the report order', async () => {
    const wb = await readBack();
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '投诉',
      '建议',
      '维修',
      '装修',
      '收费',
      '物业费及欠费',
      '登记',
      '咨询来电',
      '满意度调查',
      '重大欠费',
    ]);
    expect(wb.getWorksheet('投诉')?.getRow(1).values).toEqual([
      undefined,
      '项目',
      '本月 2026-10',
      '上月 2026-09',
      '去年同期 2025-10',
      '目标',
    ]);
  });

  it('writes counts, money as yuan numbers with two decimals, and rates as fractions', async () => {
    const wb = await readBack();
    expect(rowOf(wb, '投诉', '投诉受理')).toEqual(['投诉受理', 17, 21, 25]);
    expect(rowOf(wb, '投诉', '处理及时率')).toEqual(['处理及时率', 14 / 16, 18 / 20, '—', 0.95]);
    expect(rowOf(wb, '收费', '收款（元）')).toEqual(['收款（元）', 45678.9, 39012.5, 27500]);
    expect(rowOf(wb, '收费', '方式：微信')).toEqual(['方式：微信', 35000, 35000, 35000]);
    expect(rowOf(wb, '维修', '完成时长中位数（小时）')).toEqual([
      '完成时长中位数（小时）',
      26.5,
      26.5,
      '—',
    ]);
    expect(rowOf(wb, '登记', '其中逾期')).toEqual(['其中逾期', 2, 2, 2]);
    const ws = wb.getWorksheet('收费');
    let fmt: string | undefined;
    ws?.eachRow((row) => {
      if (row.getCell(1).value === '收款（元）') fmt = row.getCell(2).numFmt;
    });
    expect(fmt).toBe('#,##0.00');
  });

  it('writes 有效投诉率 against its ceiling, the households, and 投诉有效率 without a target', async () => {
    const wb = await readBack();
    expect(rowOf(wb, '投诉', '有效投诉率')).toEqual(['有效投诉率', 12 / 1600, 10 / 1600, 0, 0.01]);
    expect(rowOf(wb, '投诉', '入住户数')).toEqual(['入住户数', 1600, 1600, 1600]);
    expect(rowOf(wb, '投诉', '投诉有效率')).toEqual(['投诉有效率', 12 / 17, 10 / 21, 0]);
    const formats: string[] = [];
    wb.getWorksheet('投诉')?.eachRow((row) => {
      if (row.getCell(1).value === '有效投诉率')
        formats.push(String(row.getCell(2).numFmt), String(row.getCell(5).numFmt));
    });
    expect(formats).toEqual(['0.00%', '"< "0.00%']);
  });
});
