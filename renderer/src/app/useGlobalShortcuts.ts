import { useEffect } from 'react';
import type { NavigateFunction } from 'react-router';
import { NAV_ITEMS } from './navigation';

/**
 * Desk-wide keys: Ctrl+K focuses the search; Alt+1…9 jump to the first nine registers.
 * Form-level keys (Alt+N new, Ctrl+S save) belong to each screen.
 */
export function useGlobalShortcuts(opts: { focusSearch: () => void; navigate: NavigateFunction }) {
  const { focusSearch, navigate } = opts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        focusSearch();
        return;
      }
      if (e.altKey && !e.ctrlKey && /^[1-9]$/.test(e.key)) {
        const item = NAV_ITEMS[Number(e.key) - 1];
        if (item) {
          e.preventDefault();
          void navigate(item.path);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusSearch, navigate]);
}
