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
import { writeSystemAudit } from '../audited';
import { nowIso } from '../ids';
import type { OperatorRecord } from '../records';
import { toActor } from './operatorRecords';

export type PinCheck =
  { ok: true; op: OperatorRecord } | { ok: false; error: string; lockedUntil?: string };
export type SignInResult =
  { ok: true; actor: Actor } | { ok: false; error: string; lockedUntil?: string };

/** Office clock time (`HH:mm`) of a lock's end. */
const clockTime = (iso: string) => formatOfficeDateTime(iso).slice(11);

const isActive = (op: OperatorRecord | undefined): op is OperatorRecord =>
  op !== undefined && op.active && !op.deletedAt;

/**
 * PIN checks with the lockout of pin.ts, the policy read from the `limits` setting each time.
 * Every try is counted BEFORE the PIN is compared, in one rw transaction on the operator row:
 * PBKDF2 runs outside any transaction (a foreign promise inside one would commit it), so a
 * count raised only after a wrong PIN let 30 parallel tries all pass the lock check (issue 15).
 * Now the sixth of any number of parallel tries finds the lock; a right PIN clears the count.
 */
export function createPinChecks(db: TaizhangDB, lockoutPolicy: () => Promise<LockoutPolicy>) {
  /** Counts one try, or refuses it when locked (audited). */
  async function reserveTry(
    id: string,
    policy: LockoutPolicy,
  ): Promise<{ op: OperatorRecord; failures: number } | { refused: PinCheck }> {
    return db.transaction('rw', [db.operators, db.audit], async () => {
      const op = await db.operators.get(id);
      if (!isActive(op)) {
        return { refused: { ok: false, error: t('operators.errors.unknownOperator') } as PinCheck };
      }
      const at = nowIso();
      const state = lockoutState(op.failedAttempts, op.lastFailureAt, at, policy);
      if (state.locked) {
        await writeSystemAudit(db, toActor(op), {
          action: 'signInFailed',
          table: 'operators',
          recordId: op.id,
          summary: t('operators.signIn.lockedOutFor', { time: clockTime(state.until) }),
        });
        return { refused: lockedOut(state.until) };
      }
      const failures = op.failedAttempts + 1;
      // Not an edit of the operator: updatedAt/updatedBy stay as the last real change.
      await db.operators.put({ ...op, failedAttempts: failures, lastFailureAt: at });
      return { op, failures };
    });
  }

  /**
   * Checks the PIN of someone who is not signing in (the incoming clerk at a handover): the
   * same counted tries and lockout as sign-in; no session begins.
   */
  async function confirm(op: OperatorRecord, pin: string): Promise<SignInResult> {
    const checked = await checkPin(op.id, pin);
    if (!checked.ok) return checked;
    return { ok: true, actor: toActor(checked.op) };
  }

  /**
   * Checks `pin` for operator `id`: a wrong PIN stays counted and is audited, a locked or
   * inactive operator is refused unchecked; a right one clears the count (plus `patch`, e.g.
   * a re-hash) and returns the fresh row.
   */
  async function checkPin(
    id: string,
    pin: string,
    patch: (op: OperatorRecord) => Promise<Partial<OperatorRecord>> = async () => ({}),
  ): Promise<PinCheck> {
    const policy = await lockoutPolicy();
    const reserved = await reserveTry(id, policy);
    if ('refused' in reserved) return reserved.refused;
    const { op, failures } = reserved;
    if (await verifyPin(pin, op.pin)) {
      const extra = await patch(op);
      return db.transaction('rw', [db.operators], async (): Promise<PinCheck> => {
        const fresh = await db.operators.get(id);
        if (!isActive(fresh)) return { ok: false, error: t('operators.errors.unknownOperator') };
        const next = { ...fresh, ...extra, failedAttempts: 0, lastFailureAt: undefined };
        await db.operators.put(next);
        return { ok: true, op: next };
      });
    }
    await db.transaction('rw', [db.audit], () =>
      writeSystemAudit(db, toActor(op), {
        action: 'signInFailed',
        table: 'operators',
        recordId: op.id,
        changes: { failedAttempts: [failures - 1, failures] },
      }),
    );
    const at = nowIso();
    const after = lockoutState(failures, at, at, policy);
    if (after.locked) return lockedOut(after.until);
    return { ok: false, error: t('operators.errors.wrongPin', { left: after.attemptsLeft }) };
  }

  /**
   * Signs operator `id` in: on the right PIN the failure count is cleared, an old hash is moved
   * to today's iteration count, the sign-in is audited and the desk's session begins.
   */
  async function signIn(id: string, pin: string): Promise<SignInResult> {
    const checked = await checkPin(id, pin, async (op) =>
      needsRehash(op.pin) ? { pin: await hashPin(pin) } : {},
    );
    if (!checked.ok) return checked;
    const actor = toActor(checked.op);
    await db.transaction('rw', [db.audit], () =>
      writeSystemAudit(db, actor, { action: 'signIn', table: 'operators', recordId: actor.id }),
    );
    db.session.begin(checked.op);
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
