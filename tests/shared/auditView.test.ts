import { describe, expect, it } from 'vitest';
import {
  auditEntriesFor,
  auditViewFor,
  maskAuditEntry,
  maskPersonalText,
} from '@shared/domain/auditView';
import type { AuditEntry } from '@shared/domain/record';

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 'a1',
  at: '2026-11-17T02:30:00.000Z',
  actorId: 'clerk-1',
  actorName: '王前台',
  action: 'create',
  table: 'people',
  recordId: 'p1',
  changes: {
    name: [undefined, '张三'],
    idNumber: [undefined, '11010519491231002X'],
    phones: [['13812345678'], ['13812345678', '0755-12345678']],
    workers: [undefined, [{ name: '李四', idNumber: '110105194912310021' }]],
    note: [undefined, '回电 13900001111'],
  },
  summary: '身份证 11010519491231002X，电话 13812345678',
  ...over,
});

describe('audit log view by role (issue 15 finding 5)', () => {
  it('a clerk sees her own entries, a supervisor all masked, a manager all as written', () => {
    expect(auditViewFor('clerk')).toEqual({ ownOnly: true, masked: true });
    expect(auditViewFor('supervisor')).toEqual({ ownOnly: false, masked: true });
    expect(auditViewFor('manager')).toEqual({ ownOnly: false, masked: false });
  });

  it('masks ID numbers and phones in changes at any depth and in the summary', () => {
    const masked = maskAuditEntry(entry());
    expect(masked.changes).toEqual({
      name: [undefined, '张三'],
      idNumber: [undefined, '110***********002X'],
      phones: [['138****5678'], ['138****5678', '0755-****5678']],
      workers: [undefined, [{ name: '李四', idNumber: '110***********0021' }]],
      note: [undefined, '回电 139****1111'],
    });
    expect(masked.summary).toBe('身份证 110***********002X，电话 138****5678');
    expect(JSON.stringify(masked)).not.toMatch(/13812345678|11010519491231002X/);
  });

  it('leaves masked text and other numbers alone', () => {
    expect(maskPersonalText('138****5678 收据 SJ2026-000123 金额 100000')).toBe(
      '138****5678 收据 SJ2026-000123 金额 100000',
    );
  });

  it('filters and masks a list for the viewer', () => {
    const mine = entry();
    const theirs = entry({ id: 'a2', actorId: 'sup-1' });
    expect(
      auditEntriesFor([mine, theirs], { id: 'clerk-1', role: 'clerk' }).map((e) => e.id),
    ).toEqual(['a1']);
    const forSupervisor = auditEntriesFor([mine, theirs], { id: 'sup-1', role: 'supervisor' });
    expect(forSupervisor).toHaveLength(2);
    expect(forSupervisor[0]?.summary).not.toContain('13812345678');
    expect(auditEntriesFor([mine], { id: 'm', role: 'manager' })[0]).toEqual(mine);
  });
});
