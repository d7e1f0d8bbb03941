import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReviewWorkbook } from '../../../renderer/src/features/review/report/reviewWorkbook';
import { makeCodeLabel } from '../../../renderer/src/features/review/print/reviewLabels';
import { makeFeeReview } from '../../fixtures/feeReview';

async function rowsOf(sheet: string): Promise<unknown[][]> {
  const wb = new Workbook();
  await wb.xlsx.load((await buildReviewWorkbook(makeFeeReview(), makeCodeLabel())).buffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('monthly report workbook: 物业费及欠费 (issue 18)', () => {
  it('lists 收费率, arrears by age band and by building in yuan', async () => {
    const rows = await rowsOf('物业费及欠费');
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(row('本月应收（元）')?.[1]).toBe(300);
    expect(row('本月收费率')?.[1]).toBeCloseTo(12_500 / 30_000);
    expect(row('往期欠费收缴率')?.[1]).toBe(0);
    expect(row('账龄 1 个月（元）')?.[1]).toBe(175);
    expect(row('账龄 7–12 个月（元）')?.[1]).toBe(100);
    expect(row('楼栋 2（元）')?.[1]).toBe(200);
    expect(row('重大欠费（户）')?.[1]).toBe(1);
  });

  it('has the month’s 重大欠费 units on their own sheet', async () => {
    expect(await rowsOf('重大欠费')).toEqual([
      ['房号', '楼栋', '欠费（元）', '最早欠费（月）'],
      ['2-1-201', '2', 200, 9],
    ]);
  });
});
