import { App, Button, Dropdown, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { SITE_CHECK_KINDS, type SiteCheckKind } from '@shared/domain/siteChecks';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { DateInput } from '../../components/DateInput';
import * as Field from '../../components/fieldRows';
import {
  choice,
  FilteredTable,
  RegisterPage,
  RegisterTabs,
  useNewShortcut,
} from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useActionParam, useOpenParam } from '../../components/useOpenParam';
import { useExportButton } from '../../components/useRegisterExport';
import type { SiteCheckRecord } from '../../db/records';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
import { buildDailyPatrolReport } from './print/dailyPatrolReport';
import { SignoffTab } from './SignoffTab';
import { SiteCheckDrawer } from './SiteCheckDrawer';
import { SiteCheckFormModal } from './SiteCheckFormModal';
import type { SiteCheckValues } from './siteCheckForm';

const LINK_EXTRAS = ['alert', 'phase'] as const;

const isKind = (k: string | null): k is SiteCheckKind =>
  k !== null && (SITE_CHECK_KINDS as readonly string[]).includes(k);

function contentOf(r: SiteCheckRecord): string {
  if (r.kind === 'patrol')
    return [r.route, ...(r.findings ?? []).map((f) => `⚠ ${f.text}`)].filter(Boolean).join('；');
  if (r.unitCodes?.length) return r.unitCodes.join('、');
  return r.summary ?? '';
}

/** 巡查检查: patrols, inspections, custody rain rounds and daily logs; 签阅; the daily report. */
/** The records' list: what each check was, when, by whom, its score and content. */
const columns = (): TableProps<SiteCheckRecord>['columns'] => [
  { title: t('patrols.col.no'), dataIndex: 'no', width: 140 },
  {
    title: t('patrols.col.kind'),
    width: 150,
    render: (_, r) => (
      <Tag>
        {t(`patrols.kind.${r.kind}`)}
        {r.phase ? ` · ${t(`patrols.phase.${r.phase}`)}` : ''}
      </Tag>
    ),
  },
  {
    title: t('patrols.col.at'),
    width: 150,
    render: (_, r) => formatOfficeDateTime(r.at),
  },
  { title: t('patrols.col.inspector'), dataIndex: 'inspector', width: 100 },
  { title: t('patrols.col.score'), dataIndex: 'score', width: 70 },
  {
    title: t('patrols.col.content'),
    ellipsis: true,
    render: (_, r) => contentOf(r),
  },
];

export default function PatrolsPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const now = useOfficeNow();
  const { profile, preview, modal } = useProfilePreview();
  const [params] = useSearchParams();
  const [tab, setTab] = useState(params.get('tab') === 'signoff' ? 'signoff' : 'records');
  const [kind, setKind] = useState<SiteCheckKind | undefined>();
  const [text, setText] = useState(params.get('no') ?? '');
  const [reportDate, setReportDate] = useState(officeDateOf(now));
  const [form, setForm] = useState<{
    kind: SiteCheckKind;
    initial?: Partial<SiteCheckValues>;
  } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = useLiveQuery(
    () => repos.siteChecks.list({ ...(kind ? { kind } : {}), text }),
    [repos, kind, text],
  );
  const alerts = useLiveQuery(() => repos.siteChecks.rainAlerts(now), [repos, now]) ?? [];
  useOpenParam(setOpenId);
  const openPatrol = useCallback(() => setForm({ kind: 'patrol' }), []);

  // The today board opens a new record of a kind (`?new=patrol`, a rain round with its alert).
  useActionParam('new', LINK_EXTRAS, (wanted, { alert, phase }) => {
    if (!isKind(wanted)) return;
    setForm({
      kind: wanted,
      initial: {
        ...(alert ? { alertId: alert } : {}),
        ...(phase === 'before' || phase === 'after' ? { phase } : {}),
      },
    });
  });

  useNewShortcut(openPatrol, form === null);

  const printReport = async () => {
    const day = await repos.siteChecks.day(reportDate);
    preview(buildDailyPatrolReport(day, profile), () =>
      repos.siteChecks.markReportPrinted(actor, reportDate),
    );
  };

  const exportButton = useExportButton(t('patrols.page.export'), rows, (list) => ({
    table: 'siteChecks',
    fileName: t('patrols.excel.fileName', { date: officeDateOf(now) }),
    sheetName: t('patrols.excel.sheet'),
    columns: [
      { header: t('patrols.col.no'), width: 16, value: (r: SiteCheckRecord) => r.no },
      { header: t('patrols.col.kind'), width: 16, value: (r) => t(`patrols.kind.${r.kind}`) },
      { header: t('patrols.col.at'), width: 17, value: (r) => formatOfficeDateTime(r.at) },
      { header: t('patrols.col.inspector'), width: 10, value: (r) => r.inspector },
      { header: t('patrols.col.score'), width: 8, value: (r) => r.score ?? '' },
      { header: t('patrols.col.content'), width: 50, value: contentOf },
    ],
    done: t('patrols.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      title={t('patrols.page.title')}
      testId="patrols-page"
      actions={
        <>
          <DateInput
            id="report-date"
            value={reportDate}
            onChange={setReportDate}
            testId="site-report-date"
          />
          <Button onClick={() => void printReport()} data-testid="site-print-report">
            {t('patrols.page.printReport')}
          </Button>
          <Dropdown
            menu={{
              items: SITE_CHECK_KINDS.map((k) => ({ key: k, label: t(`patrols.kind.${k}`) })),
              onClick: ({ key }) => isKind(key) && setForm({ kind: key }),
            }}
          >
            <Button type="primary" data-testid="site-new">
              {t('patrols.page.new')}
            </Button>
          </Dropdown>
        </>
      }
      exportButton={exportButton}
    >
      <RegisterTabs
        active={[tab, setTab]}
        tabs={{
          records: [
            t('patrols.page.recordsTab'),
            <FilteredTable<SiteCheckRecord>
              search={{
                placeholder: t('patrols.page.search'),
                width: 280,
                state: [text, setText],
                testId: 'site-search',
              }}
              choices={[
                choice({
                  placeholder: t('patrols.page.allKinds'),
                  width: 180,
                  state: [kind, setKind],
                  testId: 'site-kind-filter',
                  options: Field.choices(SITE_CHECK_KINDS, (k) => t(`patrols.kind.${k}`)),
                }),
              ]}
              rows={rows}
              testId="site-table"
              onOpen={(r) => setOpenId(r.id)}
              columns={columns()}
            />,
          ],
          signoff: [t('patrols.page.signoffTab'), <SignoffTab onOpen={setOpenId} />],
        }}
      />
      {form && (
        <SiteCheckFormModal
          kind={form.kind}
          {...(form.initial ? { initial: form.initial } : {})}
          alerts={alerts}
          onClose={() => setForm(null)}
          onSaved={(r) => {
            setForm(null);
            void message.success(t('patrols.page.saved', { no: r.no }));
          }}
        />
      )}
      {openId && <SiteCheckDrawer id={openId} onClose={() => setOpenId(null)} />}
      {modal}
    </RegisterPage>
  );
}
