import { useEffect } from 'react';
import { useSession } from '../../app/SessionContext';
import { useSetting } from '../settings/useSettings';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after `limits.idleLockMinutes` without keyboard or mouse input, so a desk
 * left unattended doesn't stay signed in as the last clerk. 0 minutes = never.
 * Mount once inside the signed-in shell (it needs `useSession()`).
 */
export function useIdleLock(): void {
  const { lock } = useSession();
  const minutes = useSetting('limits')?.idleLockMinutes ?? 0;

  useEffect(() => {
    if (minutes <= 0) return;
    const ms = minutes * 60_000;
    let timer = window.setTimeout(lock, ms);
    // Pointer moves fire often; restarting a timer is cheap enough and keeps the logic plain.
    const onActivity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, ms);
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity);
    };
  }, [minutes, lock]);
}

/** The same as a component, for shells that prefer mounting an element: `<IdleLock />`. */
export function IdleLock(): null {
  useIdleLock();
  return null;
}
