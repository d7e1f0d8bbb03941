import { useCallback, type KeyboardEvent } from 'react';

const FIELD_SELECTOR = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled])';

/**
 * Keyboard-first forms at the desk: Enter moves to the next field (and saves on the last one),
 * Ctrl+S or Ctrl+Enter saves from anywhere in the form (a multi-line note included). Esc is left to the modal, which closes and keeps the
 * draft. Enter is not taken from an open dropdown or date panel, nor from a multi-line note.
 */
export function useFormKeys(onSave: () => void) {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if ((e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === 's' || e.key === 'Enter')) {
        e.preventDefault();
        onSave();
        return;
      }
      if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.nativeEvent.isComposing)
        return;
      const target = e.target;
      if (!(target instanceof HTMLInputElement)) return;
      if (target.getAttribute('aria-expanded') === 'true') return;
      const fields = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FIELD_SELECTOR));
      const index = fields.indexOf(target);
      if (index < 0) return;
      e.preventDefault();
      const next = fields[index + 1];
      if (next) next.focus();
      else onSave();
    },
    [onSave],
  );
}
