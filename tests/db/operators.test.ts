import { afterEach, describe, expect, it, vi } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import { SETTING_KEYS } from '@shared/domain/settingsRegistry';
import { OperatorError } from '../../renderer/src/db/repositories/operatorRepository';
import { SettingsValidationError } from '../../renderer/src/db/repositories/settingsRepository';
import { MANAGER_PIN, makeProfile, seedOperators } from '../renderer/operators/fixtures';
import { makeTestRepos } from './makeTestDb';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('first run', () => {
  it('the first run is when the first manager was made, not a later operator', async () => {
    const repos = makeTestRepos();
    expect(await repos.operators.firstRunAt()).toBeUndefined();
    vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
    const manager = await repos.operators.createFirstManager(makeProfile(), {
      name: '王经理',
      pin: MANAGER_PIN,
    });
    vi.setSystemTime(new Date('2026-11-20T02:30:00Z'));
    await repos.operators.create({ name: '张前台', role: 'clerk', pin: '8642' }, manager);
    expect(await repos.operators.firstRunAt()).toBe('2026-11-17T02:30:00.000Z');
  });

  it('creates the manager, the profile and every setting default together, all audited', async () => {
    const repos = makeTestRepos();
    expect(await repos.operators.count()).toBe(0);
    const manager = await repos.operators.createFirstManager(makeProfile(), {
      name: ' 王经理 ',
      pin: MANAGER_PIN,
    });

    expect(manager).toMatchObject({ name: '王经理', role: 'manager' });
    expect(await repos.operators.count()).toBe(1);
    expect(await repos.operators.getActor(manager.id)).toEqual(manager);
    expect((await repos.settings.get('profile')).name).toBe('阳光花园小区');
    const rows = await repos.db.settings.toArray();
    expect(rows.map((r) => r.key).sort()).toEqual([...SETTING_KEYS].sort());
    expect(rows.every((r) => r.updatedBy === manager.id)).toBe(true);
    const audit = await repos.audit.list();
    expect(audit.filter((e) => e.table === 'settings')).toHaveLength(SETTING_KEYS.length);
    expect(audit.find((e) => e.table === 'operators')).toMatchObject({
      action: 'create',
      actorId: manager.id,
    });
  });

  it('writes nothing when any part fails (one transaction)', async () => {
    const repos = makeTestRepos();
    vi.spyOn(repos.settings, 'writeDefaultsInTransaction').mockRejectedValue(
      new Error('disk full'),
    );
    await expect(
      repos.operators.createFirstManager(makeProfile(), { name: '王经理', pin: MANAGER_PIN }),
    ).rejects.toThrow('disk full');
    expect(await repos.db.operators.count()).toBe(0);
    expect(await repos.db.audit.count()).toBe(0);
  });

  it('refuses a bad profile before writing anything', async () => {
    const repos = makeTestRepos();
    await expect(
      repos.operators.createFirstManager(makeProfile({ name: '' }), {
        name: '王经理',
        pin: MANAGER_PIN,
      }),
    ).rejects.toBeInstanceOf(SettingsValidationError);
    expect(await repos.db.operators.count()).toBe(0);
    expect(await repos.db.settings.count()).toBe(0);
  });

  it('is refused once an operator exists', async () => {
    const repos = makeTestRepos();
    await repos.operators.createFirstManager(makeProfile(), { name: '王经理', pin: MANAGER_PIN });
    const auditBefore = await repos.db.audit.count();
    const second = repos.operators.createFirstManager(makeProfile({ name: '别的小区' }), {
      name: '赵',
      pin: '1111',
    });
    await expect(second).rejects.toBeInstanceOf(OperatorError);
    await expect(second).rejects.toThrow('不能重复初始化');
    expect(await repos.operators.count()).toBe(1);
    expect((await repos.settings.get('profile')).name).toBe('阳光花园小区');
    expect(await repos.db.audit.count()).toBe(auditBefore);
  });
});

describe('managing operators', () => {
  it('lets only a manager create, edit or reset PINs (checked in the repository)', async () => {
    const repos = makeTestRepos();
    const { manager, supervisor, clerk } = await seedOperators(repos);
    for (const actor of [clerk, supervisor]) {
      await expect(
        repos.operators.create({ name: '新人', role: 'clerk', pin: '1234' }, actor),
      ).rejects.toBeInstanceOf(PermissionError);
      await expect(
        repos.operators.update(clerk.id, { role: 'manager' }, actor),
      ).rejects.toBeInstanceOf(PermissionError);
      await expect(repos.operators.resetPin(manager.id, '0000', actor)).rejects.toBeInstanceOf(
        PermissionError,
      );
    }
    expect((await repos.operators.list()).map((o) => o.name).sort()).toEqual(
      ['张前台', '李主管', '王经理'].sort(),
    );
    expect((await repos.operators.getActor(clerk.id))?.role).toBe('clerk');
  });

  it('never stores or logs a PIN in plain text, nor logs its hash', async () => {
    const repos = makeTestRepos();
    const { manager, clerk } = await seedOperators(repos);
    await repos.operators.resetPin(clerk.id, '97531', manager);
    const rows = await repos.db.operators.toArray();
    const stored = JSON.stringify(rows);
    for (const pin of [MANAGER_PIN, '1357', '8642', '97531'])
      expect(stored).not.toContain(`"${pin}"`);
    expect(rows.every((r) => r.pin.algo === 'PBKDF2-SHA256' && r.pin.hash.length > 20)).toBe(true);
    const log = JSON.stringify(await repos.db.audit.toArray());
    for (const r of rows) expect(log).not.toContain(r.pin.hash);
    expect(log).not.toContain('97531');
    expect((await repos.operators.list())[0]).not.toHaveProperty('pin');
  });

  it('rejects a bad PIN, a duplicate name and losing the last manager', async () => {
    const repos = makeTestRepos();
    const { manager, clerk } = await seedOperators(repos);
    await expect(
      repos.operators.create({ name: '新人', role: 'clerk', pin: '12' }, manager),
    ).rejects.toThrow('4–8 位数字');
    await expect(
      repos.operators.create({ name: '张前台', role: 'clerk', pin: '1234' }, manager),
    ).rejects.toThrow('同名');
    await expect(repos.operators.update(manager.id, { active: false }, manager)).rejects.toThrow(
      '经理',
    );
    await expect(repos.operators.update(manager.id, { role: 'clerk' }, manager)).rejects.toThrow(
      '经理',
    );
    await repos.operators.update(clerk.id, { role: 'manager' }, manager);
    await repos.operators.update(manager.id, { active: false }, manager);
    expect(await repos.operators.getActor(manager.id)).toBeUndefined();
    expect((await repos.operators.list()).map((o) => o.name)).not.toContain('王经理');
    expect((await repos.operators.list({ includeInactive: true })).map((o) => o.name)).toContain(
      '王经理',
    );
  });

  it('audits every change with field diffs', async () => {
    const repos = makeTestRepos();
    const { manager, clerk } = await seedOperators(repos);
    await repos.operators.update(clerk.id, { name: '张小红', role: 'supervisor' }, manager);
    await repos.operators.resetPin(clerk.id, '5555', manager);
    await repos.operators.changeOwnPin({ ...clerk, role: 'supervisor' }, '5555', '6666');
    const entries = await repos.audit.list({ recordId: clerk.id });
    expect(entries.map((e) => e.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(entries.find((e) => e.changes?.name)?.changes).toMatchObject({
      name: ['张前台', '张小红'],
      role: ['clerk', 'supervisor'],
    });
    expect(entries.filter((e) => e.summary).map((e) => e.summary)).toEqual([
      '修改我的 PIN 码',
      '重置 PIN',
    ]);
    expect((await repos.operators.signIn(clerk.id, '6666')).ok).toBe(true);
  });
});

describe('signing in', () => {
  it('signs in with the right PIN and audits it', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    const result = await repos.operators.signIn(clerk.id, '8642');
    expect(result).toEqual({ ok: true, actor: clerk });
    expect((await repos.audit.list({ recordId: clerk.id }))[0]).toMatchObject({
      action: 'signIn',
      actorId: clerk.id,
    });
  });

  it('counts wrong PINs, audits each, and locks out after the limit', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    const first = await repos.operators.signIn(clerk.id, '0000');
    expect(first).toEqual({ ok: false, error: 'PIN 码错误，还可以再试 4 次' });
    for (let i = 0; i < 3; i++) await repos.operators.signIn(clerk.id, '0000');
    const fifth = await repos.operators.signIn(clerk.id, '0000');
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.error).toContain('已锁定');
    expect(!fifth.ok && fifth.lockedUntil).toBeTruthy();
    // Locked: even the right PIN is refused, and the attempt is logged.
    const right = await repos.operators.signIn(clerk.id, '8642');
    expect(right.ok).toBe(false);
    expect((await repos.db.operators.get(clerk.id))?.failedAttempts).toBe(5);
    const failed = (await repos.audit.list({ recordId: clerk.id })).filter(
      (e) => e.action === 'signInFailed',
    );
    expect(failed).toHaveLength(6);
    expect((await repos.operators.list()).find((o) => o.id === clerk.id)?.lockedUntil).toBeTruthy();
  });

  it('lets the operator in again once the lockout has expired, and resets the count', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    for (let i = 0; i < 5; i++) await repos.operators.signIn(clerk.id, '0000');
    vi.setSystemTime(new Date('2026-03-02T02:04:00Z'));
    expect((await repos.operators.signIn(clerk.id, '8642')).ok).toBe(false);
    vi.setSystemTime(new Date('2026-03-02T02:05:01Z'));
    expect(await repos.operators.signIn(clerk.id, '8642')).toEqual({ ok: true, actor: clerk });
    expect((await repos.db.operators.get(clerk.id))?.failedAttempts).toBe(0);
  });

  it('takes the lockout policy from the limits setting', async () => {
    const repos = makeTestRepos();
    const { manager, clerk } = await seedOperators(repos);
    await repos.settings.set(
      'limits',
      { ...(await repos.settings.get('limits')), pinMaxFailures: 3 },
      manager,
    );
    await repos.operators.signIn(clerk.id, '0000');
    await repos.operators.signIn(clerk.id, '0000');
    const third = await repos.operators.signIn(clerk.id, '0000');
    expect(!third.ok && third.lockedUntil).toBeTruthy();
  });

  it('lifts a lockout when the manager resets the PIN', async () => {
    const repos = makeTestRepos();
    const { manager, clerk } = await seedOperators(repos);
    for (let i = 0; i < 5; i++) await repos.operators.signIn(clerk.id, '0000');
    await repos.operators.resetPin(clerk.id, '4321', manager);
    expect((await repos.operators.signIn(clerk.id, '4321')).ok).toBe(true);
  });

  it('refuses inactive and unknown operators', async () => {
    const repos = makeTestRepos();
    const { manager, clerk } = await seedOperators(repos);
    await repos.operators.update(clerk.id, { active: false }, manager);
    expect(await repos.operators.signIn(clerk.id, '8642')).toEqual({
      ok: false,
      error: '操作员不存在或已停用',
    });
    expect((await repos.operators.signIn('nobody', '8642')).ok).toBe(false);
  });

  it("counts a wrong current PIN when changing one's own PIN", async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    await expect(repos.operators.changeOwnPin(clerk, '0000', '1111')).rejects.toThrow('PIN 码错误');
    expect((await repos.db.operators.get(clerk.id))?.failedAttempts).toBe(1);
    expect((await repos.operators.signIn(clerk.id, '8642')).ok).toBe(true);
  });
});
