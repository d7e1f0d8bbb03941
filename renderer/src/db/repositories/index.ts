import type { TaizhangDB } from '../database';
import { createAuditRepository } from './auditRepository';
import { createAuditSearchRepository } from './auditSearchRepository';
import { createCashupRepository } from './cashupRepository';
import { createPersonRepository } from './personRepository';
import { createReceiptRepository } from './receiptRepository';
import { createSearchRepository } from './searchRepository';
import { createOperatorRepository } from './operatorRepository';
import { createSettingsRepository } from './settingsRepository';
import { createUnitRepository } from './unitRepository';

/**
 * All table access goes through these repositories. Each feature adds its repository here;
 * components reach them through `useRepos()`, never through `db`.
 */
export function createRepositories(db: TaizhangDB) {
  const settings = createSettingsRepository(db);
  return {
    db,
    settings,
    operators: createOperatorRepository(db, settings),
    auditSearch: createAuditSearchRepository(db),
    audit: createAuditRepository(db),
    receipts: createReceiptRepository(db, settings.moneySettings),
    cashups: createCashupRepository(db),
    units: createUnitRepository(db),
    people: createPersonRepository(db),
    search: createSearchRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
