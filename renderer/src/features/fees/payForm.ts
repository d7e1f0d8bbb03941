import { settleOldestFirst, type Allocation, type OpenBill } from '@shared/domain/arrears';
import { parseAmountToFen } from '@shared/domain/money';

/** What the pay form works out from the amount typed and the bills ticked. */
export interface PayPlan {
  allocations: Allocation[];
  settledFen: number;
  prepayFen: number;
  error?: string;
}

/**
 * The typed amount over the ticked bills, oldest first; what is left over is prepayment. A blank
 * amount pays the ticked bills in full.
 */
export function planPayment(
  bills: readonly OpenBill[],
  picked: ReadonlySet<string>,
  amountText: string,
  maxFen: number,
): PayPlan {
  const chosen = bills.filter((b) => picked.has(b.id));
  const due = chosen.reduce((s, b) => s + b.openFen, 0);
  let amount = due;
  if (amountText.trim() !== '') {
    const parsed = parseAmountToFen(amountText, { maxFen });
    if (!parsed.ok) return { allocations: [], settledFen: 0, prepayFen: 0, error: parsed.error };
    amount = parsed.fen;
  }
  if (amount <= 0) return { allocations: [], settledFen: 0, prepayFen: 0, error: '金额必须大于 0' };
  const { allocations, leftoverFen } = settleOldestFirst(chosen, amount);
  return { allocations, settledFen: amount - leftoverFen, prepayFen: leftoverFen };
}
