import { Tabs, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useSearchParams } from 'react-router';
import { t } from '../../i18n';
import { BackupTab } from '../backup/BackupTab';
import { DefaultsNotice } from './DefaultsNotice';
import { CalendarTab } from './tabs/CalendarTab';
import { CustodyTab } from './tabs/CustodyTab';
import { DeadlinesTab } from './tabs/DeadlinesTab';
import { DemoDataTab } from './tabs/DemoDataTab';
import { DepartmentsTab } from './tabs/DepartmentsTab';
import { FeesTab } from './tabs/FeesTab';
import { BillingTab } from './tabs/BillingTab';
import { LanguageTab } from './tabs/LanguageTab';
import { LimitsTab } from './tabs/LimitsTab';
import { PrintingTab } from './tabs/PrintingTab';
import { RateTargetsTab } from './tabs/RateTargetsTab';
import { ProfileTab } from './tabs/ProfileTab';
import { StorageTab } from './tabs/StorageTab';
import { SiteScheduleTab } from './tabs/SiteScheduleTab';
import { VisitPlanTab } from './tabs/VisitPlanTab';
import { SyncTab } from '../sync/SyncTab';

const TABS = [
  ['profile', ProfileTab],
  ['language', LanguageTab],
  ['departments', DepartmentsTab],
  ['fees', FeesTab],
  ['billing', BillingTab],
  ['deadlines', DeadlinesTab],
  ['calendar', CalendarTab],
  ['printing', PrintingTab],
  ['limits', LimitsTab],
  ['custody', CustodyTab],
  ['rateTargets', RateTargetsTab],
  ['visitPlan', VisitPlanTab],
  ['siteSchedule', SiteScheduleTab],
  ['demo', DemoDataTab],
  ['storage', StorageTab],
  ['backup', BackupTab],
  ['sync', SyncTab],
] as const satisfies readonly (readonly [string, ComponentType])[];

type TabKey = (typeof TABS)[number][0];
const isTab = (k: string | null): k is TabKey => TABS.some(([key]) => key === k);

/**
 * 系统设置. Every operator may look; each tab says who may change it (the repository checks).
 * The open tab is in the URL (`#/settings?tab=fees`), so a reload or a link lands on it.
 */
export default function SettingsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active: TabKey = isTab(requested) ? requested : 'profile';

  return (
    <>
      <Typography.Title level={4}>{t('settings.title')}</Typography.Title>
      <DefaultsNotice />
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map(([key, Tab]) => ({
          key,
          label: <span data-testid={`settings-tab-${key}`}>{t(`settings.tabs.${key}`)}</span>,
          children: <Tab />,
        }))}
      />
    </>
  );
}
