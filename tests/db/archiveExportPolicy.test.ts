import { describe, expect, it } from 'vitest';
import { mayExportUnmasked } from '@shared/domain/archivePolicy';
import { PermissionError, type Actor } from '@shared/domain/record';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makePerson, makeUnit } from '../fixtures/archive';
import { makeTestDb } from './makeTestDb';

const manager: Actor = { id: 'mgr-1', name: '张经理', role: 'manager' };

describe('full-data archive export (issue 8 item 8)', () => {
  it('only a manager may export unmasked', () => {
    expect(mayExportUnmasked('clerk')).toBe(false);
    expect(mayExportUnmasked('supervisor')).toBe(false);
    expect(mayExportUnmasked('manager')).toBe(true);
  });

  it('the repository refuses a supervisor full data, allows masked to anyone, audits 完整数据', async () => {
    const repos = createRepositories(makeTestDb());
    const unit = await repos.units.create(makeUnit(), manager);
    await repos.people.create(unit.id, makePerson(), manager);

    await expect(repos.archiveExport.load(supervisor, false)).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(
      repos.archiveExport.recordExport(supervisor, false, '导出业户档案（完整数据）'),
    ).rejects.toBeInstanceOf(PermissionError);
    expect((await repos.archiveExport.load(clerk, true)).people).toHaveLength(1);

    const full = await repos.archiveExport.load(manager, false);
    expect(full.units).toHaveLength(1);
    await repos.archiveExport.recordExport(
      manager,
      false,
      '导出业户档案（完整数据）：房号 1 户，住户 1 人',
    );
    const entries = await repos.audit.list({ recordId: 'archive' });
    expect(entries.map((e) => [e.action, e.actorId, e.summary])).toEqual([
      ['export', manager.id, '导出业户档案（完整数据）：房号 1 户，住户 1 人'],
    ]);
  });
});
