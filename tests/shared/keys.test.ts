import { describe, expect, it } from 'vitest';
import {
  checkLoan,
  hoursOverdue,
  loanState,
  missingKeyCharge,
  overdueLoans,
} from '@shared/domain/keys';

const due = '2026-11-23T10:00:00.000Z';

describe('key overdue logic', () => {
  it('is out until the due time, overdue one millisecond after', () => {
    expect(loanState({ dueAt: due }, '2026-11-23T09:59:59.000Z')).toBe('out');
    expect(loanState({ dueAt: due }, due)).toBe('out');
    expect(loanState({ dueAt: due }, '2026-11-23T10:00:00.001Z')).toBe('overdue');
  });
  it('is returned once returned, even after the due time', () => {
    expect(
      loanState({ dueAt: due, returnedAt: '2026-11-24T08:00:00.000Z' }, '2026-11-30T00:00:00Z'),
    ).toBe('returned');
  });
  it('counts whole hours overdue', () => {
    expect(hoursOverdue({ dueAt: due }, '2026-11-23T12:59:00.000Z')).toBe(2);
    expect(hoursOverdue({ dueAt: due }, '2026-11-23T09:00:00.000Z')).toBe(0);
  });
  it('lists overdue loans longest first, leaving out returned and not-yet-due ones', () => {
    const loans = [
      { id: 'a', dueAt: '2026-11-22T10:00:00.000Z' },
      { id: 'b', dueAt: '2026-11-20T10:00:00.000Z' },
      { id: 'c', dueAt: '2026-11-20T09:00:00.000Z', returnedAt: '2026-11-20T09:30:00.000Z' },
      { id: 'd', dueAt: '2026-11-25T10:00:00.000Z' },
    ];
    expect(overdueLoans(loans, '2026-11-23T00:00:00.000Z').map((l) => l.id)).toEqual(['b', 'a']);
  });
  it('checks a loan', () => {
    expect(
      checkLoan({ borrower: ' ', reason: '', lentAt: due, dueAt: '2026-11-23T09:00:00.000Z' }),
    ).toEqual(['请填写借用人', '请填写借用事由', '归还时间必须晚于借出时间']);
  });
  it('charges missing keys at move-out', () => {
    expect(missingKeyCharge(3, 1, 5_000)).toEqual({ missing: 2, chargeFen: 10_000 });
    expect(missingKeyCharge(3, 4, 5_000)).toEqual({ missing: 0, chargeFen: 0 });
  });
});
