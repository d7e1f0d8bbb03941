import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSheet } from '../../../renderer/src/components/exportSheet';
import type { ReceiptRecord } from '../../../renderer/src/db/records';
import { buildLedgerWorkbook } from '../../../renderer/src/features/money/ledgerExcel';
import { makeReceiptDoc, stamps } from '../../fixtures/money';

async function readBack(bytes: Uint8Array<ArrayBuffer>): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer);
  return wb;
}

function ledgerRow(over: Partial<ReceiptRecord>): ReceiptRecord {
  return {
    ...makeReceiptDoc(),
    requestId: 'req',
    payerKind: 'owner',
    payerName: '张三',
    clerkName: '李前台',
    itemCodes: [],
    printCount: 0,
    ...stamps('2026-03-02T02:00:00.000Z', 'clerk-1'),
    ...over,
  } as ReceiptRecord;
}

describe('the sheet builder', () => {
  it('writes a bold, frozen header and money columns as yuan with two decimals', async () => {
    const wb = await readBack(
      await buildSheet(
        '台账',
        [
          { header: '名称', width: 10, value: (r: { name: string; fen: number }) => r.name },
          { header: '金额', width: 12, money: true, value: (r) => r.fen / 100 },
        ],
        [{ name: '保证金', fen: 123_456 }],
      ),
    );
    const sheet = wb.getWorksheet('台账');
    expect(sheet?.getRow(1).values).toEqual([undefined, '名称', '金额']);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(2).getCell(2).value).toBe(1234.56);
    expect(sheet?.getRow(2).getCell(2).numFmt).toBe('#,##0.00');
    expect(sheet?.getRow(2).getCell(1).numFmt).toBeUndefined();
  });

  it('puts a refund out and a void document at nothing in the ledger’s signed column', async () => {
    const wb = await readBack(
      await buildLedgerWorkbook([
        ledgerRow({ no: 'SJ-1', totalFen: 10_000 }),
        ledgerRow({ no: 'TK-1', kind: 'refund', totalFen: 2_500 }),
        ledgerRow({ no: 'SJ-2', status: 'void', totalFen: 5_000, voidReason: '写错' }),
      ]),
    );
    const sheet = wb.worksheets[0];
    const signed = [2, 3, 4].map((r) => sheet?.getRow(r).getCell(9).value);
    expect(signed).toEqual([100, -25, 0]);
    expect(sheet?.getRow(4).getCell(14).value).toBe('写错');
  });
});
