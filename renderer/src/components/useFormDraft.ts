import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = 'taizhang.draft.';

/**
 * Keeps what the clerk typed in a form across reloads, crashes and navigation: every change
 * is written to localStorage under `key`, restored when the form mounts again, and cleared
 * once the record is saved (`clear()`) or the clerk discards it. Modal forms and the inline
 * forms on a page (the visitor sign-in) keep drafts alike.
 */
export function useFormDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const storageKey = PREFIX + key;
  // Whether a draft was waiting when the form opened: the form shows a notice and a discard button.
  const [restored, setRestored] = useState(() => localStorage.getItem(storageKey) !== null);
  const skipNext = useRef(false);

  useEffect(() => {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return;
    try {
      const values = JSON.parse(raw) as T;
      // Over the defaults: a draft saved before a field was added still fills every field. No
      // validation here: a half-typed draft is not a mistake yet. Errors show as the clerk
      // types on (mode onChange) or when she tries to save.
      form.reset({ ...form.formState.defaultValues, ...values } as T, { keepDefaultValues: true });
    } catch {
      localStorage.removeItem(storageKey);
    }
    // Restore once per mount of this key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  useEffect(() => {
    const sub = form.watch((values) => {
      if (skipNext.current) {
        skipNext.current = false;
        return;
      }
      localStorage.setItem(storageKey, JSON.stringify(values));
    });
    return () => sub.unsubscribe();
  }, [form, storageKey]);

  return {
    restored,
    /** Forget the draft, e.g. after a successful save. */
    clear: () => {
      skipNext.current = true;
      localStorage.removeItem(storageKey);
      setRestored(false);
    },
  };
}
