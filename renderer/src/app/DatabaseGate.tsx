import { App, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { openDatabase, requestPersistentStorage, type StorageState } from '../db/openDatabase';
import { createRepositories, type Repositories } from '../db/repositories';
import { isQuotaError, storageFaultOf, type StorageFault } from '../db/storageFaults';
import { BackupResponder } from '../features/backup/BackupResponder';
import { t } from '../i18n';
import { benchRequested } from './benchRequested';
import { useLanguage } from './LanguageContext';
import { LanguageFollower } from './LanguageFollower';
import { ReposContext } from './ReposContext';
import { SessionGate } from './SessionGate';
import { messageOf } from '../i18n/domainText';

type GateState =
  | { status: 'opening'; blocked: boolean }
  | { status: 'error'; fault: StorageFault; message: string }
  | { status: 'ready'; repos: Repositories; storage: StorageState };

function FaultScreen({ fault, message }: { fault: StorageFault; message: string }) {
  return (
    <Result
      status={fault === 'blocked' ? 'warning' : 'error'}
      title={t(`storage.faults.${fault}.title`)}
      subTitle={t(`storage.faults.${fault}.what`)}
      data-testid={`storage-fault-${fault}`}
      extra={
        <Typography.Paragraph type="secondary">
          {t('storage.neverDeleted')}
          {message !== '' && <br />}
          {message !== '' && t('storage.detail', { message })}
        </Typography.Paragraph>
      }
    />
  );
}

/**
 * Opens the database once; every storage fault (full disk, upgrade blocked by another window,
 * upgraded by another window, data from a newer version, storage that won't open) gets its own
 * message with what to do. Never a reset.
 */
export function DatabaseGate() {
  const [state, setState] = useState<GateState>({ status: 'opening', blocked: false });
  const { notification } = App.useApp();
  // Re-rendered on a language switch, so the gates below redraw in it.
  useLanguage();

  useEffect(() => {
    let cancelled = false;
    const events = {
      onBlocked: () =>
        !cancelled && setState((s) => (s.status === 'opening' ? { ...s, blocked: true } : s)),
      onVersionChange: () =>
        !cancelled && setState({ status: 'error', fault: 'versionchange', message: '' }),
    };
    Promise.all([
      openDatabase(undefined, events),
      requestPersistentStorage().catch(() => 'unsupported' as const),
    ])
      .then(async ([db, storage]) => {
        if (cancelled) return;
        const repos = createRepositories(db);
        // Old defaults still stored move to the manuals' new ones before anything reads them;
        // a failure here leaves the stored values as they were, which still work.
        await repos.settings.migrateDefaults().catch(() => []);
        if (cancelled) return;
        // The benchmark's hook: browser build with `?bench=1` only, loaded on demand.
        if (benchRequested()) void import('./benchHook').then((m) => m.installBenchHook(db, repos));
        setState({ status: 'ready', repos, storage });
      })
      .catch((err: unknown) => {
        if (!cancelled) {
          setState({
            status: 'error',
            fault: storageFaultOf(err),
            message: messageOf(err),
          });
        }
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // A full disk while working: forms show their own error, this says what it means and what to do.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (!isQuotaError(event.reason)) return;
      notification.error({
        key: 'storage-quota',
        title: t('storage.faults.quota.title'),
        description: t('storage.faults.quota.what'),
        duration: 0,
      });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notification]);

  if (state.status === 'opening') {
    return state.blocked ? (
      <FaultScreen fault="blocked" message="" />
    ) : (
      <Spin fullscreen tip={t('storage.opening')} />
    );
  }
  if (state.status === 'error') return <FaultScreen fault={state.fault} message={state.message} />;
  return (
    <ReposContext.Provider value={state.repos}>
      <LanguageFollower />
      <BackupResponder />
      <SessionGate storage={state.storage} />
    </ReposContext.Provider>
  );
}
