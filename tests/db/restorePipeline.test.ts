import { describe, expect, it } from 'vitest';
import {
  pipelined,
  type PreparedGroups,
  type RowGroup,
} from '../../renderer/src/db/backup/writeRestore';

/** A writer whose commits finish only when the test says so; it logs what happens in order. */
function slowWriter(log: string[]) {
  const pending: (() => void)[] = [];
  return {
    pending,
    writer: {
      prepare: async (groups: readonly RowGroup[]): Promise<PreparedGroups> => {
        log.push(`prepare ${groups[0]!.table}`);
        return { prepared: [], rows: groups[0]!.rows.length };
      },
      commit: ({ rows }: PreparedGroups) =>
        new Promise<number>((done) => {
          log.push(`commit ${rows}`);
          pending.push(() => {
            log.push(`committed ${rows}`);
            done(rows);
          });
        }),
    },
  };
}

async function* groupsOf(log: string[], ...tables: string[]): AsyncGenerator<RowGroup[]> {
  for (const [i, table] of tables.entries()) {
    log.push(`read ${table}`);
    yield [{ table, rows: Array.from({ length: i + 1 }, () => ({})) }];
  }
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('restore writes one transaction while it reads and parses the next groups', () => {
  it('reads and prepares the next group before the last one has committed, in file order', async () => {
    const log: string[] = [];
    const { writer, pending } = slowWriter(log);
    const wrote: number[] = [];
    const run = pipelined(groupsOf(log, 'units', 'receipts', 'cases'), writer, (n) =>
      wrote.push(n),
    );
    await settle();
    // The first commit is still in flight, and the second group is already read and parsed.
    expect(log).toEqual([
      'read units',
      'prepare units',
      'commit 1',
      'read receipts',
      'prepare receipts',
    ]);
    expect(wrote).toEqual([]);
    pending.shift()!();
    await settle();
    expect(log.slice(5)).toEqual(['committed 1', 'commit 2', 'read cases', 'prepare cases']);
    pending.shift()!();
    await settle();
    pending.shift()!();
    await run;
    expect(wrote).toEqual([1, 2, 3]);
    // Never two transactions at once.
    expect(log.filter((l) => l.startsWith('commit ')).length).toBe(3);
  });

  it('a failed read waits for the transaction in flight, then fails the restore', async () => {
    const log: string[] = [];
    const { writer, pending } = slowWriter(log);
    async function* broken(): AsyncGenerator<RowGroup[]> {
      yield [{ table: 'units', rows: [{}] }];
      throw new Error('file gone');
    }
    const run = pipelined(broken(), writer, () => undefined);
    let failed = false;
    run.catch(() => (failed = true));
    await settle();
    expect(failed).toBe(false);
    pending.shift()!();
    await expect(run).rejects.toThrow('file gone');
    expect(log.at(-1)).toBe('committed 1');
  });
});
