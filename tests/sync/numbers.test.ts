import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocNo } from '@shared/domain/numbering';
import { clerk, makeIssueInput, otherClerk } from '../fixtures/moneyActors';
import { makeDesk, serverDocs, setUpEstate, startServer, type LoopbackServer } from './harness';

let server: LoopbackServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('numbers on several desks', () => {
  it('receipts issued on both desks at once keep each series gapless, none lost or doubled', async () => {
    const estate = await setUpEstate(server, 'estate-numbers', ['A', 'B']);
    const a = await makeDesk('', estate.target('A'));
    const b = await makeDesk('B', estate.target('B'));
    const issue = async (desk: typeof a, who: typeof clerk, n: number) => {
      const made = [];
      for (let i = 0; i < n; i++) {
        made.push(desk.repos.receipts.issue(who, makeIssueInput()));
        if (i % 10 === 5) made.push(desk.sync().then(() => null)); // syncing while issuing
      }
      return (await Promise.all(made)).filter((r) => r !== null);
    };
    const [fromA, fromB] = await Promise.all([issue(a, clerk, 30), issue(b, otherClerk, 30)]);
    for (let i = 0; i < 2; i++) {
      await a.sync();
      await b.sync();
    }
    const seqs = (rows: { no: string }[], desk: string) =>
      rows
        .map((r) => parseDocNo(r.no)!)
        .filter((p) => (p.desk ?? '') === desk)
        .map((p) => p.seq)
        .sort((x, y) => x - y);
    const all = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(seqs(fromA, '')).toEqual(all);
    expect(seqs(fromB, 'B')).toEqual(all);
    for (const desk of [a, b]) {
      const rows = await desk.db.receipts.toArray();
      expect(rows).toHaveLength(60);
      expect(new Set(rows.map((r) => r.no)).size).toBe(60);
      expect(seqs(rows, '')).toEqual(all);
      expect(seqs(rows, 'B')).toEqual(all);
      expect(rows.map((r) => r.id).sort()).toEqual([...fromA, ...fromB].map((r) => r.id).sort());
    }
    const onServer = (await serverDocs(server, estate.name)).filter((d) =>
      d.id.startsWith('receipts:'),
    );
    expect(onServer).toHaveLength(60);
    // The counters stayed on their desks.
    expect(await a.db.counters.get('counter:SJ:B:2026')).toBeUndefined();
    expect((await b.db.counters.get('counter:SJ:B:2026'))?.next).toBe(31);
  });
});
