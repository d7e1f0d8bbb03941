import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Actor } from '@shared/domain/record';
import type { StorageState } from '../db/openDatabase';
import { parseSessionState, type SessionState } from '../db/session';
import { FirstRunWizard } from '../features/operators/FirstRunWizard';
import { SignInScreen } from '../features/operators/SignInScreen';
import { getHost } from '../host/hostApi';
import { AppLayout } from './AppLayout';
import { useLanguage } from './LanguageContext';
import { useRepos } from './ReposContext';
import { SessionContext, type Session } from './SessionContext';

// A reload (F5) keeps the operator signed in (the row is re-checked); closing the window ends it.
const SESSION_KEY = 'taizhang.session';

function savedSession(): SessionState | undefined {
  try {
    return parseSessionState(JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null'));
  } catch {
    return undefined;
  }
}

/** Tells main who is signed in, for its manager-only backup channels (sessionGate.ts). */
function tellMain(session: SessionState | undefined, ended?: SessionState): void {
  const host = getHost();
  if (session) void host.beginSession({ sessionId: session.sessionId, role: session.role });
  else if (ended) void host.endSession({ sessionId: ended.sessionId });
}

/**
 * First run → wizard; nobody signed in (or screen locked) → sign-in; else the shell. The
 * session ends — back to sign-in — when the operator is deactivated, her role changes or her
 * PIN is reset (db/session.ts), checked live on the operators table.
 */
export function SessionGate({ storage }: { storage: StorageState }) {
  const repos = useRepos();
  // Re-rendered on a language switch: sign-in, the wizard and the shell redraw in it.
  useLanguage();
  const operatorCount = useLiveQuery(() => repos.operators.count(), [repos]);
  const [actor, setActor] = useState<Actor | null>(null);
  const [restoring, setRestoring] = useState(() => savedSession() !== undefined);
  const [locked, setLocked] = useState(false);
  // Set once the desk is seen without operators: the wizard stays up through its own 完成 step
  // although the manager it created already counts.
  const [firstRun, setFirstRun] = useState(false);
  if (operatorCount === 0 && !firstRun) setFirstRun(true);

  useEffect(() => {
    const saved = savedSession();
    if (!saved) return;
    void repos.operators
      .resumeSession(saved)
      .then((found) => {
        if (found) tellMain(saved);
        else sessionStorage.removeItem(SESSION_KEY);
        setActor(found ?? null);
      })
      .finally(() => setRestoring(false));
  }, [repos]);

  const signIn = useCallback(
    (signedIn: Actor) => {
      const session = repos.operators.currentSession();
      if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
      tellMain(session);
      setActor(signedIn);
      setLocked(false);
    },
    [repos],
  );

  const endLocally = useCallback(() => {
    const ended = repos.operators.currentSession();
    sessionStorage.removeItem(SESSION_KEY);
    repos.operators.endSession();
    tellMain(undefined, ended);
  }, [repos]);

  // Deactivated, role changed, PIN reset, or a write found the session stale: sign in again.
  useEffect(() => {
    if (!actor || locked) return;
    return repos.operators.watchSession(() => {
      endLocally();
      setActor(null);
    });
  }, [repos, actor, locked, endLocally]);

  // The lock ends the session once the watch above is down (effects clean up before they
  // run again), so the lock screen keeps her name.
  useEffect(() => {
    if (locked) endLocally();
  }, [locked, endLocally]);
  const lock = useCallback(() => setLocked(true), []);

  const session = useMemo<Session | null>(
    () =>
      actor && {
        actor,
        signOut: () => {
          const ended = repos.operators.currentSession();
          sessionStorage.removeItem(SESSION_KEY);
          void repos.operators.signOut(actor).finally(() => tellMain(undefined, ended));
          setActor(null);
        },
        lock,
      },
    [actor, repos, lock],
  );

  if (operatorCount === undefined || restoring) return <Spin fullscreen />;
  if (operatorCount === 0 || firstRun) {
    return (
      <FirstRunWizard
        onDone={(manager) => {
          setFirstRun(false);
          signIn(manager);
        }}
      />
    );
  }
  if (!session || locked) {
    return <SignInScreen lockedActor={locked ? actor : null} onSignedIn={signIn} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <AppLayout storage={storage} />
    </SessionContext.Provider>
  );
}
