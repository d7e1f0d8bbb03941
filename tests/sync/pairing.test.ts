import { describe, expect, it } from 'vitest';
import { makeUnit } from '../fixtures/archive';
import { clerk } from '../fixtures/moneyActors';
import { TEST_NOW } from '../fixtures/clock';
import { createPairing, redeemPairing } from '../../renderer/src/db/sync/pairing';
import { SyncAuthError } from '../../renderer/src/db/sync/syncEngine';
import { setupEstate } from '../../resources/couch/couch-setup.mjs';
import { ADMIN, makeDesk } from './harness';
import { loopbackEstate } from './loopback';

const now = Date.parse(TEST_NOW);
const loop = loopbackEstate('estate-pair', ['A']);

describe('a pairing code', () => {
  it('lets a new desk join once; the code is dead afterwards', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const unit = await a.repos.units.create(makeUnit(), clerk);
    await a.sync();
    const made = await createPairing(
      { serverUrl: loop.server.url, estate: loop.estate.name, deskCode: 'b', admin: ADMIN },
      now,
    );
    expect(made.account).toBe('desk-estate-pair-b');
    expect(made.expiresAt).toBe(new Date(now + 30 * 60_000).toISOString());

    const joined = await redeemPairing(made.code.toLowerCase(), now + 60_000);
    expect(joined.pairing).toMatchObject({
      serverUrl: loop.server.url,
      estate: loop.estate.name,
      deskCode: 'B',
    });
    expect(joined.credentials.username).toBe('desk-estate-pair-b');
    expect(joined.credentials.password).not.toBe(joined.pairing.password);
    const b = await makeDesk('B', {
      url: joined.pairing.serverUrl,
      estate: joined.pairing.estate,
      ...joined.credentials,
    });
    await b.sync();
    expect(await b.db.units.get(unit.id)).toBeDefined();
    await b.repos.units.create(makeUnit(), clerk);
    await b.sync();

    // The one-time password no longer opens anything, nor does the code again.
    const thief = await makeDesk('B', {
      url: loop.server.url,
      estate: loop.estate.name,
      username: joined.credentials.username,
      password: joined.pairing.password,
    });
    await expect(thief.sync()).rejects.toBeInstanceOf(SyncAuthError);
    await expect(redeemPairing(made.code, now + 120_000)).rejects.toThrow(
      '配对码已用过或已失效，请经理重新生成。',
    );
  });

  it('refuses an expired code, a wrong administrator password and an unknown estate', async () => {
    const made = await createPairing(
      { serverUrl: loop.server.url, estate: loop.estate.name, deskCode: 'C', admin: ADMIN },
      now,
    );
    await expect(redeemPairing(made.code, now + 31 * 60_000)).rejects.toThrow(
      '配对码已过期，请经理重新生成。',
    );
    await expect(
      createPairing(
        {
          serverUrl: loop.server.url,
          estate: loop.estate.name,
          deskCode: 'C',
          admin: { ...ADMIN, password: 'no' },
        },
        now,
      ),
    ).rejects.toThrow('服务器管理员账号或密码不正确。');
    await expect(
      createPairing(
        { serverUrl: loop.server.url, estate: 'estate-none', deskCode: 'C', admin: ADMIN },
        now,
      ),
    ).rejects.toThrow('服务器上没有小区数据库 estate-none');
    // A second code for the same desk re-keys it: the first one no longer works.
    const second = await createPairing(
      { serverUrl: loop.server.url, estate: loop.estate.name, deskCode: 'C', admin: ADMIN },
      now,
    );
    await expect(redeemPairing(made.code, now)).rejects.toThrow('配对码已用过或已失效');
    await expect(redeemPairing(second.code, now)).resolves.toBeDefined();
  });
});

describe('couch:setup and the first desk', () => {
  it('prints the first desk’s pairing code once; a rerun keeps it unless --pair asks again', async () => {
    const options = {
      url: loop.server.url,
      admin: ADMIN,
      estate: 'estate-first',
      desks: [{ code: 'A', name: '前台' }, { code: 'B' }],
    };
    const lines: string[] = [];
    const first = await setupEstate(options, (line) => lines.push(line));
    expect(first.pairing?.desk).toBe('A');
    expect(first.pairing?.account).toBe('desk-estate-first-a');
    expect(lines.join('\n')).toContain(first.pairing!.code);
    const joined = await redeemPairing(first.pairing!.code, now + 60_000);
    expect(joined.pairing).toMatchObject({ estate: 'estate-first', deskCode: 'A' });
    const a = await makeDesk('', {
      url: loop.server.url,
      estate: 'estate-first',
      ...joined.credentials,
    });
    await a.repos.units.create(makeUnit(), clerk);
    await expect(a.sync()).resolves.toBeDefined();

    // Run again: nothing re-keyed, no code; the joined desk still signs in.
    const rerun: string[] = [];
    const again = await setupEstate(options, (line) => rerun.push(line));
    expect(again.created).toEqual([]);
    expect(again.pairing).toBeUndefined();
    expect(rerun.join('\n')).toContain('--pair A');
    await expect(a.sync()).resolves.toBeDefined();

    // --pair A: a new code; the account's password until then stops working.
    const rekeyed = await setupEstate({ ...options, pair: 'A' });
    expect(rekeyed.pairing?.desk).toBe('A');
    expect(rekeyed.pairing?.code).not.toBe(first.pairing!.code);
    await expect(a.sync()).rejects.toBeInstanceOf(SyncAuthError);
    const replaced = await redeemPairing(rekeyed.pairing!.code, now + 60_000);
    a.target = { url: loop.server.url, estate: 'estate-first', ...replaced.credentials };
    await expect(a.sync()).resolves.toBeDefined();
    await expect(setupEstate({ ...options, pair: 'Z' })).rejects.toThrow('--pair Z');
  });
});
