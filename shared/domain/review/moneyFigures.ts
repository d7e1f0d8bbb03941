/**
 * Money of the month: the ledger documents issued in the office month. Valid receipts count
 * as received (by fee item and by payment method), valid refund vouchers as refunds; voided
 * documents of either kind are counted apart and move no money.
 */
import { idsOf, inOfficeMonth, put, type Buckets, type Groups, type MoneyDocFacts } from './facts';
import type { FenByKey, MoneyFigures } from './figures';

/** Keys: `receipts`, `item:<code>`, `method:<method>`, `refunds`, `voids`. */
function moneyGroups(docs: readonly MoneyDocFacts[], month: string): Groups<MoneyDocFacts> {
  const out: Groups<MoneyDocFacts> = {};
  for (const d of inOfficeMonth(docs, 'issuedAt', month)) {
    if (d.status === 'void') put(out, 'voids', d);
    else if (d.kind === 'refund') put(out, 'refunds', d);
    else {
      put(out, 'receipts', d);
      put(out, `method:${d.method}`, d);
      for (const code of new Set(d.lines.map((l) => l.code))) put(out, `item:${code}`, d);
    }
  }
  return out;
}

/** The documents behind each money bar (keys as `moneyGroups`). */
export function moneyBuckets(docs: readonly MoneyDocFacts[], month: string): Buckets {
  return idsOf(moneyGroups(docs, month));
}

/** The money figures of `month`. */
export function moneyFigures(docs: readonly MoneyDocFacts[], month: string): MoneyFigures {
  const g = moneyGroups(docs, month);
  const of = (key: string) => g[key] ?? [];
  const total = (list: readonly MoneyDocFacts[]) => list.reduce((s, d) => s + d.totalFen, 0);
  const receipts = of('receipts');
  const byItemFen: FenByKey = {};
  const byMethodFen: FenByKey = {};
  for (const r of receipts) {
    byMethodFen[r.method] = (byMethodFen[r.method] ?? 0) + r.totalFen;
    for (const l of r.lines) byItemFen[l.code] = (byItemFen[l.code] ?? 0) + l.amountFen;
  }
  return {
    receivedFen: total(receipts),
    receiptCount: receipts.length,
    byItemFen,
    byMethodFen,
    refundCount: of('refunds').length,
    refundFen: total(of('refunds')),
    voidCount: of('voids').length,
    voidFen: total(of('voids')),
  };
}
