import { createContext, useContext } from 'react';
import type { Actor } from '@shared/domain/record';

export interface Session {
  actor: Actor;
  signOut: () => void;
  /** Locks the screen: the same operator (or another) must enter a PIN to go on. */
  lock: () => void;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in operator. Only rendered inside the signed-in shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the signed-in shell');
  return session;
}
