import { describe, expect, it } from 'vitest';
import { syncHeaderStatus } from '@shared/domain/sync/status';
import {
  branchEstateList,
  DEFAULT_SYNC_SETTINGS,
  isJoined,
  syncSettingsSchema,
} from '@shared/domain/sync/syncSettings';

const now = new Date('2026-11-17T02:30:00.000Z');

describe('syncHeaderStatus', () => {
  it('shows nothing before the desk joined', () => {
    expect(syncHeaderStatus(false, {}, 3, now, 3).kind).toBe('off');
  });

  it('says synced, pending N, or offline since', () => {
    const synced = { lastSyncedAt: '2026-11-17T02:00:00.000Z' };
    expect(syncHeaderStatus(true, synced, 0, now, 3)).toEqual({ kind: 'synced', pending: 0 });
    expect(syncHeaderStatus(true, synced, 4, now, 3)).toEqual({ kind: 'pending', pending: 4 });
    const off = { ...synced, offlineSince: '2026-11-17T02:10:00.000Z' };
    expect(syncHeaderStatus(true, off, 4, now, 3)).toMatchObject({
      kind: 'offline',
      offlineSince: '2026-11-17T02:10:00.000Z',
    });
  });

  it('warns past the days of the setting, counted from the last sync or from joining', () => {
    const old = { lastSyncedAt: '2026-11-10T02:00:00.000Z' };
    expect(syncHeaderStatus(true, old, 0, now, 3).staleDays).toBe(7);
    expect(syncHeaderStatus(true, old, 0, now, 7).staleDays).toBeUndefined();
    expect(
      syncHeaderStatus(true, { joinedAt: '2026-11-17T01:00:00.000Z' }, 0, now, 3).staleDays,
    ).toBeUndefined();
    expect(
      syncHeaderStatus(true, { joinedAt: '2026-11-01T01:00:00.000Z' }, 0, now, 3).staleDays,
    ).toBe(16);
  });
});

describe('sync settings', () => {
  it('accepts a server with its estate, refuses a server without one and bad codes', async () => {
    const { syncSettingsSchema } = await import('@shared/domain/sync/syncSettings');
    const ok = syncSettingsSchema.safeParse({
      serverUrl: 'https://couch.example.cn:6984',
      estate: 'estate-lh',
      deskName: '前台二',
      deskCode: 'b',
      warnDays: 3,
    });
    expect(ok.success && ok.data.deskCode).toBe('B');
    const noEstate = syncSettingsSchema.safeParse({ serverUrl: 'http://10.0.0.2:5984' });
    expect(noEstate.error?.issues[0]?.message).toBe('请输入小区数据库名');
    expect(syncSettingsSchema.safeParse({ deskCode: '2' }).success).toBe(false);
    expect(syncSettingsSchema.safeParse({ serverUrl: 'ftp://x' }).success).toBe(false);
  });
});

describe('a branch install’s settings', () => {
  it('is joined with a server and at least one estate, each a valid database name', () => {
    const branch = {
      ...DEFAULT_SYNC_SETTINGS,
      serverUrl: 'http://10.0.0.2:5984',
      role: 'branch' as const,
    };
    expect(isJoined(branch)).toBe(false);
    expect(syncSettingsSchema.safeParse(branch).success).toBe(false);
    const both = { ...branch, branchEstates: 'estate-east, estate-west，estate-east' };
    expect(branchEstateList(both.branchEstates)).toEqual(['estate-east', 'estate-west']);
    expect(isJoined(both)).toBe(true);
    expect(syncSettingsSchema.safeParse(both).success).toBe(true);
    expect(syncSettingsSchema.safeParse({ ...both, branchEstates: 'Estate East' }).success).toBe(
      false,
    );
    // Settings stored before roles existed read as a desk.
    const { role: _r, branchEstates: _b, ...old } = DEFAULT_SYNC_SETTINGS;
    expect(syncSettingsSchema.parse(old).role).toBe('desk');
  });
});
