import { Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { openDatabase, requestPersistentStorage, type StorageState } from '../db/openDatabase';
import { createRepositories, type Repositories } from '../db/repositories';
import { ReposContext } from './ReposContext';
import { SessionGate } from './SessionGate';

type GateState =
  | { status: 'opening' }
  | { status: 'error'; message: string }
  | { status: 'ready'; repos: Repositories; storage: StorageState };

/** Opens the database once; shows a clear message, never a reset, when it cannot. */
export function DatabaseGate() {
  const [state, setState] = useState<GateState>({ status: 'opening' });

  useEffect(() => {
    let cancelled = false;
    Promise.all([openDatabase(), requestPersistentStorage().catch(() => 'unsupported' as const)])
      .then(([db, storage]) => {
        if (!cancelled) setState({ status: 'ready', repos: createRepositories(db), storage });
      })
      .catch((err: unknown) => {
        if (!cancelled) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.status === 'opening') return <Spin fullscreen tip="正在打开数据库…" />;
  if (state.status === 'error') {
    return <Result status="error" title="无法打开本机数据库" subTitle={state.message} />;
  }
  return (
    <ReposContext.Provider value={state.repos}>
      <SessionGate storage={state.storage} />
    </ReposContext.Provider>
  );
}
