import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnit } from '../fixtures/archive';
import { clerk, makeIssueInput, supervisor } from '../fixtures/moneyActors';
import { writeAudit } from '../../renderer/src/db/audited';
import { readStatus, SyncAuthError } from '../../renderer/src/db/sync/syncEngine';
import { branchUserName, setupEstate } from '../../resources/couch/couch-setup.mjs';
import {
  ADMIN,
  makeDesk,
  serverDocs,
  setUpEstate,
  startServer,
  type Estate,
  type LoopbackServer,
} from './harness';

let server: LoopbackServer;
let estate: Estate;
let other: Estate;

beforeAll(async () => {
  server = await startServer();
  estate = await setUpEstate(server, 'estate-sec', ['A', 'B'], 'north');
  other = await setUpEstate(server, 'estate-other', ['A']);
});
afterAll(async () => {
  await server?.stop();
});

describe('couch:setup', () => {
  it('is idempotent: a second run keeps databases, users and passwords, and adds a desk', async () => {
    const again = await setupEstate({
      url: server.url,
      admin: ADMIN,
      estate: 'estate-sec',
      desks: [{ code: 'A' }, { code: 'B' }, { code: 'C', name: '工程部' }],
      branch: 'north',
    });
    expect(again.created).toEqual(['前台 C（工程部） 账号 desk-estate-sec-c']);
    expect(Object.keys(again.passwords)).toEqual(['desk-estate-sec-c']);
    // the first desks still sign in with their passwords
    const a = await makeDesk('', estate.target('A'));
    await a.repos.units.create(makeUnit(), clerk);
    await expect(a.sync()).resolves.toBeDefined();
  });

  it('refuses a wrong admin password and bad names', async () => {
    await expect(
      setupEstate({ url: server.url, admin: { ...ADMIN, password: 'x' }, estate: 'e', desks: [] }),
    ).rejects.toThrow('管理员账号或密码不正确');
    await expect(
      setupEstate({ url: server.url, admin: ADMIN, estate: 'Bad Name', desks: [] }),
    ).rejects.toThrow('小区数据库名无效');
  });
});

describe('who may do what, enforced by the server', () => {
  it('refuses wrong credentials and another estate’s desk; nothing is sent, nothing lost', async () => {
    const wrong = await makeDesk('B', { ...estate.target('B'), password: 'not-it' });
    await wrong.repos.units.create(makeUnit(), clerk);
    await expect(wrong.sync()).rejects.toBeInstanceOf(SyncAuthError);
    expect((await readStatus(wrong.db)).lastError).toContain('拒绝了本机的账号或密码');

    const before = (await serverDocs(server, estate.name)).length;
    const stranger = await makeDesk('A', { ...other.target('A'), estate: estate.name });
    const unit = await stranger.repos.units.create(makeUnit(), clerk);
    await expect(stranger.sync()).rejects.toBeInstanceOf(SyncAuthError);
    const after = await serverDocs(server, estate.name);
    expect(after).toHaveLength(before);
    expect(after.some((d) => d.id === `units:${unit.id}`)).toBe(false);
    // its own estate takes it
    stranger.target = other.target('A');
    await stranger.sync();
    expect((await serverDocs(server, other.name)).some((d) => d.id === `units:${unit.id}`)).toBe(
      true,
    );
  });

  it('refuses a change to an issued receipt, says why, and puts the desk back', async () => {
    const a = await makeDesk('', estate.target('A'));
    const b = await makeDesk('B', estate.target('B'));
    const receipt = await a.repos.receipts.issue(clerk, makeIssueInput());
    await a.sync();
    // A tampered desk (or a bug) changes the amount through the ordinary audited path.
    await a.db.transaction('rw', [a.db.receipts, a.db.audit], async () => {
      await a.db.receipts.put({ ...receipt, totalFen: 1, updatedAt: new Date().toISOString() });
      await writeAudit(a.db, clerk, {
        action: 'update',
        table: 'receipts',
        recordId: receipt.id,
        changes: { totalFen: [receipt.totalFen, 1] },
      });
    });
    const round = await a.sync();
    expect(round.refused).toEqual([
      {
        docId: `receipts:${receipt.id}`,
        reason: `已开收据的编号、金额、明细和付款人不能修改（${receipt.no}）。错开的收据请作废后重开。`,
      },
    ]);
    expect((await readStatus(a.db)).refused?.[0]?.reason).toContain('不能修改');
    expect((await a.db.receipts.get(receipt.id))?.totalFen).toBe(receipt.totalFen);
    const onServer = (await serverDocs(server, estate.name)).find(
      (d) => d.id === `receipts:${receipt.id}`,
    );
    expect((onServer?.doc['row'] as { totalFen: number }).totalFen).toBe(receipt.totalFen);
    await b.sync();
    expect((await b.db.receipts.get(receipt.id))?.totalFen).toBe(receipt.totalFen);
    // the audit entry of the attempt still travels (append-only)
    expect(await b.db.audit.where('recordId').equals(receipt.id).count()).toBe(2);
    // a void is a change the server allows
    await a.repos.receipts.void(supervisor, receipt.id, '开错');
    await a.sync();
    await b.sync();
    expect((await b.db.receipts.get(receipt.id))?.status).toBe('void');
  });

  it('refuses deleting a money document and any write by a branch user', async () => {
    const a = await makeDesk('D', estate.target('A'));
    const receipt = await a.repos.receipts.issue(clerk, makeIssueInput());
    await a.sync();
    await a.db.transaction('rw', [a.db.receipts, a.db.audit], async () => {
      await a.db.receipts.delete(receipt.id);
      await writeAudit(a.db, clerk, { action: 'delete', table: 'receipts', recordId: receipt.id });
    });
    const round = await a.sync();
    expect(round.refused[0]?.reason).toContain('收费单据和审计记录不能删除');
    expect(await a.db.receipts.get(receipt.id)).toBeDefined();

    // The branch reads the estate but cannot write to it.
    const branchPassword = (await setUpEstate(server, 'estate-sec', [], 'north')).passwords;
    expect(branchPassword).toEqual({}); // already made in beforeAll; a rerun does not re-key it
    const branch = await makeDesk('', {
      ...estate.target('A'),
      username: branchUserName('north'),
      password: estate.passwords[branchUserName('north')]!,
    });
    await branch.repos.units.create(makeUnit({ building: 'BR' }), clerk);
    const attempt = await branch.sync();
    expect(attempt.refused.map((r) => r.reason)).toContain(
      '分公司账号只能读取小区的记录，不能修改。',
    );
    expect(await branch.db.receipts.get(receipt.id)).toBeDefined(); // it did read
    expect(await branch.db.units.where('building').equals('BR').count()).toBe(0); // put back
  });

  it('a desk joined again with an empty database does not reuse its numbers', async () => {
    const first = await makeDesk('E', estate.target('A'));
    const old = await first.repos.receipts.issue(clerk, makeIssueInput());
    await first.sync();
    // The PC is replaced: same desk code, nothing local. Its first sync raises its counters.
    const again = await makeDesk('E', estate.target('A'));
    await again.sync();
    const next = await again.repos.receipts.issue(clerk, makeIssueInput());
    expect(Number(next.no.slice(-6))).toBe(Number(old.no.slice(-6)) + 1);
    // Issued before its first sync, a repeated number is listed, not lost; sync goes on.
    const hasty = await makeDesk('E', estate.target('A'));
    const twin = await hasty.repos.receipts.issue(clerk, makeIssueInput());
    expect(twin.no).toBe(old.no);
    await expect(hasty.sync()).resolves.toBeDefined();
    const listed = await hasty.repos.syncConflicts.listOpen();
    expect(listed.map((c) => [c.table, c.field, (c.other as { no: string }).no])).toEqual([
      ['receipts', '*unique', old.no],
    ]);
    expect(
      (await serverDocs(server, estate.name)).some((d) => d.id === `receipts:${twin.id}`),
    ).toBe(true);
  });
});
