import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Actor } from '@shared/domain/record';
import type { StorageState } from '../db/openDatabase';
import { FirstRunWizard } from '../features/operators/FirstRunWizard';
import { SignInScreen } from '../features/operators/SignInScreen';
import { AppLayout } from './AppLayout';
import { useRepos } from './ReposContext';
import { SessionContext, type Session } from './SessionContext';

// A reload (F5) keeps the operator signed in; closing the window ends the session.
const SESSION_KEY = 'taizhang.session.operatorId';

/** First run → wizard; nobody signed in (or screen locked) → sign-in; else the shell. */
export function SessionGate({ storage }: { storage: StorageState }) {
  const repos = useRepos();
  const operatorCount = useLiveQuery(() => repos.operators.count(), [repos]);
  const [actor, setActor] = useState<Actor | null>(null);
  const [restoring, setRestoring] = useState(() => sessionStorage.getItem(SESSION_KEY) !== null);
  const [locked, setLocked] = useState(false);
  // Set once the desk is seen without operators: the wizard stays up through its own 完成 step
  // although the manager it created already counts.
  const [firstRun, setFirstRun] = useState(false);
  if (operatorCount === 0 && !firstRun) setFirstRun(true);

  useEffect(() => {
    const id = sessionStorage.getItem(SESSION_KEY);
    if (!id) return;
    void repos.operators
      .getActor(id)
      .then((found) => setActor(found ?? null))
      .finally(() => setRestoring(false));
  }, [repos]);

  const signIn = useCallback((signedIn: Actor) => {
    sessionStorage.setItem(SESSION_KEY, signedIn.id);
    setActor(signedIn);
    setLocked(false);
  }, []);

  const session = useMemo<Session | null>(
    () =>
      actor && {
        actor,
        signOut: () => {
          sessionStorage.removeItem(SESSION_KEY);
          void repos.audit.note(actor, 'signOut', 'operators', actor.id);
          setActor(null);
        },
        lock: () => setLocked(true),
      },
    [actor, repos],
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
