/**
 * Keys (钥匙): the office's public-area keys and the keys of unsold units, lent out and
 * returned, and the keys handed to owners at move-in and counted back at move-out.
 *
 * Policy: a loan is overdue from the moment its due time passes without a return; the
 * overdue list shows the longest-overdue first. Keys missing at move-out are charged per key
 * at the `lost_key` fee entered at the desk.
 */

export const KEY_KINDS = { public: '公共区域', unsold: '未售房屋', other: '其他' } as const;
export type KeyKind = keyof typeof KEY_KINDS;

export type LoanState = 'returned' | 'out' | 'overdue';

export interface LoanTimes {
  dueAt: string;
  returnedAt?: string;
}

/** State of a loan at `now` (ISO instants compare as strings once normalised to UTC `Z`). */
export function loanState(loan: LoanTimes, now: string): LoanState {
  if (loan.returnedAt) return 'returned';
  return Date.parse(now) > Date.parse(loan.dueAt) ? 'overdue' : 'out';
}

/** Whole hours a loan is overdue at `now` (0 when not overdue). */
export function hoursOverdue(loan: LoanTimes, now: string): number {
  if (loanState(loan, now) !== 'overdue') return 0;
  return Math.floor((Date.parse(now) - Date.parse(loan.dueAt)) / 3_600_000);
}

/** Loans overdue at `now`, longest overdue first. */
export function overdueLoans<T extends LoanTimes>(loans: readonly T[], now: string): T[] {
  return loans
    .filter((l) => loanState(l, now) === 'overdue')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** Checks a loan before it is stored; Chinese messages. */
export function checkLoan(input: {
  borrower: string;
  reason: string;
  lentAt: string;
  dueAt: string;
}): string[] {
  const problems: string[] = [];
  if (!input.borrower.trim()) problems.push('请填写借用人');
  if (!input.reason.trim()) problems.push('请填写借用事由');
  if (!(Date.parse(input.dueAt) > Date.parse(input.lentAt)))
    problems.push('归还时间必须晚于借出时间');
  return problems;
}

/** What a move-out owes for keys not returned: count handed at move-in minus count back. */
export function missingKeyCharge(
  handed: number,
  returned: number,
  perKeyFen: number,
): { missing: number; chargeFen: number } {
  if (returned < 0 || handed < 0) throw new RangeError('钥匙数量不能为负');
  const missing = Math.max(0, handed - returned);
  return { missing, chargeFen: missing * perKeyFen };
}

/** A rule of this register refused the action; `problems` are Chinese, shown as they are. */
export class KeyRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'KeyRuleError';
  }
}
