import { KeyRuleError, checkLoan, overdueLoans } from '@shared/domain/keys';
import type { Actor } from '@shared/domain/record';
import { insertAudited, mustLive, RecordNotFoundError, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { KeyLoanRecord, KeyRecord } from '../records';
import { optional } from './receiptInputs';

/** What the desk types for a new key: the stored key without its loan and stamps. */
export type KeyInput = Pick<
  KeyRecord,
  'label' | 'name' | 'kind' | 'hook' | 'unitId' | 'unitCode' | 'count' | 'note'
>;

export interface LendInput {
  borrower: string;
  borrowerPhone?: string;
  reason: string;
  dueAt: string;
}

/** 钥匙: the key board and its lend/return log. */
export function createKeyRepository(db: TaizhangDB) {
  const liveKey = (id: string) => mustLive(db.keys, id);

  return {
    /** Adds a key to the board; labels (钥匙编号) are unique. */
    async createKey(actor: Actor, input: KeyInput): Promise<KeyRecord> {
      const label = input.label.trim();
      const problems: string[] = [];
      if (!label) problems.push('请填写钥匙编号');
      if (!input.name.trim()) problems.push('请填写钥匙名称');
      if (!Number.isInteger(input.count) || input.count < 1) problems.push('把数至少为 1');
      if (problems.length > 0) throw new KeyRuleError(problems);
      return db.transaction('rw', [db.keys, db.audit], async () => {
        if (await db.keys.where('label').equals(label).first())
          throw new KeyRuleError([`钥匙编号 ${label} 已存在`]);
        return insertAudited(
          db,
          db.keys,
          {
            ...optional({
              hook: input.hook?.trim(),
              unitId: input.unitId,
              unitCode: input.unitCode,
              note: input.note?.trim(),
            }),
            label,
            name: input.name.trim(),
            kind: input.kind,
            count: input.count,
          },
          actor,
        );
      });
    },

    /** Lends a key that is on the board; refused while it is out. */
    async lend(actor: Actor, keyId: string, input: LendInput): Promise<KeyLoanRecord> {
      const lentAt = nowIso();
      const problems = checkLoan({ ...input, lentAt });
      if (problems.length > 0) throw new KeyRuleError(problems);
      return db.transaction('rw', [db.keys, db.keyLoans, db.audit], async () => {
        const key = await liveKey(keyId);
        if (key.loanId) throw new KeyRuleError([`钥匙 ${key.label} 已借出，尚未归还`]);
        const loan = await insertAudited(
          db,
          db.keyLoans,
          {
            ...optional({ borrowerPhone: input.borrowerPhone?.trim() }),
            keyId,
            keyLabel: key.label,
            borrower: input.borrower.trim(),
            reason: input.reason.trim(),
            lentAt,
            dueAt: input.dueAt,
            lentByName: actor.name,
          },
          actor,
          `借出钥匙 ${key.label} 给 ${input.borrower.trim()}`,
        );
        await updateAudited(db, db.keys, keyId, { loanId: loan.id }, actor);
        return loan;
      });
    },

    /** Takes a lent key back onto the board. */
    async giveBack(actor: Actor, loanId: string): Promise<KeyLoanRecord> {
      return db.transaction('rw', [db.keys, db.keyLoans, db.audit], async () => {
        const loan = await db.keyLoans.get(loanId);
        if (!loan) throw new RecordNotFoundError('keyLoans', loanId);
        if (loan.returnedAt) throw new KeyRuleError([`钥匙 ${loan.keyLabel} 已归还`]);
        const key = await db.keys.get(loan.keyId);
        if (key?.loanId === loanId)
          await updateAudited(db, db.keys, key.id, { loanId: undefined }, actor);
        return updateAudited(
          db,
          db.keyLoans,
          loanId,
          { returnedAt: nowIso(), receivedByName: actor.name },
          actor,
        );
      });
    },

    /** Every live key, by label. */
    async listKeys(): Promise<KeyRecord[]> {
      const keys = await db.keys.orderBy('label').toArray();
      return keys.filter((k) => !k.deletedAt);
    },

    /** Loans newest first; `openOnly` leaves out returned ones. */
    async listLoans(openOnly = false, limit = 500): Promise<KeyLoanRecord[]> {
      const loans = await db.keyLoans.orderBy('lentAt').reverse().limit(limit).toArray();
      return openOnly ? loans.filter((l) => !l.returnedAt) : loans;
    },

    /** Loans overdue at `now`, longest overdue first. */
    async overdue(now = nowIso()): Promise<KeyLoanRecord[]> {
      const open = await db.keyLoans.where('dueAt').below(now).toArray();
      return overdueLoans(open, now);
    },
  };
}

export type KeyRepository = ReturnType<typeof createKeyRepository>;
