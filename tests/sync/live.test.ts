import { afterEach, describe, expect, it } from 'vitest';
import { docIdOf } from '@shared/domain/sync/replication';
import { watchServer } from '../../renderer/src/db/sync/liveTriggers';
import type { RunOutcome } from '../../renderer/src/db/sync/syncRunner';
import { openRemote } from '../../renderer/src/db/sync/syncEngine';
import { makeUnit } from '../fixtures/archive';
import { clerk, otherClerk } from '../fixtures/moneyActors';
import { makeDesk, makeRunnerDesk, Pouch, type RunnerDesk } from './harness';
import { loopbackEstate } from './loopback';

/**
 * A change on one desk is seen on another without waiting for the half-minute interval: the
 * runner runs soon after an audited write, and when the server's changes feed brings another
 * desk's change (liveTriggers.ts). The interval here is an hour, so every run after the first
 * is one of those triggers. The waits are on the runners' outcomes, never on the clock.
 */
const loop = loopbackEstate('estate-live', ['A', 'B', 'C', 'D']);
const HOUR = 3_600_000;

const done = (o: RunOutcome) => o.kind === 'done';
const pushed = (o: RunOutcome) => o.kind === 'done' && o.round.pushed > 0;
const applied = (o: RunOutcome) => o.kind === 'done' && o.round.applied > 0;

const started: RunnerDesk[] = [];
afterEach(() => {
  for (const d of started.splice(0)) d.stop();
});

async function startDesk(series: string, code: string): Promise<RunnerDesk> {
  const desk = await makeRunnerDesk(series, code, loop.estate.target(code));
  const first = desk.outcome(done);
  desk.start(HOUR);
  started.push(desk);
  await first;
  return desk;
}

describe("the runner's triggers between interval ticks", () => {
  it('a write on A is pushed by A and pulled by B, and back, with no interval tick', async () => {
    const a = await startDesk('', 'A');
    const b = await startDesk('B', 'B');

    const aPushed = a.outcome(pushed);
    const bGot = b.outcome(applied);
    const input = makeUnit({ building: 'LA' });
    const unit = await a.repos.units.create(input, clerk);
    await aPushed;
    await bGot;
    expect(await b.db.units.get(unit.id)).toMatchObject({ id: unit.id, building: 'LA' });

    // An edit on B comes back to A the same way.
    const bPushed = b.outcome(pushed);
    const aGot = a.outcome(applied);
    await b.repos.units.update(unit.id, { ...input, notes: 'B' }, otherClerk);
    await bPushed;
    await aGot;
    expect((await a.db.units.get(unit.id))?.notes).toBe('B');
  });

  it('stops at a dead server (the write fails once, no retry loop) and resumes after it', async () => {
    const c = await startDesk('C', 'C');
    const d = await startDesk('D', 'D');
    const outcomes: RunOutcome[] = [];
    const record = () => {
      void c.outcome((o) => (outcomes.push(o), false));
    };
    record();

    await loop.server.kill();
    const failed = c.outcome((o) => o.kind === 'failed');
    await c.repos.units.create(makeUnit({ building: 'LC' }), clerk);
    await failed;
    // Offline: further writes wait for the interval (or 立即同步); none starts a run.
    const later = await c.repos.units.create(makeUnit({ building: 'LC' }), clerk);
    await loop.server.restart();
    const back = await c.runner.syncNow();
    expect(back.kind).toBe('done');
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'done']);

    // Back online, both ways again: D's (failed-feed) runner pushes on its next write, and C,
    // whose run reopened its feed, pulls it.
    const dGot = d.outcome((o) => o.kind === 'done' && o.round.applied > 0);
    const cGot = c.outcome(applied);
    const dUnit = await d.repos.units.create(makeUnit({ building: 'LD' }), otherClerk);
    await cGot;
    expect(await c.db.units.get(dUnit.id)).toBeDefined();
    // D pulls C's offline writes with its own push run or the feed's.
    if (!(await d.db.units.get(later.id))) await dGot;
    expect(await d.db.units.get(later.id)).toBeDefined();
  });
});

describe("the server's changes feed", () => {
  it("does not wake a desk for its own upload coming back, only for another desk's", async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const b = await makeDesk('B', loop.estate.target('B'));
    await a.sync();
    await b.sync();
    const since = (await openRemote(Pouch, a.target).info()).update_seq;
    const foreign: string[] = [];
    let onB: () => void = () => undefined;
    const sawB = new Promise<void>((ok) => (onB = ok));
    const bUnitId = { value: '' };
    const feed = watchServer(
      openRemote(Pouch, a.target),
      a.replica,
      since,
      (id) => {
        foreign.push(id);
        if (id === docIdOf('units', bUnitId.value)) onB();
      },
      () => undefined,
    );
    try {
      const aUnit = await a.repos.units.create(makeUnit({ building: 'FA' }), clerk);
      await a.sync(); // on the server before B's: earlier in the feed
      bUnitId.value = (await b.repos.units.create(makeUnit({ building: 'FB' }), otherClerk)).id;
      await b.sync();
      await sawB;
      expect(foreign).not.toContain(docIdOf('units', aUnit.id));
      expect(foreign).toContain(docIdOf('units', bUnitId.value));
    } finally {
      feed.cancel();
    }
  });
});
