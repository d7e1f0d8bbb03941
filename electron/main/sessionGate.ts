/**
 * Who may reach the manager-only backup channels (issue 15). Policy:
 * - Main cannot read the renderer's IndexedDB, so it cannot check an operator row itself. At
 *   sign-in (and when a reload resumes a session) the renderer's session layer — which derives
 *   the role from the operators table, never from the page — tells main `session:begin` with
 *   the session id and role; sign-out, the screen lock, a deactivation noticed by the shell and
 *   any reload, crash or close of the window end it (`session:end`, `reset`).
 * - While no manager session is open, main refuses: choosing the backup folder, changing its
 *   password or rotation, restore reads (`backup:read`, `backup:open`) and manual or safety
 *   backups. Daily and on-quit backups go on for everyone: they write only to the folder a
 *   manager chose, encrypted with the password a manager set, so they take nothing home.
 * - What this does not do: stop code running inside our own page (it could claim a manager
 *   session). That page is our own bundle only — strict CSP, sandbox, no remote content, no
 *   devtools in a packaged build — so the gate closes every path through the app's own
 *   screens and repository calls, which is where the clerk is.
 */
import type { IpcImplementations } from './ipc';
import type { IpcParsedRequest } from '@shared/ipc';

export type SessionRole = IpcParsedRequest<'session:begin'>[0]['role'];

/** Thrown by a gated channel without a manager session; the page shows the message. */
export class ManagerSessionRequiredError extends Error {
  constructor(channel: string) {
    super(`需要经理登录才能使用此功能（${channel}）`);
    this.name = 'ManagerSessionRequiredError';
  }
}

export function createSessionGate() {
  let open: { sessionId: string; role: SessionRole } | undefined;
  return {
    begin(request: IpcParsedRequest<'session:begin'>[0]): void {
      open = { sessionId: request.sessionId, role: request.role };
    },
    /** Ends the named session; a stale id (an older session) changes nothing. */
    end(request: IpcParsedRequest<'session:end'>[0]): void {
      if (open?.sessionId === request.sessionId) open = undefined;
    },
    /** The window reloaded, crashed or closed: nobody is signed in until it says so again. */
    reset(): void {
      open = undefined;
    },
    isManager: (): boolean => open?.role === 'manager',
  };
}

export type SessionGate = ReturnType<typeof createSessionGate>;

/** Wraps the implementations so the manager-only channels check the gate first. */
export function guardManagerChannels(
  impls: IpcImplementations,
  gate: SessionGate,
): IpcImplementations {
  const need = (channel: string): void => {
    if (!gate.isManager()) throw new ManagerSessionRequiredError(channel);
  };
  const automatic = (reason: string) => reason === 'daily' || reason === 'quit';
  return {
    ...impls,
    'session:begin': (request) => gate.begin(request),
    'session:end': (request) => gate.end(request),
    // Joining this desk to a server, or leaving it, is the manager's (issue 20).
    'sync:setCredentials': (request) => {
      need('sync:setCredentials');
      return impls['sync:setCredentials'](request);
    },
    'sync:clearCredentials': () => {
      need('sync:clearCredentials');
      return impls['sync:clearCredentials']();
    },
    'backup:chooseFolder': () => {
      need('backup:chooseFolder');
      return impls['backup:chooseFolder']();
    },
    'backup:configure': (request) => {
      need('backup:configure');
      return impls['backup:configure'](request);
    },
    'backup:read': (request) => {
      need('backup:read');
      return impls['backup:read'](request);
    },
    'backup:open': (request) => {
      need('backup:open');
      return impls['backup:open'](request);
    },
    'backup:write': (request) => {
      if (!automatic(request.reason)) need('backup:write');
      return impls['backup:write'](request);
    },
    'backup:begin': (request) => {
      if (!automatic(request.reason)) need('backup:begin');
      return impls['backup:begin'](request);
    },
  };
}
