import { describe, expect, it } from 'vitest';
import type { Actor } from '@shared/domain/record';
import { fromNow, pinClock, TEST_NOW } from '../fixtures/clock';
import { clerk } from '../fixtures/moneyActors';
import { makeIntake } from '../fixtures/complaints';
import { makeTestRepos } from './makeTestDb';

const manager: Actor = { id: 'mgr-1', name: '孙经理', role: 'manager' };
const HOUR = 3_600_000;
// Relative to the pinned clock: TEST_NOW is a working Tuesday, so four days on (Saturday)
// every working-day deadline counted from it has passed.
const later = fromNow;
const brief = (items: { kind: string; state: string }[]) =>
  items.map((i) => `${i.kind}/${i.state}`);

const visit = {
  name: '李四',
  idType: 'idCard',
  idNumber: '11010519491231002X',
  phone: '',
  unitCode: '3-1-1201',
  host: '',
  reason: '探亲',
  people: 1,
};

type Repos = ReturnType<typeof makeTestRepos>;
/** A public key, lent at once: the board only sees the loan. */
async function lendKey(
  repos: Repos,
  label: string,
  name: string,
  loan: { borrower: string; reason: string; dueAt: string },
) {
  const key = await repos.keys.createKey(clerk, { label, name, kind: 'public', count: 1 });
  return repos.keys.lend(clerk, key.id, loan);
}

describe('today board repository', () => {
  it('is empty on a fresh database', async () => {
    const repos = makeTestRepos();
    expect(await repos.today.items(later(0))).toEqual([]);
  });

  it('lists overdue mail, keys, visitors, complaints and handover items, and drops them once settled', async () => {
    pinClock(TEST_NOW);
    const repos = makeTestRepos();
    const [waiting, collected] = await repos.mail.receiveBatch(clerk, {
      carrier: '邮政',
      items: [
        { kind: 'letter', count: 1, unitCode: '5-301', addressee: '王五', trackingNo: '' },
        { kind: 'letter', count: 1, unitCode: '5-302', addressee: '', trackingNo: '' },
      ],
    });
    await repos.mail.pickUp(clerk, [collected!.id], '赵六');
    const loan = await lendKey(repos, 'K-01', '配电房', {
      borrower: '刘师傅',
      reason: '检修',
      dueAt: later(HOUR),
    });
    const v = await repos.visitors.checkIn(clerk, visit);
    const c = await repos.complaints.intake(clerk, makeIntake({ receivedAt: later(0) }));
    const h = await repos.handovers.open(clerk);
    await repos.handovers.addItem(clerk, h.id, '3-1-1201 漏水待回复');

    // Four days on: the mail has waited past 3 days, the key is late, the visitor overstays,
    // the complaint's feedback and fix deadlines have passed, the handover item is old.
    const items = await repos.today.items(later(4 * 24 * HOUR));
    expect(brief(items).sort()).toEqual(
      [
        'complaintDeadline/overdue',
        'complaintDeadline/overdue',
        'handoverItem/overdue',
        'keyOverdue/overdue',
        'mailUncollected/overdue',
        'visitorOverstay/overdue',
      ].sort(),
    );
    const mail = items.find((i) => i.kind === 'mailUncollected')!;
    expect(mail.recordId).toBe(waiting!.id);
    expect(mail.route).toBe(`/mail?open=${waiting!.id}`);
    expect(items.find((i) => i.kind === 'keyOverdue')!.recordId).toBe(loan.id);
    expect(items.find((i) => i.kind === 'complaintDeadline')!.no).toBe(c.no);

    await repos.mail.pickUp(clerk, [waiting!.id], '王五');
    await repos.keys.giveBack(clerk, loan.id);
    await repos.visitors.checkOut(clerk, v.id);
    const left = await repos.today.items(later(4 * 24 * HOUR));
    expect(brief(left).sort()).toEqual([
      'complaintDeadline/overdue',
      'complaintDeadline/overdue',
      'handoverItem/overdue',
    ]);
  });

  it('counts a complaint taken on a Saturday in working days: on Wednesday its fix is due today', async () => {
    // Weekend on purpose: Saturday 2026-12-05 10:00 office time. Feedback (24 clock hours) is
    // overdue by Wednesday, but the fix deadline (3 working days: Mon, Tue, Wed) is today.
    pinClock('2026-12-05T02:00:00Z');
    const repos = makeTestRepos();
    await repos.complaints.intake(clerk, makeIntake({ receivedAt: '2026-12-05T10:00:00+08:00' }));
    expect(brief(await repos.today.items('2026-12-09T02:00:00.000Z')).sort()).toEqual([
      'complaintDeadline/overdue',
      'complaintDeadline/today',
    ]);
  });

  it('shows the key due later today as today and nothing due tomorrow', async () => {
    pinClock('2026-11-23T01:00:00Z');
    const repos = makeTestRepos();
    await lendKey(repos, 'K-02', '会所', {
      borrower: '保洁',
      reason: '打扫',
      dueAt: '2026-11-23T09:00:00.000Z',
    });
    await lendKey(repos, 'K-03', '泵房', {
      borrower: '工程',
      reason: '巡检',
      dueAt: '2026-11-24T02:00:00.000Z',
    });
    expect(brief(await repos.today.items('2026-11-23T02:00:00.000Z'))).toEqual([
      'keyOverdue/today',
    ]);
  });

  it('reads the deadline settings: a longer mail period keeps mail off the board', async () => {
    const repos = makeTestRepos();
    await repos.mail.receiveBatch(clerk, {
      carrier: '顺丰',
      items: [{ kind: 'parcel', count: 1, unitCode: '1-101', addressee: '', trackingNo: '' }],
    });
    expect(brief(await repos.today.items(later(4 * 24 * HOUR)))).toEqual([
      'mailUncollected/overdue',
    ]);
    const deadlines = await repos.settings.get('deadlines');
    await repos.settings.set('deadlines', { ...deadlines, mailUncollectedWarnDays: 7 }, manager);
    expect(await repos.today.items(later(4 * 24 * HOUR))).toEqual([]);
  });
});
