import { useEffect } from 'react';
import { useSetting } from '../features/settings/useSettings';
import { useLanguage } from './LanguageContext';

/** Puts the screen in the desk's stored language once the database is open and when it changes. */
export function LanguageFollower() {
  const stored = useSetting('language');
  const { language, setLanguage } = useLanguage();
  useEffect(() => {
    if (stored !== undefined && stored !== language) setLanguage(stored);
  }, [stored, language, setLanguage]);
  return null;
}
