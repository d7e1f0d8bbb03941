import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_SETTINGS } from '@shared/domain/sync/syncSettings';
import { createSyncRunner } from '../../renderer/src/db/sync/syncRunner';
import { makeTestDb } from './makeTestDb';

/**
 * Issue 21: a restore closes the app's connection until the reload; the sync runner's interval
 * kept reading it and threw an unhandled DatabaseClosedError every 30 s. A run on a closed
 * connection is an outcome ('off'), never a rejection; other failures are 'failed'.
 */
describe('the sync runner on a closed connection', () => {
  it('resolves off instead of rejecting once the database was closed (after a restore)', async () => {
    const db = makeTestDb();
    await db.open();
    const runner = createSyncRunner({
      db,
      settings: async () => (await db.settings.get('sync'), DEFAULT_SYNC_SETTINGS),
      credentials: async () => null,
    });
    await expect(runner.syncNow()).resolves.toEqual({ kind: 'off' });
    db.close();
    await expect(runner.syncNow()).resolves.toEqual({ kind: 'off' });
  });

  it('turns a failing settings read into a failed outcome', async () => {
    const db = makeTestDb();
    await db.open();
    const runner = createSyncRunner({
      db,
      settings: async () => {
        throw new Error('settings unreadable');
      },
      credentials: async () => null,
    });
    await expect(runner.syncNow()).resolves.toEqual({
      kind: 'failed',
      message: 'settings unreadable',
    });
  });
});
