import { describe, expect, it } from 'vitest';
import { makePerson, makeUnit } from '../fixtures/archive';
import { clerk, makeIssueInput, otherClerk } from '../fixtures/moneyActors';
import { makeDesk, serverDocs, snapshot, type Desk } from './harness';
import { converge, loopbackEstate } from './loopback';

const TABLES = ['units', 'people', 'receipts', 'audit'];

const loop = loopbackEstate('estate-lh', ['A', 'B']);

async function expectSame(a: Desk, b: Desk) {
  const sa = await snapshot(a, TABLES);
  const sb = await snapshot(b, TABLES);
  expect([...sb.keys()].sort()).toEqual([...sa.keys()].sort());
  // A row travels as JSON: an audit change's "before" of undefined arrives as null.
  const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  for (const [key, row] of sa) expect(json(sb.get(key)), key).toEqual(json(row));
  return sa;
}

describe('two desks of one estate', () => {
  it('work offline, then reconnect: every record on both, none lost or doubled', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const b = await makeDesk('B', loop.estate.target('B'));
    const unitsA = [];
    for (let i = 0; i < 5; i++) unitsA.push(await a.repos.units.create(makeUnit(), clerk));
    const unitsB = [];
    for (let i = 0; i < 4; i++)
      unitsB.push(await b.repos.units.create(makeUnit({ building: '9' }), otherClerk));
    await a.repos.people.create(unitsA[0]!.id, makePerson({ name: '李四' }), clerk);
    const ra = await a.repos.receipts.issue(clerk, makeIssueInput());
    const rb = await b.repos.receipts.issue(otherClerk, makeIssueInput());
    expect(await a.bridge.pendingCount()).toBeGreaterThan(0);

    await converge(a, b);
    const rows = await expectSame(a, b);
    expect(await a.bridge.pendingCount()).toBe(0);
    expect(await b.bridge.pendingCount()).toBe(0);
    for (const u of [...unitsA, ...unitsB]) expect(rows.has(`units:${u.id}`), u.code).toBe(true);
    expect(await a.db.units.count()).toBe(9);
    expect(await b.db.receipts.count()).toBe(2);
    // each desk's number in its own series
    expect(ra.no).toMatch(/^SJ\d{4}-\d{6}$/);
    expect(rb.no).toMatch(/^SJ\d{4}-B-\d{6}$/);
    // audit entries travel too, once each
    const auditIds = (await b.db.audit.toArray()).map((e) => e.id);
    expect(new Set(auditIds).size).toBe(auditIds.length);
    expect(await b.db.audit.count()).toBe(await a.db.audit.count());
    // the server holds each record once; counters and operators never leave the desk
    const docs = await serverDocs(loop.server, loop.estate.name);
    expect(docs.filter((d) => d.id.startsWith('units:'))).toHaveLength(9);
    expect(docs.some((d) => d.id.startsWith('counters:') || d.id.startsWith('operators:'))).toBe(
      false,
    );
    // nothing applied from the server is sent back: a second round writes nothing
    const again = await a.sync();
    expect(again.pushed).toBe(0);
  });
});
