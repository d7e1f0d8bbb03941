import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import type { VenueSpaceInput } from '@shared/domain/venues';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { pinClock } from '../fixtures/clock';
import { MANAGER_PIN, seedOperators } from '../renderer/operators/fixtures';
import { makeSessionRepos, makeTestRepos } from './makeTestDb';

const hall: VenueSpaceInput = {
  name: '多功能厅',
  place: '会所二楼',
  capacity: 60,
  weekly: Array.from({ length: 7 }, () => ({ open: true, from: '08:00', to: '21:00' })),
  closedOnHolidays: true,
  feeFen: 5_000,
  feeUnit: 'hour',
  depositFen: 20_000,
  active: true,
};
const booking = (spaceId: string, from: string, to: string, date = '2026-11-17') => ({
  spaceId,
  date,
  from,
  to,
  bookerKind: 'unit' as const,
  unitCode: '3-1-1201',
  contactName: '张三',
  contactPhone: '13800138000',
  purpose: '业主生日会',
  attendees: 30,
});

/** A fresh desk with the hall set up and 张三's booking of it today from `from` to `to`, approved. */
async function approvedBooking(from: string, to: string) {
  const repos = makeTestRepos();
  const space = await repos.venues.saveSpace(supervisor, undefined, hall);
  const b = await repos.venues.create(clerk, booking(space.id, from, to));
  await repos.venues.approve(supervisor, b.id);
  return { repos, b };
}

describe('public-space bookings (公共场地使用)', () => {
  it('numbers a booking, refuses a clash and hours outside the opening in the write', async () => {
    const repos = makeTestRepos();
    const space = await repos.venues.saveSpace(supervisor, undefined, hall);
    const b = await repos.venues.create(clerk, booking(space.id, '14:00', '16:00'));
    expect(b).toMatchObject({
      no: 'CD-202611-0001',
      status: 'pending',
      feeFen: 10_000,
      depositFen: 20_000,
    });
    await expect(repos.venues.create(clerk, booking(space.id, '15:00', '17:00'))).rejects.toThrow(
      '该时段已被预约：14:00–16:00（CD-202611-0001）',
    );
    await expect(repos.venues.create(clerk, booking(space.id, '20:00', '22:00'))).rejects.toThrow(
      '超出开放时间',
    );
    await expect(
      repos.venues.create(clerk, booking(space.id, '09:00', '10:00', '2026-10-01')),
    ).rejects.toThrow('法定节假日不开放');
    // Touching the end is free; two bookings at once cannot both take one slot.
    await repos.venues.create(clerk, booking(space.id, '16:00', '17:00'));
    const racing = await Promise.allSettled([
      repos.venues.create(clerk, booking(space.id, '09:00', '11:00')),
      repos.venues.create(clerk, booking(space.id, '10:00', '12:00')),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await repos.venues.list({ text: '张三' })).length).toBe(3);
    const audit = await repos.db.audit.where('table').equals('venueBookings').toArray();
    expect(audit.map((a) => a.summary)).toContain(
      '场地使用 CD-202611-0001 多功能厅 2026-11-17 14:00–16:00',
    );
  });

  it('only a supervisor approves; a clerk claiming the role is refused by her operator row', async () => {
    const repos = makeTestRepos();
    const space = await repos.venues.saveSpace(supervisor, undefined, hall);
    const b = await repos.venues.create(clerk, booking(space.id, '14:00', '16:00'));
    await expect(repos.venues.approve(clerk, b.id)).rejects.toBeInstanceOf(PermissionError);
    await expect(
      repos.venues.pay(clerk, b.id, { requestId: 'r1', method: 'cash' }),
    ).rejects.toThrow('待审批');
    const ok = await repos.venues.approve(supervisor, b.id, '同意');
    expect(ok).toMatchObject({ status: 'approved', approvedByName: '赵主管' });

    const session = makeSessionRepos();
    const ops = await seedOperators(session);
    await session.operators.signIn(ops.manager.id, MANAGER_PIN);
    const s2 = await session.venues.saveSpace(ops.manager, undefined, hall);
    session.operators.endSession();
    await session.operators.signIn(ops.clerk.id, '8642');
    const b2 = await session.venues.create(ops.clerk, booking(s2.id, '09:00', '10:00'));
    await expect(
      session.venues.approve({ ...ops.clerk, role: 'supervisor' }, b2.id),
    ).rejects.toBeInstanceOf(PermissionError);
    expect((await session.venues.get(b2.id))?.status).toBe('pending');
  });

  it('takes fee and deposit as one ledger receipt, refunds the deposit after use with a deduction', async () => {
    const { repos, b } = await approvedBooking('08:00', '09:30');
    const paid = await repos.venues.pay(clerk, b.id, { requestId: 'pay-1', method: 'wechat' });
    expect(paid.receiptNo).toMatch(/^SJ2026-\d{6}$/);
    // A retry returns the same receipt; a second payment is refused.
    expect(
      (await repos.venues.pay(clerk, b.id, { requestId: 'pay-1', method: 'wechat' })).receiptNo,
    ).toBe(paid.receiptNo);
    await expect(
      repos.venues.pay(clerk, b.id, { requestId: 'pay-2', method: 'cash' }),
    ).rejects.toThrow('已收费');
    const doc = await repos.db.receipts.where('no').equals(paid.receiptNo).first();
    expect(doc).toMatchObject({ totalFen: 30_000, source: { kind: 'venueBooking', id: b.id } });
    expect(doc?.lines.map((l) => [l.code, l.amountFen, l.refundable])).toEqual([
      ['venue_fee', 10_000, false],
      ['venue_deposit', 20_000, true],
    ]);
    await expect(repos.venues.cancel(clerk, b.id, '改期')).rejects.toThrow('已收费');

    const refund = {
      requestId: 'ref-1',
      method: 'cash' as const,
      deductFen: 5_000,
      reason: '损坏椅子一把',
    };
    await expect(repos.venues.refundDeposit(clerk, b.id, refund)).rejects.toBeInstanceOf(
      PermissionError,
    );
    // 10:30 now: the slot ended at 09:30.
    const done = await repos.venues.refundDeposit(supervisor, b.id, refund);
    expect(done.booking).toMatchObject({ status: 'done', refundedFen: 15_000, deductedFen: 5_000 });
    const voucher = await repos.db.receipts.where('no').equals(done.refundNo).first();
    expect(voucher).toMatchObject({ kind: 'refund', refundOf: doc?.id, totalFen: 15_000 });
    await expect(
      repos.venues.refundDeposit(supervisor, b.id, { ...refund, requestId: 'ref-2' }),
    ).rejects.toThrow();
    const f = await repos.venues.monthFigures('2026-11');
    expect(f).toMatchObject({
      bookings: 1,
      used: 1,
      feesFen: 10_000,
      refundedFen: 15_000,
      deductedFen: 5_000,
      heldFen: 0,
    });
  });

  it('refuses the deposit back before the slot has ended', async () => {
    const { repos, b } = await approvedBooking('14:00', '16:00');
    await repos.venues.pay(clerk, b.id, { requestId: 'p', method: 'cash' });
    await expect(
      repos.venues.refundDeposit(supervisor, b.id, {
        requestId: 'r',
        method: 'cash',
        deductFen: 0,
        reason: '',
      }),
    ).rejects.toThrow('场地使用结束后才能退押金');
  });

  it("puts today's booking, the approval and the deposit to refund on the board", async () => {
    const repos = makeTestRepos();
    const space = await repos.venues.saveSpace(supervisor, undefined, hall);
    const later = await repos.venues.create(clerk, booking(space.id, '14:00', '16:00'));
    const morning = await repos.venues.create(clerk, booking(space.id, '08:00', '09:00'));
    await repos.venues.approve(supervisor, morning.id);
    await repos.venues.pay(clerk, morning.id, { requestId: 'p', method: 'cash' });
    const kinds = async () =>
      (await repos.today.items(new Date().toISOString()))
        .filter((i) => i.kind.startsWith('venue'))
        .map((i) => `${i.kind}:${i.no}`)
        .sort();
    expect(await kinds()).toEqual([
      `venueApproval:${later.no}`,
      `venueBooking:${later.no}`,
      `venueDepositRefund:${morning.no}`,
    ]);
    await repos.venues.refuse(supervisor, later.id, '当日有物业活动');
    await repos.venues.refundDeposit(supervisor, morning.id, {
      requestId: 'r',
      method: 'cash',
      deductFen: 0,
      reason: '',
    });
    expect(await kinds()).toEqual([]);
  });

  it('holds no deposit to refund once the booking receipt is voided', async () => {
    const { repos, b } = await approvedBooking('08:00', '09:00');
    const paid = await repos.venues.pay(clerk, b.id, { requestId: 'p', method: 'cash' });
    const refunds = async () =>
      (await repos.today.items(new Date().toISOString())).filter(
        (i) => i.kind === 'venueDepositRefund',
      );
    expect(await refunds()).toHaveLength(1);
    const doc = await repos.db.receipts.where('no').equals(paid.receiptNo).first();
    await repos.receipts.void(supervisor, doc?.id ?? '', '收错场地');
    expect(await refunds()).toEqual([]);
  });

  it('books straight to approved when the setting does not ask for approval', async () => {
    pinClock();
    const repos = makeTestRepos();
    await repos.settings.set('venues', { approvalRequired: false, refundDays: 1 }, supervisor);
    const space = await repos.venues.saveSpace(supervisor, undefined, hall);
    const b = await repos.venues.create(clerk, booking(space.id, '14:00', '15:00'));
    expect(b.status).toBe('approved');
  });
});
