import { describe, expect, it } from 'vitest';
import { summarizeCashup } from '@shared/domain/cashup';
import type { CashupDocLine } from '../../../renderer/src/db/records';
import { buildCashupSheet } from '../../../renderer/src/features/cashup/print/cashupTemplate';
import { makePrintableReceipt, makePrintableRefund, PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

function shiftDocs() {
  const big = makePrintableReceipt();
  const cash = makePrintableReceipt({
    id: 'r-2',
    no: 'SJ2026-000124',
    method: 'cash',
    totalFen: 2_000,
    payerName: '张三',
    unitCode: '5-2-0801',
  });
  const voided = makePrintableReceipt({
    id: 'r-3',
    no: 'SJ2026-000125',
    method: 'cash',
    totalFen: 30_000,
    status: 'void',
    payerName: '李四',
  });
  const refund = makePrintableRefund({ id: 't-2', method: 'cash', totalFen: 96_000 });
  return [big, cash, voided, refund];
}

const line = (d: ReturnType<typeof shiftDocs>[number]): CashupDocLine => ({
  id: d.id,
  no: d.no,
  kind: d.kind,
  status: d.status,
  issuedAt: d.issuedAt,
  method: d.method,
  totalFen: d.totalFen,
  payerName: d.payerName,
  ...(d.unitCode ? { unitCode: d.unitCode } : {}),
});

describe('cash-up sheet (交班对账单) printed to PDF', () => {
  it('A4: totals by method, expected and counted cash in figures and 大写, the explanation, every document', async () => {
    const docs = shiftDocs();
    const summary = summarizeCashup({ docs, floatFen: 100_000 });
    expect(summary.expectedCashFen).toBe(6_000);
    const doc = buildCashupSheet(
      {
        mode: 'cashup',
        clerkName: '王前台',
        periodFrom: '2026-03-02T00:30:00.000Z',
        periodTo: '2026-03-02T09:00:00.000Z',
        summary,
        docs: docs.map(line),
        closing: {
          countedCashFen: 5_950,
          differenceFen: -50,
          explanation: '找零多找五角',
          handedTo: '李前台',
        },
        printedAt: '2026-03-02T09:01:00.000Z',
      },
      PROFILE,
    );
    const text = (await printChecked(browser(), doc.html, 'cashup-a4', { pages: 1, ...PAPER.A4 }))
      .flat;
    expect(text).toContain('交班对账单');
    expect(text).toContain('王前台');
    expect(text).toContain('微信11,400.00'); // the big receipt was paid by WeChat
    expect(text).toContain('应有现金60.00');
    expect(text).toContain('实点现金59.50');
    expect(text).toContain('短款0.50');
    expect(text).toContain('伍拾玖元伍角');
    expect(text).toContain('找零多找五角');
    for (const no of ['SJ2026-000123', 'SJ2026-000124', 'SJ2026-000125', 'TK2026-000045'])
      expect(text).toContain(no);
    expect(text).toContain('-960.00');
  });

  it('day book of all clerks: no cash counting section', async () => {
    const docs = shiftDocs();
    const doc = buildCashupSheet(
      {
        mode: 'dayBook',
        periodFrom: '2026-03-01T16:00:00.000Z',
        periodTo: '2026-03-02T16:00:00.000Z',
        date: '2026-03-02',
        summary: summarizeCashup({ docs }),
        docs: docs.map(line),
        printedAt: '2026-03-02T09:01:00.000Z',
      },
      PROFILE,
    );
    const text = (await printChecked(browser(), doc.html, 'daybook-a4', { pages: 1 })).flat;
    expect(text).toContain('收费日记账');
    expect(text).toContain('全部收费员');
    expect(text).not.toContain('实点现金');
  });
});
