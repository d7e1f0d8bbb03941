import { useEffect } from 'react';
import { useSetting } from '../features/settings/useSettings';
import { useLanguage } from './LanguageContext';

/** Puts the screen in the desk's stored language once the database is open and when it changes. */
export function LanguageFollower() {
  const stored = useSetting('language');
  const { setLanguage } = useLanguage();
  // Only when the stored value changes (or first arrives): the language tab switches the screen
  // itself before its save lands, and must not be switched back meanwhile.
  useEffect(() => {
    if (stored !== undefined) setLanguage(stored);
  }, [stored, setLanguage]);
  return null;
}
