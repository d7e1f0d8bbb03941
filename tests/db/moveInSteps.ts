/** The step move-in repository tests start from: a move-in opened on a vacant unit. */
import { createRepositories } from '../../renderer/src/db/repositories';
import type { MoveInInput } from '../../renderer/src/db/repositories/moveInRepository';
import { archiveClerk, makeUnit } from '../fixtures/archive';
import { makeTestDb } from './makeTestDb';

/**
 * A fresh desk with a vacant unit and a move-in opened on it for 张三 (the owner, unless
 * `applicant` says otherwise).
 */
export async function openMoveIn(applicant: Partial<MoveInInput> = {}) {
  const repos = createRepositories(makeTestDb());
  const unit = await repos.units.create(makeUnit({ status: 'vacant' }), archiveClerk);
  const m = await repos.moveIns.create(archiveClerk, {
    unitId: unit.id,
    unitCode: unit.code,
    applicantKind: 'owner',
    applicantName: '张三',
    applicantPhone: '13812345678',
    ...applicant,
  });
  return { repos, unit, m };
}
