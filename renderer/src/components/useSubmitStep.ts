import { useState } from 'react';
import { messageOf } from '../i18n/domainText';

/**
 * A dialog's one step: `run(task)` shows it busy, keeps the Chinese refusal in `error` (the
 * dialog stays open with what was typed), and calls `onDone` once the task succeeded.
 */
export function useSubmitStep(onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await task();
      onDone();
      return true;
    } catch (err) {
      setError(messageOf(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}
