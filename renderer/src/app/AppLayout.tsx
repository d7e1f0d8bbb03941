import { Alert, Layout, Menu, Spin } from 'antd';
import type { InputRef } from 'antd';
import { Suspense, useEffect, useMemo, useRef } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import type { StorageState } from '../db/openDatabase';
import { useIdleLock } from '../features/operators/useIdleLock';
import { t } from '../i18n';
import { AppHeader } from './AppHeader';
import { useLanguage } from './LanguageContext';
import { ComingSoon } from './ComingSoon';
import { NAV_ITEMS, type NavItem } from './navigation';
import { preloadScreens, SCREENS } from './screens';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { BackupStaleBanner } from '../features/backup/BackupStaleBanner';
import { UnconfirmedReceiptsNotice } from '../features/safety/UnconfirmedReceiptsNotice';

const GROUPS: { key: NavItem['group']; label: Parameters<typeof t>[0] }[] = [
  { key: 'desk', label: 'nav.groupDesk' },
  { key: 'registers', label: 'nav.groupRegisters' },
  { key: 'admin', label: 'nav.groupAdmin' },
];

/** The signed-in shell: navigation on the left, property/operator/date/search on top. */
export function AppLayout({ storage }: { storage: StorageState }) {
  const navigate = useNavigate();
  const location = useLocation();
  const searchRef = useRef<InputRef>(null);
  useGlobalShortcuts({ focusSearch: () => searchRef.current?.focus(), navigate });
  useIdleLock();
  const { language } = useLanguage();
  useEffect(() => preloadScreens(), []);

  const menuItems = useMemo(
    () =>
      GROUPS.map((g) => ({
        type: 'group' as const,
        key: g.key,
        label: t(g.label),
        children: NAV_ITEMS.filter((i) => i.group === g.key).map((i) => ({
          key: i.path,
          label: t(i.label),
        })),
      })),
    // t() reads the language in effect, so the menu is rebuilt when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language],
  );

  // Keyed by the language: a switch remounts the screens, so text they computed once (columns,
  // memoised labels) is computed again in the new language. The session and database stay.
  return (
    <Layout key={language} style={{ minHeight: '100vh' }}>
      {/* Sticky with its own scroll: the menu stays in view down a long register. */}
      <Layout.Sider
        width={176}
        theme="light"
        data-testid="app-sider"
        style={{
          borderRight: '1px solid #eee',
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflowY: 'auto',
        }}
      >
        <div style={{ padding: '14px 16px', fontWeight: 600, fontSize: 16 }}>
          {t('common.appName')}
        </div>
        <Menu
          mode="inline"
          selectedKeys={[location.pathname]}
          items={menuItems}
          onClick={({ key }) => void navigate(key)}
          aria-label={t('nav.ariaLabel')}
        />
      </Layout.Sider>
      {/* min-width 0: a wide table scrolls inside the page instead of widening the page. */}
      <Layout style={{ minWidth: 0 }}>
        <AppHeader searchRef={searchRef} />
        {storage === 'refused' && (
          <Alert type="warning" banner title={t('shell.storageNotPersisted')} />
        )}
        <BackupStaleBanner />
        <UnconfirmedReceiptsNotice />
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<Spin />}>
            <Routes>
              {NAV_ITEMS.map((item) => {
                const Screen = SCREENS[item.path];
                return (
                  <Route
                    key={item.path}
                    path={item.path}
                    element={Screen ? <Screen /> : <ComingSoon item={item} />}
                  />
                );
              })}
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
