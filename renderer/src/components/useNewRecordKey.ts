import { useEffect, useRef } from 'react';

/**
 * Alt+N opens a register's new-record form, as on every register of the desk; `enabled` is
 * false while a form or drawer is open, so the keys go to it.
 */
export function useNewRecordKey(enabled: boolean, onNew: () => void): void {
  const handler = useRef(onNew);
  useEffect(() => {
    handler.current = onNew;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        handler.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
