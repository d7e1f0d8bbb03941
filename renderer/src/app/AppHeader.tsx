import { Button, Layout, Tooltip, Typography } from 'antd';
import type { InputRef } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties, RefObject } from 'react';
import { useOfficeToday } from '../components/useOfficeClock';
import { LastBackupNote } from '../features/backup/LastBackupNote';
import { SyncStatusNote } from '../features/sync/SyncStatusNote';
import { usePropertyProfile } from '../features/settings/useSettings';
import { t } from '../i18n';
import { GlobalSearch } from './GlobalSearch';
import { useSession } from './SessionContext';

/** The header's fixed height; it must stay one line at 1366 px, whatever the names. */
export const HEADER_HEIGHT = 56;

// Items that must keep their width; long names shrink instead (ellipsis + tooltip).
const FIXED: CSSProperties = { flex: 'none', whiteSpace: 'nowrap' };

/** Property, search, date, backup and operator on one line; long texts end in "…". */
export function AppHeader({ searchRef }: { searchRef: RefObject<InputRef | null> }) {
  const { actor, signOut, lock } = useSession();
  const profile = usePropertyProfile();
  // Office date (not the PC's zone), moving on at office midnight while the app stays open.
  const today = useOfficeToday();
  const name = profile?.name ?? '';
  const role = t(`operators.roles.${actor.role}`);
  const operator = t('shell.operatorShort', { name: actor.name, role });
  return (
    <Layout.Header
      data-testid="app-header"
      style={{
        background: '#fff',
        padding: '0 16px',
        display: 'flex',
        flexWrap: 'nowrap',
        alignItems: 'center',
        gap: 16,
        height: HEADER_HEIGHT,
        lineHeight: 'normal',
        overflow: 'hidden',
        borderBottom: '1px solid #eee',
      }}
    >
      <Typography.Text
        strong
        data-testid="property-name"
        ellipsis={{ tooltip: name }}
        style={{ fontSize: 16, flex: '0 1 auto', minWidth: 48, maxWidth: 260 }}
      >
        {name}
      </Typography.Text>
      <div style={{ flex: '0 1 320px', minWidth: 140 }}>
        <GlobalSearch ref={searchRef} />
      </div>
      <span style={{ flex: '1 1 0', minWidth: 0 }} />
      <Tooltip title={t('shell.shortcutList')}>
        <Typography.Text type="secondary" data-testid="shell-today" style={FIXED}>
          {t('shell.today', { date: dayjs(today).format(t('shell.todayFormat')) })}
        </Typography.Text>
      </Tooltip>
      <span style={FIXED}>
        <LastBackupNote />
      </span>
      {/* 多台电脑同步 (issue 20): nothing shown until the desk joins a server. */}
      <SyncStatusNote style={FIXED} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flex: '0 1 auto', minWidth: 0 }}>
        <Typography.Text
          data-testid="operator"
          ellipsis={{ tooltip: t('shell.signedInAs', { name: actor.name, role }) }}
          style={{ maxWidth: 180, display: 'block' }}
        >
          {operator}
        </Typography.Text>
        <Button size="small" onClick={lock} style={FIXED}>
          {t('shell.lock')}
        </Button>
        <Button size="small" onClick={signOut} style={FIXED}>
          {t('shell.signOut')}
        </Button>
      </div>
    </Layout.Header>
  );
}
