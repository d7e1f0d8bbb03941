import type { Actor } from '@shared/domain/record';
import type { Repositories } from '../../../renderer/src/db/repositories';

/** A valid property profile as the first-run wizard sends it. */
export function makeProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '阳光花园小区',
    kind: 'residential',
    address: '和平路 88 号',
    phone: '',
    stampText: '阳光花园物业服务中心',
    ...overrides,
  };
}

export const MANAGER_PIN = '2468';

/** A database past first run: one manager, plus a supervisor and a clerk added by them. */
export async function seedOperators(repos: Repositories) {
  const manager = await repos.operators.createFirstManager(makeProfile(), {
    name: '王经理',
    pin: MANAGER_PIN,
  });
  const supervisor = await repos.operators.create(
    { name: '李主管', role: 'supervisor', pin: '1357' },
    manager,
  );
  const clerk = await repos.operators.create(
    { name: '张前台', role: 'clerk', pin: '8642' },
    manager,
  );
  return { manager, supervisor, clerk } satisfies Record<string, Actor>;
}
