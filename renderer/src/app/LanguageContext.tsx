import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from '@shared/domain/deskSettings';
import { currentLanguage, setLanguage as setCatalogLanguage } from '../i18n';
import { theme } from './theme';

/**
 * The desk's language is stored as the `language` setting (in IndexedDB, behind the database
 * gate); this copy in localStorage lets what comes before it — the opening spinner, storage
 * faults, sign-in — already speak the desk's language.
 */
const STORAGE_KEY = 'taizhang.language';

const ANTD: Record<UiLanguage, Locale> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en: enUS };
const DAYJS: Record<UiLanguage, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };

function storedLanguage(): UiLanguage {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_UI_LANGUAGE;
  } catch {
    return DEFAULT_UI_LANGUAGE;
  }
}

/** Everything outside React that follows the language: t(), dayjs, the page's lang. */
function apply(language: UiLanguage): void {
  setCatalogLanguage(language);
  dayjs.locale(DAYJS[language]);
  document.documentElement.lang = language;
}

interface LanguageState {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
}

const LanguageContext = createContext<LanguageState>({
  language: DEFAULT_UI_LANGUAGE,
  setLanguage: () => undefined,
});

/**
 * Holds the language on screen, with antd's locale. A component that shows text calls
 * `useLanguage()` (the gates and the shell do), so a switch re-renders them and all they draw.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<UiLanguage>(() => {
    const initial = storedLanguage();
    apply(initial);
    return initial;
  });
  const setLanguage = useCallback((next: UiLanguage) => {
    if (next === currentLanguage()) return;
    apply(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // A locked-down profile: the setting in the database still carries the language.
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <LanguageContext.Provider value={value}>
      <ConfigProvider locale={ANTD[language]} theme={theme}>
        {children}
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
