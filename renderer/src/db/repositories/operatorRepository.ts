import { liveQuery } from 'dexie';
import {
  isNameTaken,
  leavesNoManager,
  operatorNameSchema,
  roleSchema,
} from '@shared/domain/operators';
import { hashPin, lockoutState, type LockoutPolicy } from '@shared/domain/pin';
import { hasRole, requireRole, type Actor, type Role } from '@shared/domain/record';
import { t } from '../../i18n';
import type { TaizhangDB } from '../database';
import { mustLive, RecordNotFoundError, writeAudit } from '../audited';
import { nowIso } from '../ids';
import type { OperatorRecord } from '../records';
import type { SessionState } from '../session';
import {
  OperatorError,
  addOperatorAudited,
  checkPinFormat,
  newOperatorRecord,
  parseOr,
  putOperatorAudited,
  toActor,
} from './operatorRecords';
import { createPinChecks, type SignInResult } from './operatorSignIn';
import type { SettingsRepository } from './settingsRepository';

export { OperatorError } from './operatorRecords';
export type { SignInResult } from './operatorSignIn';

/** An operator as lists show it: never the PIN hash. */
export interface OperatorSummary {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  failedAttempts: number;
  createdAt: string;
  /** Set while wrong PINs keep the operator locked out. */
  lockedUntil?: string;
}

export interface NewOperator {
  name: string;
  role: Role;
  pin: string;
}

/**
 * Operators and sign-in. Management needs a manager, checked here (a hidden button is not a
 * permission). PINs are stored only as PBKDF2 hashes (shared/domain/pin.ts); the rules of who
 * manages whom are in shared/domain/operators.ts.
 */
export function createOperatorRepository(db: TaizhangDB, settings: SettingsRepository) {
  async function lockoutPolicy(): Promise<LockoutPolicy> {
    const limits = await settings.get('limits');
    return { maxFailures: limits.pinMaxFailures, lockMinutes: limits.pinLockMinutes };
  }
  const pins = createPinChecks(db, lockoutPolicy);

  async function activeOperator(id: string): Promise<OperatorRecord | undefined> {
    const op = await db.operators.get(id);
    return op && op.active && !op.deletedAt ? op : undefined;
  }

  async function isSessionCurrent(): Promise<boolean> {
    const session = db.session.current();
    if (!session) return false;
    const op = await activeOperator(session.operatorId);
    return !!op && (op.sessionEpoch ?? 0) === session.epoch && op.role === session.role;
  }

  /**
   * A new PIN hash on the operator, any lockout lifted; audited with `summary`. A reset by a
   * manager also ends the operator's open sessions (`endSessions`).
   */
  async function storeNewPin(
    id: string,
    newPin: string,
    actor: Actor,
    summary: string,
    endSessions: boolean,
  ) {
    const pin = await hashPin(newPin);
    await db.transaction('rw', [db.operators, db.audit], async () => {
      const before = await mustLive(db.operators, id);
      const after: OperatorRecord = {
        ...before,
        pin,
        failedAttempts: 0,
        lastFailureAt: undefined,
        ...(endSessions ? { sessionEpoch: (before.sessionEpoch ?? 0) + 1 } : {}),
        updatedAt: nowIso(),
        updatedBy: actor.id,
      };
      await putOperatorAudited(db, before, after, actor, summary);
    });
  }

  return {
    /** All operators ever added (active or not); 0 means the first-run wizard is due. */
    count: (): Promise<number> => db.operators.count(),
    /** When this desk was set up: the first manager's creation (the wizard's write). */
    async firstRunAt(): Promise<string | undefined> {
      const all = await db.operators.toArray();
      return all
        .map((o) => o.createdAt)
        .sort()
        .at(0);
    },

    /** Operators by name; active only unless asked. */
    async list(opts: { includeInactive?: boolean } = {}): Promise<OperatorSummary[]> {
      const [rows, policy] = await Promise.all([
        db.operators.orderBy('name').toArray(),
        lockoutPolicy(),
      ]);
      const now = nowIso();
      return rows
        .filter((o) => !o.deletedAt && (opts.includeInactive || o.active))
        .map((o) => {
          const state = lockoutState(o.failedAttempts, o.lastFailureAt, now, policy);
          const { id, name, role, active, failedAttempts, createdAt } = o;
          const summary: OperatorSummary = { id, name, role, active, failedAttempts, createdAt };
          return state.locked ? { ...summary, lockedUntil: state.until } : summary;
        });
    },

    /** The actor for an active operator; undefined otherwise. */
    async getActor(id: string): Promise<Actor | undefined> {
      const op = await activeOperator(id);
      return op && toActor(op);
    },

    /**
     * Takes back a session saved across a reload (F5) when its operator is still active under
     * the same epoch and role; undefined (and nobody signed in) otherwise.
     */
    async resumeSession(saved: SessionState): Promise<Actor | undefined> {
      const op = await activeOperator(saved.operatorId);
      if (!op || (op.sessionEpoch ?? 0) !== saved.epoch || op.role !== saved.role) {
        db.session.end();
        return undefined;
      }
      db.session.resume(saved);
      return toActor(op);
    },

    /**
     * Whether the desk's session is still good (its operator active, same epoch and role); the
     * shell watches this live and locks back to sign-in when it turns false.
     */
    isSessionCurrent,

    /** The desk's session (to keep across a reload, and to tell main). */
    currentSession: (): SessionState | undefined => db.session.current(),

    /**
     * Calls `onEnded` when the desk's session stops being good: her row changed (deactivated,
     * new role, PIN reset — watched live) or a write found it stale. Returns the unsubscribe.
     */
    watchSession(onEnded: () => void): () => void {
      const rows = liveQuery(() => isSessionCurrent()).subscribe({
        next: (ok) => {
          if (!ok) onEnded();
        },
      });
      const ended = db.session.subscribe((state) => {
        if (!state) onEnded();
      });
      return () => {
        rows.unsubscribe();
        ended();
      };
    },

    /** Ends the session without a sign-out entry (screen lock, or the session went stale). */
    endSession(): void {
      db.session.end();
    },

    /** Signs the operator out: audited while the session still holds, then ended. */
    async signOut(actor: Actor): Promise<void> {
      try {
        await db.transaction('rw', [db.audit], () =>
          writeAudit(db, actor, { action: 'signOut', table: 'operators', recordId: actor.id }),
        );
      } finally {
        db.session.end();
      }
    },

    /**
     * A second operator's PIN for something the signed-in clerk may not do alone (a price
     * below the standard): the PIN counts towards that operator's lockout like a sign-in.
     */
    async approve(id: string, pin: string, role: Role): Promise<Actor> {
      const checked = await pins.checkPin(id, pin);
      if (!checked.ok) throw new OperatorError(checked.error);
      const approver = toActor(checked.op);
      if (!hasRole(approver.role, role)) {
        throw new OperatorError(t('operators.errors.approverRole'));
      }
      return approver;
    },

    /** Adds an operator (manager only). */
    async create(input: NewOperator, actor: Actor): Promise<Actor> {
      requireRole(actor, 'manager');
      const name = parseOr(operatorNameSchema, input.name);
      const role = parseOr(roleSchema, input.role);
      checkPinFormat(input.pin);
      const pin = await hashPin(input.pin);
      return db.transaction('rw', [db.operators, db.audit], async () => {
        if (isNameTaken(await db.operators.toArray(), name)) {
          throw new OperatorError(t('operators.errors.nameTaken', { name }));
        }
        const record = newOperatorRecord({ name, role, pin }, actor.id);
        await addOperatorAudited(db, record, actor);
        return toActor(record);
      });
    },

    /** Changes name, role or status (manager only); keeps one active manager at least. */
    async update(
      id: string,
      patch: Partial<{ name: string; role: Role; active: boolean }>,
      actor: Actor,
    ): Promise<void> {
      requireRole(actor, 'manager');
      const next: Partial<OperatorRecord> = {};
      if (patch.name !== undefined) next.name = parseOr(operatorNameSchema, patch.name);
      if (patch.role !== undefined) next.role = parseOr(roleSchema, patch.role);
      if (patch.active !== undefined) next.active = patch.active;
      await db.transaction('rw', [db.operators, db.audit], async () => {
        const all = await db.operators.toArray();
        const before = all.find((o) => o.id === id);
        if (!before || before.deletedAt) throw new RecordNotFoundError('operators', id);
        const ends =
          (next.active === false && before.active) ||
          (next.role !== undefined && next.role !== before.role);
        const after = {
          ...before,
          ...next,
          // Deactivation or a new role ends her open sessions at their next step (session.ts).
          ...(ends ? { sessionEpoch: (before.sessionEpoch ?? 0) + 1 } : {}),
          updatedAt: nowIso(),
          updatedBy: actor.id,
        };
        if (after.active && isNameTaken(all, after.name, id)) {
          throw new OperatorError(t('operators.errors.nameTaken', { name: after.name }));
        }
        if (leavesNoManager(all, id, after)) {
          throw new OperatorError(t('operators.errors.lastManager'));
        }
        await putOperatorAudited(db, before, after, actor);
      });
    },

    /** Sets a new PIN for someone who forgot theirs (manager only); also lifts a lockout. */
    async resetPin(id: string, newPin: string, actor: Actor): Promise<void> {
      requireRole(actor, 'manager');
      checkPinFormat(newPin);
      await storeNewPin(id, newPin, actor, t('operators.page.resetPin'), true);
    },

    /** Any operator changes their own PIN; a wrong current PIN counts towards the lockout. */
    async changeOwnPin(actor: Actor, currentPin: string, newPin: string): Promise<void> {
      checkPinFormat(newPin);
      const op = await activeOperator(actor.id);
      if (!op) throw new OperatorError(t('operators.errors.unknownOperator'));
      const checked = await pins.checkPin(op.id, currentPin);
      if (!checked.ok) throw new OperatorError(checked.error);
      await storeNewPin(op.id, newPin, actor, t('operators.page.changeOwnPin'), false);
    },

    /** Signs an active operator in with their PIN, with the lockout (operatorSignIn.ts). */
    async signIn(id: string, pin: string): Promise<SignInResult> {
      return pins.signIn(id, pin);
    },

    /**
     * An active operator confirms with her PIN while someone else is signed in (the incoming
     * clerk at a handover); wrong PINs count towards her lockout as at sign-in.
     */
    async confirmPin(id: string, pin: string): Promise<SignInResult> {
      const op = await activeOperator(id);
      if (!op) return { ok: false, error: t('operators.errors.unknownOperator') };
      return pins.confirm(op, pin);
    },

    /**
     * First run: the property profile, the first manager and every other setting's default,
     * all in one transaction, and her session begins. Refused once any operator exists.
     */
    async createFirstManager(
      profile: unknown,
      manager: { name: string; pin: string },
    ): Promise<Actor> {
      const validProfile = settings.validate('profile', profile);
      const name = parseOr(operatorNameSchema, manager.name);
      checkPinFormat(manager.pin);
      const pin = await hashPin(manager.pin);
      return db
        .transaction('rw', [db.operators, db.settings, db.audit], async () => {
          if ((await db.operators.count()) > 0) {
            throw new OperatorError(t('operators.errors.firstRunDone'));
          }
          // The first manager creates itself: there is nobody else to name in the audit.
          const record = newOperatorRecord({ name, role: 'manager', pin });
          const actor = toActor(record);
          // Her session begins before her first audited writes, which check it like any other.
          db.session.begin(record);
          await addOperatorAudited(db, record, actor);
          await settings.writeDefaultsInTransaction(validProfile, actor);
          return actor;
        })
        .catch((error: unknown) => {
          db.session.end();
          throw error;
        });
    },
  };
}

export type OperatorRepository = ReturnType<typeof createOperatorRepository>;
