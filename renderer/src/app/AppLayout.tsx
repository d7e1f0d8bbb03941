import { Alert, Button, Layout, Menu, Space, Spin, Tooltip, Typography } from 'antd';
import type { InputRef } from 'antd';
import dayjs from 'dayjs';
import { Suspense, useMemo, useRef } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@shared/domain/record';
import { useOfficeToday } from '../components/useOfficeClock';
import type { StorageState } from '../db/openDatabase';
import { useIdleLock } from '../features/operators/useIdleLock';
import { usePropertyProfile } from '../features/settings/useSettings';
import { t } from '../i18n';
import { ComingSoon } from './ComingSoon';
import { GlobalSearch } from './GlobalSearch';
import { NAV_ITEMS, type NavItem } from './navigation';
import { SCREENS } from './screens';
import { useSession } from './SessionContext';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { BackupStaleBanner } from '../features/backup/BackupStaleBanner';
import { LastBackupNote } from '../features/backup/LastBackupNote';
import { UnconfirmedReceiptsNotice } from '../features/safety/UnconfirmedReceiptsNotice';

const GROUPS: { key: NavItem['group']; label: Parameters<typeof t>[0] }[] = [
  { key: 'desk', label: 'nav.groupDesk' },
  { key: 'registers', label: 'nav.groupRegisters' },
  { key: 'admin', label: 'nav.groupAdmin' },
];

/** The signed-in shell: navigation on the left, property/operator/date/search on top. */
export function AppLayout({ storage }: { storage: StorageState }) {
  const { actor, signOut, lock } = useSession();
  const profile = usePropertyProfile();
  // Office date (not the PC's zone), moving on at office midnight while the app stays open.
  const today = useOfficeToday();
  const navigate = useNavigate();
  const location = useLocation();
  const searchRef = useRef<InputRef>(null);
  useGlobalShortcuts({ focusSearch: () => searchRef.current?.focus(), navigate });
  useIdleLock();

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
    [],
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={176} theme="light" style={{ borderRight: '1px solid #eee' }}>
        <div style={{ padding: '14px 16px', fontWeight: 600, fontSize: 16 }}>
          {t('common.appName')}
        </div>
        <Menu
          mode="inline"
          selectedKeys={[location.pathname]}
          items={menuItems}
          onClick={({ key }) => void navigate(key)}
          aria-label="主导航"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            gap: 16,
            height: 56,
            lineHeight: 'normal',
            borderBottom: '1px solid #eee',
          }}
        >
          <Typography.Text strong data-testid="property-name" style={{ fontSize: 16 }}>
            {profile?.name ?? ''}
          </Typography.Text>
          <GlobalSearch ref={searchRef} />
          <span style={{ flex: 1 }} />
          <Tooltip title={t('shell.shortcutList')}>
            <Typography.Text type="secondary" data-testid="shell-today">
              {t('shell.today', { date: dayjs(today).format('YYYY年M月D日 dddd') })}
            </Typography.Text>
          </Tooltip>
          <LastBackupNote />
          <Space>
            <Typography.Text data-testid="operator">
              {t('shell.signedInAs', { name: actor.name, role: ROLE_LABELS[actor.role] })}
            </Typography.Text>
            <Button size="small" onClick={lock}>
              {t('shell.lock')}
            </Button>
            <Button size="small" onClick={signOut}>
              {t('shell.signOut')}
            </Button>
          </Space>
        </Layout.Header>
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
