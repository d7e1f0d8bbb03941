import { describe, expect, it } from 'vitest';
import { conflictKey, mergeRows, unionList } from '@shared/domain/sync/merge';
import {
  docIdOf,
  isReplicatedRow,
  parseDocId,
  replicationKind,
} from '@shared/domain/sync/replication';

const base = {
  id: 'w1',
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
  updatedBy: 'op-a',
  status: 'open',
  contactPhone: '13800000001',
  note: '',
  assignee: '',
};

describe('mergeRows: field by field', () => {
  it('takes each side’s change to different fields, with no conflict', () => {
    const a = { ...base, note: '业主下午在家', updatedAt: '2026-11-02T02:00:00.000Z' };
    const b = {
      ...base,
      assignee: '王师傅',
      updatedAt: '2026-11-02T03:00:00.000Z',
      updatedBy: 'op-b',
    };
    const { merged, conflicts } = mergeRows('workOrders', base, a, b, true);
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({ note: '业主下午在家', assignee: '王师傅', updatedBy: 'op-b' });
    expect(merged['updatedAt']).toBe('2026-11-02T03:00:00.000Z');
  });

  it('keeps the later change of one field and lists the other value', () => {
    const a = { ...base, contactPhone: '13900000002', updatedAt: '2026-11-02T05:00:00.000Z' };
    const b = { ...base, contactPhone: '13700000003', updatedAt: '2026-11-02T04:00:00.000Z' };
    const ab = mergeRows('workOrders', base, a, b, false);
    const ba = mergeRows('workOrders', base, b, a, true);
    expect(ab.merged['contactPhone']).toBe('13900000002');
    expect(ab.conflicts).toEqual([
      { field: 'contactPhone', kept: '13900000002', other: '13700000003' },
    ]);
    // The same on every desk, whichever side it calls "a".
    expect(ba).toEqual(ab);
  });

  it('breaks a tie of updatedAt by the revision CouchDB made the winner', () => {
    const a = { ...base, note: 'A', updatedAt: '2026-11-02T05:00:00.000Z' };
    const b = { ...base, note: 'B', updatedAt: '2026-11-02T05:00:00.000Z' };
    expect(mergeRows('workOrders', base, a, b, true).merged['note']).toBe('A');
    expect(mergeRows('workOrders', base, a, b, false).merged['note']).toBe('B');
  });

  it('without a base, every differing field is a conflict', () => {
    const a = { ...base, note: 'A', updatedAt: '2026-11-02T06:00:00.000Z' };
    const b = { ...base, note: 'B' };
    expect(mergeRows('workOrders', undefined, a, b, true).conflicts).toHaveLength(1);
  });

  it('the same change on both sides is no conflict', () => {
    const a = { ...base, note: '同', updatedAt: '2026-11-02T06:00:00.000Z' };
    const b = { ...base, note: '同', updatedAt: '2026-11-02T07:00:00.000Z' };
    expect(mergeRows('workOrders', base, a, b, true).conflicts).toEqual([]);
  });
});

describe('mergeRows: the domain decides', () => {
  const caseBase = {
    ...base,
    status: 'closed',
    revisits: [] as unknown[],
    history: [{ id: 'h1', what: 'close' }],
  };

  it('a reopened case stays reopened against a later edit without that revisit', () => {
    const reopened = {
      ...caseBase,
      status: 'open',
      revisits: [{ id: 'r1', satisfaction: 'unsatisfied' }],
      history: [...caseBase.history, { id: 'h2', what: 'revisit' }],
      updatedAt: '2026-11-03T01:00:00.000Z',
    };
    const closedAgain = {
      ...caseBase,
      status: 'revisited',
      history: [...caseBase.history, { id: 'h3', what: 'note' }],
      updatedAt: '2026-11-03T02:00:00.000Z',
    };
    const { merged, conflicts } = mergeRows('cases', caseBase, reopened, closedAgain, true);
    expect(merged['status']).toBe('open');
    expect(merged['revisits']).toEqual([{ id: 'r1', satisfaction: 'unsatisfied' }]);
    expect((merged['history'] as { id: string }[]).map((h) => h.id)).toEqual(['h1', 'h3', 'h2']);
    expect(conflicts).toEqual([]);
  });

  it('a voided receipt stays void; print counts take the higher', () => {
    const r = { ...base, status: 'valid', printCount: 1 };
    const voided = {
      ...r,
      status: 'void',
      voidedAt: '2026-11-03T01:00:00.000Z',
      updatedAt: '2026-11-03T01:00:00.000Z',
    };
    const printed = { ...r, printCount: 3, updatedAt: '2026-11-03T02:00:00.000Z' };
    const { merged } = mergeRows('receipts', r, voided, { ...printed, status: 'valid' }, true);
    expect(merged).toMatchObject({ status: 'void', printCount: 3 });
    const both = mergeRows('receipts', r, { ...voided, printCount: 2 }, printed, true);
    expect(both.merged['printCount']).toBe(3);
    expect(both.conflicts).toEqual([]);
  });

  it('a soft delete on one side stays', () => {
    const deleted = {
      ...base,
      deletedAt: '2026-11-03T01:00:00.000Z',
      updatedAt: '2026-11-03T01:00:00.000Z',
    };
    const edited = { ...base, note: 'x', updatedAt: '2026-11-03T02:00:00.000Z' };
    const { merged } = mergeRows('workOrders', base, deleted, edited, true);
    expect(merged).toMatchObject({ deletedAt: '2026-11-03T01:00:00.000Z', note: 'x' });
  });

  it('append-only rows are never merged', () => {
    const e = { id: 'a1', at: '2026-11-03T01:00:00.000Z', summary: 'x' };
    expect(mergeRows('audit', undefined, e, { ...e }, true)).toEqual({ merged: e, conflicts: [] });
    expect(replicationKind('audit')).toBe('append');
    expect(replicationKind('keyLoans')).toBe('merge');
  });

  it('unions growing lists by id, keeping the winner’s edit of an entry', () => {
    expect(
      unionList(
        [{ id: 'a', n: 1 }],
        [{ id: 'a', n: 2 }, { id: 'b' }],
        [{ id: 'a', n: 1 }, { id: 'c' }],
      ),
    ).toEqual([{ id: 'a', n: 2 }, { id: 'b' }, { id: 'c' }]);
  });
});

describe('replication policy', () => {
  it('keeps counters, operators and this PC’s settings local', () => {
    expect(isReplicatedRow('counters', 'counter:SJ:2026')).toBe(false);
    expect(isReplicatedRow('operators', 'op-1')).toBe(false);
    expect(isReplicatedRow('settings', 'printing')).toBe(false);
    expect(isReplicatedRow('settings', 'fees')).toBe(true);
    expect(isReplicatedRow('receipts', 'r1')).toBe(true);
    // a register added later replicates without being named
    expect(isReplicatedRow('enquiries', 'e1')).toBe(true);
  });

  it('reads document ids back', () => {
    expect(parseDocId(docIdOf('receipts', 'a:b'))).toEqual({ table: 'receipts', key: 'a:b' });
    expect(parseDocId('_design/taizhang')).toBeNull();
  });

  it('gives a conflict the same key on every desk', () => {
    const c = { field: 'note', kept: 'A', other: 'B' };
    expect(conflictKey('cases', 'c1', c)).toBe(conflictKey('cases', 'c1', { ...c }));
    expect(conflictKey('cases', 'c1', c)).not.toBe(
      conflictKey('cases', 'c1', { ...c, other: 'C' }),
    );
  });
});
