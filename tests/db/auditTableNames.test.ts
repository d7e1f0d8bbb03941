import { describe, expect, it } from 'vitest';
import { audit } from '../../renderer/src/i18n/zh-CN/audit';
import { makeTestDb } from './makeTestDb';

describe('the audit log names every table in Chinese', () => {
  it('has a name for each table the database holds (the audit table itself aside)', () => {
    const tables = makeTestDb()
      .tables.map((t) => t.name)
      .filter((name) => name !== 'audit');
    const missing = tables.filter((name) => !(name in audit.tables));
    expect(missing).toEqual([]);
  });
});
