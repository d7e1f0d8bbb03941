import { useState } from 'react';
import { messageOf } from '../i18n/domainText';

/**
 * One piece of work at a time with what the screen shows meanwhile: `busy` is the running
 * work's label (null when idle), `error` the message of the last failure, cleared by the next run.
 */
export function useBusyRun() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}
