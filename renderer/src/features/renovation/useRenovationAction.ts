import { App } from 'antd';
import { useCallback, useState } from 'react';
import { t } from '../../i18n';
import { messageOf } from '../../i18n/domainText';

/** Runs a repository call from a button: busy while it runs, the Chinese error shown if it fails. */
export function useRenovationAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async <T>(key: string, fn: () => Promise<T>): Promise<T | undefined> => {
      setBusy(key);
      try {
        const out = await fn();
        void message.success(t('renovation.detail.done'));
        return out;
      } catch (err) {
        void message.error(messageOf(err));
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [message],
  );
  return { busy, run };
}
