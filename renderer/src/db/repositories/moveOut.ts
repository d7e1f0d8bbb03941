import { MoveInRuleError } from '@shared/domain/movein';
import { checkMoveOut } from '@shared/domain/moveOut';
import { officeDateOf } from '@shared/domain/officeTime';
import type { PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { MoveInRecord } from '../records';
import { chargeMoveIn, type CustodyDeps } from './moveInCustody';
import { optional } from './receiptInputs';
import { receiptTables } from './receiptRepository';

export interface MoveOutInput {
  keysReturned: number;
  /** Price per missing key (the `lost_key` line has no fixed price). */
  lostKeyFen: number;
  forwardingAddress: string;
  note?: string;
  /** Needed when keys are missing: the charge is a receipt. */
  requestId: string;
  method: PaymentMethod;
}

/** 退租/迁出 on a completed move-in: keys counted back, missing ones charged, unit vacant. */
export function createMoveOut(
  db: TaizhangDB,
  mustGet: (id: string) => Promise<MoveInRecord>,
  deps: Pick<CustodyDeps, 'receipts' | 'readMoney'>,
) {
  return {
    async moveOut(actor: Actor, id: string, input: MoveOutInput): Promise<MoveInRecord> {
      const money = await deps.readMoney();
      const tables = [db.moveIns, db.units, db.people, ...receiptTables(db)];
      return db.transaction('rw', tables, async () => {
        const m = await mustGet(id);
        if (m.status !== 'completed') throw new MoveInRuleError(['尚未交房，不能办理迁出']);
        if (m.moveOut) throw new MoveInRuleError(['该房屋已办理迁出']);
        if (m.custody && !m.custody.endedAt)
          throw new MoveInRuleError(['该房屋仍在托管中，请先结束托管']);
        const check = checkMoveOut({
          keysHanded: m.keysHanded,
          keysReturned: input.keysReturned,
          lostKeyFen: input.lostKeyFen,
          forwardingAddress: input.forwardingAddress,
        });
        if (check.problems.length > 0) throw new MoveInRuleError(check.problems);
        const receipt =
          check.missing > 0
            ? await chargeMoveIn(deps.receipts, actor, money, m, {
                requestId: input.requestId,
                lines: [{ code: 'lost_key', quantity: check.missing, unitFen: input.lostKeyFen }],
                method: input.method,
                what: '迁出',
              })
            : undefined;
        await updateAudited(db, db.units, m.unitId, { status: 'vacant' }, actor);
        // The applicant who took the unit over leaves it; others registered there stay.
        const at = nowIso();
        const leaving = await db.people.where('unitId').equals(m.unitId).toArray();
        for (const p of leaving) {
          if (p.deletedAt || p.moveOutDate || p.name !== m.applicantName) continue;
          await updateAudited(db, db.people, p.id, { moveOutDate: officeDateOf(at) }, actor);
        }
        const moveOut = {
          ...optional({ note: input.note?.trim() }),
          at,
          byName: actor.name,
          keysReturned: input.keysReturned,
          missingKeys: check.missing,
          chargeFen: check.chargeFen,
          forwardingAddress: input.forwardingAddress.trim(),
          ...(receipt ? { chargeReceiptId: receipt.id, chargeReceiptNo: receipt.no } : {}),
        };
        return updateAudited(db, db.moveIns, id, { moveOut }, actor);
      });
    },
  };
}
