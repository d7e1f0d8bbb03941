import { createContext, useContext } from 'react';
import type { Repositories } from '../db/repositories';

export const ReposContext = createContext<Repositories | null>(null);

/** The repositories of the open database; components never touch `db` directly. */
export function useRepos(): Repositories {
  const repos = useContext(ReposContext);
  if (!repos) throw new Error('useRepos() outside <ReposContext.Provider>');
  return repos;
}
