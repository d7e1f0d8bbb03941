import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PermissionError } from '@shared/domain/record';
import { TaizhangDB } from '../../renderer/src/db/database';
import { createRepositories } from '../../renderer/src/db/repositories';
import { SessionEndedError, ForeignActorError } from '../../renderer/src/db/session';
import { makePerson, makeUnit } from '../fixtures/archive';
import { makeIssueInput } from '../fixtures/moneyActors';
import { MANAGER_PIN, seedOperators } from '../renderer/operators/fixtures';
import { makeSessionRepos } from './makeTestDb';

afterEach(() => vi.useRealTimers());

/** Two desks (two windows) on one database: what each signs in on is its own session. */
function twoDesks() {
  const indexedDB = new IDBFactory();
  const open = () => new TaizhangDB('two-desks', { indexedDB, IDBKeyRange });
  const a = open();
  const b = open();
  return { a: { db: a, ...createRepositories(a) }, b: { db: b, ...createRepositories(b) } };
}

/** The manager at desk a enters a unit with one resident; the clerk signs in at desk b. */
async function clerkAtSecondDesk() {
  const { a, b } = twoDesks();
  const { manager, clerk } = await seedOperators(a);
  const unit = await a.units.create(makeUnit(), manager);
  await a.people.create(unit.id, makePerson(), manager);
  await b.operators.signIn(clerk.id, '8642');
  return { a, b, manager, clerk };
}

describe('the acting operator comes from the signed-in session (issue 15 finding 7)', () => {
  it('refuses a forged role: a signed-in clerk claiming manager cannot change the fee table', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
    const repos = makeSessionRepos();
    const { clerk } = await seedOperators(repos);
    expect((await repos.operators.signIn(clerk.id, '8642')).ok).toBe(true);
    const fees = await repos.settings.get('fees');
    const cheaper = structuredClone(fees);
    cheaper[0]!.amountFen = 1;
    await expect(
      repos.settings.set('fees', cheaper, { ...clerk, role: 'manager' }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await repos.settings.get('fees')).toEqual(fees);
  });

  it('refuses someone other than the signed-in operator, and anyone while nobody is signed in', async () => {
    const repos = makeSessionRepos();
    const { manager, clerk } = await seedOperators(repos);
    repos.operators.endSession();
    await expect(repos.receipts.issue(clerk, makeIssueInput())).rejects.toBeInstanceOf(
      SessionEndedError,
    );
    await repos.operators.signIn(clerk.id, '8642');
    await expect(
      repos.settings.set('fees', await repos.settings.get('fees'), manager),
    ).rejects.toBeInstanceOf(ForeignActorError);
    expect(await repos.receipts.issue(clerk, makeIssueInput())).toMatchObject({
      clerkId: clerk.id,
    });
  });

  it('ends a deactivated clerk’s open session at once: her next receipt is refused', async () => {
    const { a, b } = twoDesks();
    const { manager, clerk } = await seedOperators(a); // a's session is now the manager's
    await b.operators.signIn(clerk.id, '8642');
    expect(await b.receipts.issue(clerk, makeIssueInput())).toBeTruthy();

    await a.operators.update(clerk.id, { active: false }, manager);
    await expect(b.receipts.issue(clerk, makeIssueInput())).rejects.toBeInstanceOf(
      SessionEndedError,
    );
    expect(b.operators.currentSession()).toBeUndefined();
    expect(await b.db.receipts.count()).toBe(1);
  });

  it('a role change or a PIN reset ends her session too; a reload cannot resume it', async () => {
    const { a, b } = twoDesks();
    const { manager, clerk } = await seedOperators(a);
    await b.operators.signIn(clerk.id, '8642');
    const saved = b.operators.currentSession()!;
    await a.operators.update(clerk.id, { role: 'supervisor' }, manager);
    expect(await b.operators.isSessionCurrent()).toBe(false);
    await expect(b.receipts.issue(clerk, makeIssueInput())).rejects.toBeInstanceOf(
      SessionEndedError,
    );
    expect(await b.operators.resumeSession(saved)).toBeUndefined();

    await b.operators.signIn(clerk.id, '8642');
    const promoted = { ...clerk, role: 'supervisor' as const };
    expect(await b.receipts.issue(promoted, makeIssueInput())).toBeTruthy();
    await a.operators.resetPin(clerk.id, '1111', manager);
    await expect(b.receipts.issue(promoted, makeIssueInput())).rejects.toBeInstanceOf(
      SessionEndedError,
    );
  });

  it('a reload resumes a session whose operator is unchanged', async () => {
    const repos = makeSessionRepos();
    const { clerk } = await seedOperators(repos);
    await repos.operators.signIn(clerk.id, '8642');
    const saved = repos.operators.currentSession()!;
    repos.operators.endSession();
    expect(await repos.operators.resumeSession(saved)).toEqual(clerk);
    expect(await repos.receipts.issue(clerk, makeIssueInput())).toBeTruthy();
  });

  it('counts parallel wrong PINs atomically: the right PIN after 30 parallel wrong ones is locked out', async () => {
    const repos = makeSessionRepos();
    const { clerk, manager } = await seedOperators(repos);
    const wrong = Array.from({ length: 30 }, () => repos.operators.signIn(clerk.id, '0000'));
    const right = repos.operators.signIn(clerk.id, '8642');
    const results = await Promise.all(wrong);
    expect(results.every((r) => !r.ok)).toBe(true);
    const last = await right;
    expect(last.ok).toBe(false);
    expect(last).toHaveProperty('lockedUntil');
    // Exactly the policy's 5 tries were compared; the other 25 and the right PIN found the lock.
    const row = await repos.db.operators.get(clerk.id);
    expect(row?.failedAttempts).toBe(5);
    expect(repos.operators.currentSession()?.operatorId).not.toBe(clerk.id);
    expect((await repos.operators.signIn(manager.id, MANAGER_PIN)).ok).toBe(true);
  }, 60_000);
});

describe('the audit log follows the viewer’s session (issue 15 finding 5)', () => {
  it('a clerk sees only her own entries, masked; a manager sees everyone’s in full', async () => {
    const { a, b, manager, clerk } = await clerkAtSecondDesk();
    await b.receipts.issue(clerk, makeIssueInput({ payerPhone: '13900001111' }));

    const seen = await b.auditSearch.search({}, clerk);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((e) => e.actorId))).toEqual(new Set([clerk.id]));
    expect(JSON.stringify(seen)).not.toContain('13900001111');
    // Asking for someone else's entries gets her own.
    const asked = await b.auditSearch.search({ actorId: manager.id }, clerk);
    expect(asked.every((e) => e.actorId === clerk.id)).toBe(true);
    // A forged manager role is refused, not obeyed.
    await expect(b.auditSearch.search({}, { ...clerk, role: 'manager' })).rejects.toBeInstanceOf(
      PermissionError,
    );

    const all = await a.auditSearch.search({}, manager);
    expect(JSON.stringify(all)).toContain('11010519491231002X');
    expect(JSON.stringify(all)).toContain('13900001111');
  });
});

describe('unmasked people and backups are a manager’s (issue 15 finding 1)', () => {
  it('lists come masked; the full list and a manual backup need a manager’s session', async () => {
    const { a, b, manager, clerk } = await clerkAtSecondDesk();
    expect(await b.people.listAll()).toMatchObject([
      { phones: ['138****5678'], idNumber: '110***********002X' },
    ]);
    await expect(b.people.listAllUnmasked(clerk)).rejects.toBeInstanceOf(PermissionError);
    await expect(b.people.listAllUnmasked({ ...clerk, role: 'manager' })).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(b.archiveExport.load(clerk, false)).rejects.toBeInstanceOf(PermissionError);
    await expect(
      b.backup.export({ appVersion: 't', reason: 'manual', actor: { ...clerk, role: 'manager' } }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(b.backup.export({ appVersion: 't', reason: 'manual' })).rejects.toBeInstanceOf(
      SessionEndedError,
    );
    await expect(
      b.backup.restore(new Uint8Array([1]), {
        mode: 'merge',
        verified: true,
        actor: { ...clerk, role: 'manager' },
        saveSafetyBackup: async () => undefined,
      }),
    ).rejects.toBeInstanceOf(PermissionError);
    // The automatic backup goes on for everyone.
    expect((await b.backup.export({ appVersion: 't', reason: 'daily' })).file.size).toBeGreaterThan(
      0,
    );

    expect((await a.people.listAllUnmasked(manager))[0]?.idNumber).toBe('11010519491231002X');
    expect(
      (await a.backup.export({ appVersion: 't', reason: 'manual', actor: manager })).file.size,
    ).toBeGreaterThan(0);
  });
});
