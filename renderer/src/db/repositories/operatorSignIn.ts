import { formatOfficeDateTime } from '@shared/domain/calendar';
import {
  hashPin,
  lockoutState,
  needsRehash,
  verifyPin,
  type LockoutPolicy,
} from '@shared/domain/pin';
import type { Actor } from '@shared/domain/record';
import { t } from '../../i18n';
import type { TaizhangDB } from '../database';
import { writeAudit } from '../audited';
import { nowIso } from '../ids';
import type { OperatorRecord } from '../records';
import { toActor } from './operatorRecords';

export type PinCheck = { ok: true } | { ok: false; error: string; lockedUntil?: string };
export type SignInResult =
  { ok: true; actor: Actor } | { ok: false; error: string; lockedUntil?: string };

/** Office clock time (`HH:mm`) of a lock's end. */
const clockTime = (iso: string) => formatOfficeDateTime(iso).slice(11);

/**
 * PIN checks with the lockout of pin.ts, the policy read from the `limits` setting each time.
 * PBKDF2 runs outside any transaction (a foreign promise inside one would commit it), so the
 * failure count is re-read inside the transaction that raises it.
 */
export function createPinChecks(db: TaizhangDB, lockoutPolicy: () => Promise<LockoutPolicy>) {
  /** A wrong PIN counts a failure and is audited; a locked operator is refused unchecked. */
  async function checkPin(op: OperatorRecord, pin: string): Promise<PinCheck> {
    const policy = await lockoutPolicy();
    const actor = toActor(op);
    const state = lockoutState(op.failedAttempts, op.lastFailureAt, nowIso(), policy);
    if (state.locked) {
      await db.transaction('rw', db.audit, () =>
        writeAudit(db, actor, {
          action: 'signInFailed',
          table: 'operators',
          recordId: op.id,
          summary: t('operators.signIn.lockedOutFor', { time: clockTime(state.until) }),
        }),
      );
      return lockedOut(state.until);
    }
    if (await verifyPin(pin, op.pin)) return { ok: true };
    return db.transaction('rw', [db.operators, db.audit], async (): Promise<PinCheck> => {
      const fresh = (await db.operators.get(op.id)) ?? op;
      const at = nowIso();
      const failures = fresh.failedAttempts + 1;
      // Not an edit of the operator: updatedAt/updatedBy stay as the last real change.
      await db.operators.put({ ...fresh, failedAttempts: failures, lastFailureAt: at });
      await writeAudit(db, actor, {
        action: 'signInFailed',
        table: 'operators',
        recordId: op.id,
        changes: { failedAttempts: [fresh.failedAttempts, failures] },
      });
      const after = lockoutState(failures, at, at, policy);
      if (after.locked) return lockedOut(after.until);
      return { ok: false, error: t('operators.errors.wrongPin', { left: after.attemptsLeft }) };
    });
  }

  /**
   * Checks `op`'s PIN for a confirmation by someone who is not signing in (the incoming clerk
   * at a handover): the same lockout as sign-in; the right PIN clears the failure count.
   */
  async function confirm(op: OperatorRecord, pin: string): Promise<SignInResult> {
    const checked = await checkPin(op, pin);
    if (!checked.ok) return checked;
    if (op.failedAttempts !== 0 || op.lastFailureAt) {
      await db.transaction('rw', db.operators, async () => {
        const fresh = (await db.operators.get(op.id)) ?? op;
        await db.operators.put({ ...fresh, failedAttempts: 0, lastFailureAt: undefined });
      });
    }
    return { ok: true, actor: toActor(op) };
  }

  /**
   * Signs `op` in: on the right PIN the failure count is cleared, an old hash is moved to
   * today's iteration count, and the sign-in is audited.
   */
  async function signIn(op: OperatorRecord, pin: string): Promise<SignInResult> {
    const checked = await checkPin(op, pin);
    if (!checked.ok) return checked;
    const patch: Partial<OperatorRecord> = {};
    if (op.failedAttempts !== 0 || op.lastFailureAt) {
      Object.assign(patch, { failedAttempts: 0, lastFailureAt: undefined });
    }
    if (needsRehash(op.pin)) patch.pin = await hashPin(pin);
    const actor = toActor(op);
    await db.transaction('rw', [db.operators, db.audit], async () => {
      if (Object.keys(patch).length > 0) {
        const fresh = (await db.operators.get(op.id)) ?? op;
        await db.operators.put({ ...fresh, ...patch });
      }
      await writeAudit(db, actor, { action: 'signIn', table: 'operators', recordId: op.id });
    });
    return { ok: true, actor };
  }

  return { checkPin, confirm, signIn };
}

function lockedOut(until: string): PinCheck {
  return {
    ok: false,
    error: t('operators.errors.lockedOut', { time: clockTime(until) }),
    lockedUntil: until,
  };
}
