import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { DEFAULT_FEE_ITEMS } from '@shared/domain/fees';
import { PermissionError } from '@shared/domain/record';
import { SETTINGS } from '@shared/domain/settingsRegistry';
import { SettingsValidationError } from '../../renderer/src/db/repositories/settingsRepository';
import { seedOperators } from '../renderer/operators/fixtures';
import { makeTestRepos } from './makeTestDb';

const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * The newest audit entry of one settings row by one actor. Not "the newest of the table": the
 * writes of one test can share a millisecond, and then the order between them is the id's.
 */
async function entryBy(repos: ReturnType<typeof makeTestRepos>, recordId: string, actorId: string) {
  const entries = await repos.audit.list({ recordId });
  return entries.find((e) => e.actorId === actorId);
}

async function setup() {
  const repos = makeTestRepos();
  return { repos, ...(await seedOperators(repos)) };
}

describe('reading settings', () => {
  it('returns the default for a key never saved', async () => {
    const repos = makeTestRepos();
    expect(await repos.settings.get('deadlines')).toEqual(DEFAULT_DEADLINES);
    expect(await repos.settings.get('fees')).toEqual(DEFAULT_FEE_ITEMS);
    expect(await repos.settings.get('limits')).toEqual(DEFAULT_LIMITS);
    expect(await repos.settings.get('calendarOverrides')).toEqual([]);
  });

  it('falls back to the default when a stored value no longer parses', async () => {
    const { repos } = await setup();
    await repos.db.settings.put({
      key: 'limits',
      value: { idleLockMinutes: 'soon' },
      updatedAt: '',
      updatedBy: '',
    });
    expect(await repos.settings.get('limits')).toEqual(DEFAULT_LIMITS);
  });
});

describe('changing settings', () => {
  it('stores a valid value and audits the changed fields only', async () => {
    const { repos, supervisor } = await setup();
    const before = await repos.db.audit.count();
    await repos.settings.set(
      'deadlines',
      { ...DEFAULT_DEADLINES, renovationDepositRefundWorkingDays: 3 },
      supervisor,
    );
    expect((await repos.settings.get('deadlines')).renovationDepositRefundWorkingDays).toBe(3);
    const entry = await entryBy(repos, 'deadlines', supervisor.id);
    expect(entry).toMatchObject({
      action: 'update',
      recordId: 'deadlines',
      actorId: supervisor.id,
    });
    expect(entry?.changes).toEqual({ renovationDepositRefundWorkingDays: [7, 3] });
    expect(await repos.db.audit.count()).toBe(before + 1);
  });

  it('refuses a clerk every setting above her role, with nothing written', async () => {
    const { repos, clerk } = await setup();
    const auditBefore = await repos.db.audit.count();
    const rowsBefore = await repos.db.settings.toArray();
    // The desk's language changes no record, so any operator may switch it (issue 16).
    const aboveClerk = (Object.keys(SETTINGS) as (keyof typeof SETTINGS)[]).filter(
      (key) => SETTINGS[key].role !== 'clerk',
    );
    expect(aboveClerk).not.toContain('language');
    // Whoever imports a roster remembers its code translations (issue 18).
    expect(aboveClerk).not.toContain('rosterCodes');
    expect(aboveClerk.length).toBe(Object.keys(SETTINGS).length - 2);
    for (const key of aboveClerk) {
      await expect(
        repos.settings.set(key, await repos.settings.get(key), clerk),
      ).rejects.toBeInstanceOf(PermissionError);
    }
    expect(await repos.db.settings.toArray()).toEqual(rowsBefore);
    expect(await repos.db.audit.count()).toBe(auditBefore);
  });

  it('keeps the profile, fees and limits for a manager', async () => {
    const { repos, supervisor, manager } = await setup();
    for (const key of ['profile', 'fees', 'limits'] as const) {
      await expect(
        repos.settings.set(key, await repos.settings.get(key), supervisor),
      ).rejects.toBeInstanceOf(PermissionError);
    }
    const profile = await repos.settings.get('profile');
    await repos.settings.set('profile', { ...profile, stampText: '新印章' }, manager);
    expect((await repos.settings.get('profile')).stampText).toBe('新印章');
  });

  it('rejects bad values with Chinese messages and writes nothing', async () => {
    const { repos, manager } = await setup();
    const auditBefore = await repos.db.audit.count();
    const rowsBefore = await repos.db.settings.toArray();
    const bad: [keyof typeof SETTINGS, unknown][] = [
      ['deadlines', { ...DEFAULT_DEADLINES, complaintFixMajorWorkingDays: 0 }],
      ['fees', [...DEFAULT_FEE_ITEMS, { ...DEFAULT_FEE_ITEMS[0] }]],
      ['limits', { ...DEFAULT_LIMITS, idleLockMinutes: -1 }],
      ['profile', { name: '', kind: 'residential' }],
      ['profile', { name: '小区', logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }],
      ['calendarOverrides', [{ date: '2026-02-30', kind: 'holiday' }]],
      ['printing', { receiptPaper: 'A3', documents: {} }],
      ['departments', [{ code: 'x', name: '工程部' }]],
    ];
    for (const [key, value] of bad) {
      const attempt = repos.settings.set(key, value, manager);
      await expect(attempt, key).rejects.toBeInstanceOf(SettingsValidationError);
      await expect(attempt, key).rejects.toThrow(/[\u4e00-\u9fff]/);
    }
    expect(await repos.db.settings.toArray()).toEqual(rowsBefore);
    expect(await repos.db.audit.count()).toBe(auditBefore);
  });

  it('stores a logo but logs only that the image changed', async () => {
    const { repos, manager } = await setup();
    const profile = await repos.settings.get('profile');
    await repos.settings.set('profile', { ...profile, logoDataUrl: PNG_DATA_URL }, manager);
    expect((await repos.settings.get('profile')).logoDataUrl).toBe(PNG_DATA_URL);
    const entry = await entryBy(repos, 'profile', manager.id);
    const [, after] = entry?.changes?.logoDataUrl ?? [];
    expect(String(after)).toMatch(/^data:image\/png;base64,…\(\d+ KB\)$/);
  });

  it('writes no audit entry when nothing changed', async () => {
    const { repos, supervisor } = await setup();
    const before = await repos.db.audit.count();
    await repos.settings.set('printing', await repos.settings.get('printing'), supervisor);
    expect(await repos.db.audit.count()).toBe(before);
  });
});

describe('old defaults moving to the new ones (新版手册)', () => {
  const OLD = {
    ...DEFAULT_DEADLINES,
    complaintRevisitMajorDays: 7,
    complaintRevisitGeneralDays: 14,
  };

  /** A desk set up by an older version: its first run stored the old revisit defaults. */
  async function olderDesk() {
    const s = await setup();
    await s.repos.db.settings.put({
      key: 'deadlines',
      value: OLD,
      updatedAt: '2026-01-05T02:00:00.000Z',
      updatedBy: s.manager.id,
    });
    return s;
  }

  it('moves a stored old default to the new one, audited, with a notice', async () => {
    const { repos } = await olderDesk();
    const moves = await repos.settings.migrateDefaults();
    expect(moves.map((m) => [m.key, m.field, m.from, m.to])).toEqual([
      ['deadlines', 'complaintRevisitMajorDays', 7, 3],
      ['deadlines', 'complaintRevisitGeneralDays', 14, 3],
    ]);
    expect(await repos.settings.get('deadlines')).toEqual(DEFAULT_DEADLINES);
    const entry = await entryBy(repos, 'deadlines', 'system');
    expect(entry).toMatchObject({
      action: 'update',
      recordId: 'deadlines',
      actorId: 'system',
      changes: { complaintRevisitMajorDays: [7, 3], complaintRevisitGeneralDays: [14, 3] },
    });
    expect(entry?.summary).toContain('一般投诉回访（处理后天数）');
    const notice = await repos.settings.defaultsNotice();
    expect(notice?.moves.map((m) => m.label)).toEqual([
      '重大投诉回访（处理后天数）',
      '一般投诉回访（处理后天数）',
    ]);

    // Loading again moves nothing more and writes nothing.
    const audits = await repos.db.audit.count();
    expect(await repos.settings.migrateDefaults()).toEqual([]);
    expect(await repos.db.audit.count()).toBe(audits);
    expect((await repos.settings.defaultsNotice())?.moves).toHaveLength(2);
  });

  it('keeps a value the office set itself, even one equal to an old default', async () => {
    const { repos, supervisor } = await olderDesk();
    // The office chose 002's two weeks on purpose: 10, then back to 14.
    await repos.settings.set('deadlines', { ...OLD, complaintRevisitGeneralDays: 10 }, supervisor);
    await repos.settings.set('deadlines', OLD, supervisor);
    const moves = await repos.settings.migrateDefaults();
    expect(moves.map((m) => m.field)).toEqual(['complaintRevisitMajorDays']);
    expect(await repos.settings.get('deadlines')).toMatchObject({
      complaintRevisitMajorDays: 3,
      complaintRevisitGeneralDays: 14,
    });
  });

  it('leaves a desk on the new defaults alone', async () => {
    const { repos } = await setup();
    const audits = await repos.db.audit.count();
    expect(await repos.settings.migrateDefaults()).toEqual([]);
    expect(await repos.db.audit.count()).toBe(audits);
    expect(await repos.settings.defaultsNotice()).toBeUndefined();
  });

  it('lets a supervisor acknowledge the notice, not a clerk', async () => {
    const { repos, clerk, supervisor } = await olderDesk();
    await repos.settings.migrateDefaults();
    await expect(repos.settings.acknowledgeDefaultsNotice(clerk)).rejects.toBeInstanceOf(
      PermissionError,
    );
    expect(await repos.settings.defaultsNotice()).toBeDefined();
    await repos.settings.acknowledgeDefaultsNotice(supervisor);
    expect(await repos.settings.defaultsNotice()).toBeUndefined();
    const entry = await entryBy(repos, 'settingsDefaultsNotice', supervisor.id);
    expect(entry).toMatchObject({ action: 'acknowledge', actorId: supervisor.id });
  });
});
