import { describe, expect, it } from 'vitest';
import {
  BACKUP_RECORD_SCHEMAS,
  BACKUP_TABLE_LABELS,
  createInvariantChecker,
  parseBackupRow,
} from '@shared/domain/backupRecords';

const AT = '2026-03-05T02:00:00.000Z';
const base = { createdAt: AT, updatedAt: AT, createdBy: 'm', updatedBy: 'm' };
const receipt = (over: Record<string, unknown> = {}) => ({
  ...base,
  id: 'r-1',
  no: 'SJ2026-000001',
  requestId: 'q-1',
  kind: 'receipt',
  status: 'valid',
  issuedAt: AT,
  method: 'cash',
  totalFen: 500,
  lines: [{ amountFen: 500 }],
  clerkId: 'c',
  itemCodes: [],
  printCount: 0,
  ...over,
});

describe('backup record schemas', () => {
  it('has a schema and a Chinese name for every table', () => {
    expect(Object.keys(BACKUP_RECORD_SCHEMAS).sort()).toEqual(
      Object.keys(BACKUP_TABLE_LABELS).sort(),
    );
  });

  it('names the table, row and field of a refusal, in Chinese', () => {
    expect(() => parseBackupRow('receipts', receipt({ totalFen: -1 }), 4)).toThrow(
      /收据（receipts）第 5 行（r-1）字段“金额”（totalFen）无效。未做任何更改/,
    );
    expect(() => parseBackupRow('receipts', receipt({ totalFen: 1.5 }), 0)).toThrow(/金额/);
    expect(() => parseBackupRow('operators', { ...base, id: 'o', role: 'root' }, 0)).toThrow(
      /操作员（operators）第 1 行（o）/,
    );
    expect(() => parseBackupRow('strangers', {}, 0)).toThrow(/不认识的数据表/);
    expect(() => parseBackupRow('__proto__', {}, 0)).toThrow(/不认识的数据表/);
    expect(parseBackupRow('receipts', receipt({ extra: 'kept' }), 0)).toMatchObject({
      extra: 'kept',
    });
  });

  it('checks invariants across rows and works out the counters', () => {
    const check = createInvariantChecker({ receipts: ['no', 'requestId'] });
    check.add('receipts', receipt(), 0);
    check.add('receipts', receipt({ id: 'r-2', no: 'SJ2026-000009', requestId: 'q-2' }), 1);
    check.add('operators', { ...base, id: 'o', role: 'manager', active: true }, 0);
    const minimums = check.finish({ requireManager: true });
    expect(minimums.get('counter:SJ:2026')).toBe(10);

    const noManager = createInvariantChecker({});
    expect(() => noManager.finish({ requireManager: true })).toThrow(/没有在职的主管/);

    const sum = createInvariantChecker({});
    expect(() => sum.add('receipts', receipt({ totalFen: 600 }), 0)).toThrow(/明细合计不符/);
    const series = createInvariantChecker({});
    expect(() => series.add('receipts', receipt({ kind: 'refund' }), 0)).toThrow(/编号与单据类型/);
  });
});
