/**
 * The signed-in session (issue 15): who may do what comes from who is signed in.
 *
 * Policy:
 * - The only operator who may write is the one signed in at this desk with her PIN. The session
 *   holds her operator id, a random session id and her operator row's `sessionEpoch` at sign-in.
 * - Every audited write re-reads her operator row inside its own transaction (`verifySessionActor`
 *   in audited.ts) and is refused unless the row is active, its epoch is still the session's and
 *   the role the caller claims is the row's role. A caller's `Actor` object is a claim, never a
 *   grant: a forged role, a deactivated operator or a changed role all fail inside the write.
 * - Deactivating an operator, changing her role or resetting her PIN bumps her epoch, so an open
 *   session of hers ends at its next write or as soon as the shell notices (it locks back to
 *   sign-in).
 * - Reads that reveal unmasked personal data (exports, backups, the audit log) check the same
 *   thing before reading (`requireSessionRole`).
 */
import type { Role } from '@shared/domain/record';

export interface SessionState {
  operatorId: string;
  /** Random per sign-in: names this session to main and in sessionStorage. */
  sessionId: string;
  /** The operator row's `sessionEpoch` when she signed in. */
  epoch: number;
  /** The role at sign-in; the row is what counts, this only tells main (see README Security). */
  role: Role;
}

/** The session has ended (signed out, deactivated, role changed): sign in again. */
export class SessionEndedError extends Error {
  constructor() {
    super('登录已失效（已退出、被停用或角色已变更），请重新登录');
    this.name = 'SessionEndedError';
  }
}

/** The caller named someone other than the signed-in operator. */
export class ForeignActorError extends Error {
  constructor() {
    super('只能以当前登录的操作员身份操作');
    this.name = 'ForeignActorError';
  }
}

type Listener = (state: SessionState | undefined) => void;

/** The one session of a database connection (one desk window). */
export class DeskSession {
  private state: SessionState | undefined;
  private readonly listeners = new Set<Listener>();

  current(): SessionState | undefined {
    return this.state;
  }

  begin(op: { id: string; role: Role; sessionEpoch?: number }): SessionState {
    this.set({
      operatorId: op.id,
      sessionId: globalThis.crypto.randomUUID(),
      epoch: op.sessionEpoch ?? 0,
      role: op.role,
    });
    return this.state!;
  }

  /** Takes back a session saved across a reload; the caller has checked it against the row. */
  resume(state: SessionState): void {
    this.set(state);
  }

  end(): void {
    if (this.state) this.set(undefined);
  }

  /** Called on every begin/resume/end; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: SessionState | undefined): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

/** Whether a stored session (sessionStorage, JSON) has the right shape. */
export function parseSessionState(value: unknown): SessionState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const roles: readonly unknown[] = ['clerk', 'supervisor', 'manager'];
  if (
    typeof v['operatorId'] === 'string' &&
    typeof v['sessionId'] === 'string' &&
    typeof v['epoch'] === 'number' &&
    roles.includes(v['role'])
  ) {
    return {
      operatorId: v['operatorId'],
      sessionId: v['sessionId'],
      epoch: v['epoch'],
      role: v['role'] as Role,
    };
  }
  return undefined;
}
