/** Adjusting or waiving a bill (调整 / 减免, domain §8): a supervisor's act, with a reason. */

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** A rule of billing refused an action; `problems` are Chinese, shown as they are. */
export class BillingRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'BillingRuleError';
  }
}

/** The shortest reason for adjusting or waiving a bill. */
export const MIN_ADJUST_REASON = 2;

/** Checks an adjustment of a bill to `toFen` (0 with `waive` = 减免): Chinese problems. */
export function checkAdjustment(
  bill: { amountFen: number; paidFen: number; status: string },
  toFen: number,
  reason: string,
): string[] {
  const problems: string[] = [];
  if (bill.status === 'waived') problems.push('该账单已减免');
  if (!Number.isSafeInteger(toFen) || toFen < 0) problems.push('金额无效');
  else if (toFen < bill.paidFen)
    problems.push(`已收 ${yuan(bill.paidFen)} 元，调整后不能低于已收金额`);
  if (toFen === bill.amountFen) problems.push('金额没有变化');
  if (reason.trim().length < MIN_ADJUST_REASON) problems.push('请填写调整原因');
  return problems;
}
