import { App, Button, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { ageBand, daysWaiting, type NotifyMethod } from '@shared/domain/mail';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOpenParam } from '../../components/useOpenParam';
import { nowIso } from '../../db/ids';
import type { MailItemRecord } from '../../db/records';
import { RegisterPage, RegisterTable, TextFilter } from '../../components/RegisterPage';
import { column, sheetColumn, timeColumn } from '../../components/registerColumns';
import { useExportButton } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { errorText } from '../repairs/workOrderForm';
import { useSetting } from '../settings/useSettings';
import { NotifyDialog, PickUpDialog } from './MailActions';
import { MailBatchModal } from './MailBatchModal';

const BAND_COLOR = { today: 'green', days: 'blue', overdue: 'orange', week: 'red' } as const;

/** 信件报刊: batch entry (Alt+N), the uncollected list by age, notify and hand over. */
export default function MailPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const warnDays = (useSetting('deadlines') ?? DEFAULT_DEADLINES).mailUncollectedWarnDays;
  const [tab, setTab] = useState<'waiting' | 'all'>('waiting');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'batch' | 'notify' | 'pickUp' | null>(null);
  const waiting = useLiveQuery(() => repos.mail.waiting(), [repos]);
  const all = useLiveQuery(() => (tab === 'all' ? repos.mail.search(q) : []), [repos, tab, q]);
  const now = nowIso();
  const rows = useMemo(() => {
    const list = tab === 'waiting' ? (waiting ?? []) : (all ?? []);
    const key = q.trim().toLowerCase();
    return tab === 'waiting' && key
      ? list.filter((m) =>
          `${m.unitCode} ${m.addressee ?? ''} ${m.trackingNo ?? ''}`.toLowerCase().includes(key),
        )
      : list;
  }, [tab, waiting, all, q]);
  const overdue = (waiting ?? []).filter((m) => daysWaiting(m.receivedAt, now) >= warnDays).length;
  // Opened from the today board: show the item's unit and tick the item, ready to hand over.
  useOpenParam((id) => {
    void repos.mail.waiting().then((list) => {
      const item = list.find((m) => m.id === id);
      if (!item) return;
      setTab('waiting');
      setQ(item.unitCode);
      setSelected([item.id]);
    });
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && dialog === null) {
        e.preventDefault();
        setDialog('batch');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  const run = async (fn: () => Promise<void>, done: string) => {
    try {
      await fn();
      setDialog(null);
      setSelected([]);
      void message.success(done);
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const columns: ColumnsType<MailItemRecord> = [
    timeColumn(t('mail.col.receivedAt'), 140, (m) => m.receivedAt),
    {
      title: t('mail.col.age'),
      width: 80,
      render: (_, m) => {
        if (m.status === 'collected') return '—';
        const days = daysWaiting(m.receivedAt, now);
        const band = ageBand(days, warnDays);
        return (
          <Tag color={BAND_COLOR[band]} data-testid="mail-age">
            {t(`mail.band.${band}`, { days })}
          </Tag>
        );
      },
    },
    column(t('mail.col.unit'), 100, (m) => <span data-testid="mail-row-unit">{m.unitCode}</span>),
    column(t('mail.col.kind'), 80, (m) => t(`mail.kind.${m.kind}`)),
    column(t('mail.col.count'), 60, (m) => m.count),
    column(t('mail.col.addressee'), 100, (m) => m.addressee),
    column(t('mail.col.trackingNo'), 160, (m) => m.trackingNo),
    column(t('mail.col.carrier'), 90, (m) => m.carrier),
    {
      title: t('mail.col.notified'),
      width: 130,
      render: (_, m) =>
        m.notifyMethod ? `${t(`mail.notifyMethod.${m.notifyMethod}`)} ${m.notifiedWho ?? ''}` : '—',
    },
    {
      title: t('mail.col.status'),
      width: 150,
      render: (_, m) =>
        m.status === 'collected'
          ? `${t('mail.status.collected')} ${m.collector ?? ''}`
          : t('mail.status.waiting'),
    },
  ];

  const exportButton = useExportButton(t('mail.page.export'), waiting, (list) => ({
    table: 'mailItems',
    fileName: t('mail.page.fileName', { date: officeDateOf(now) }),
    sheetName: t('mail.page.title'),
    columns: [
      sheetColumn(t('mail.col.receivedAt'), 17, (m) => formatOfficeDateTime(m.receivedAt)),
      sheetColumn(t('mail.col.age'), 8, (m) => daysWaiting(m.receivedAt, now)),
      sheetColumn(t('mail.col.unit'), 12, (m) => m.unitCode),
      sheetColumn(t('mail.col.kind'), 8, (m) => t(`mail.kind.${m.kind}`)),
      sheetColumn(t('mail.col.count'), 6, (m) => m.count),
      sheetColumn(t('mail.col.addressee'), 12, (m) => m.addressee ?? ''),
      sheetColumn(t('mail.col.trackingNo'), 20, (m) => m.trackingNo ?? ''),
      sheetColumn(t('mail.col.carrier'), 10, (m) => m.carrier),
    ],
    done: t('mail.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      title={t('mail.page.title')}
      testId="mail-page"
      actions={
        overdue > 0 && (
          <Tag color="orange" data-testid="mail-overdue">
            {t('mail.page.overdueNote', { days: warnDays, count: overdue })}
          </Tag>
        )
      }
      exportButton={exportButton}
      newButton={{
        label: t('mail.page.receive'),
        onClick: () => setDialog('batch'),
        testId: 'mail-receive',
      }}
      filters={
        <>
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              setTab(k as 'waiting' | 'all');
              setSelected([]);
            }}
            items={[
              { key: 'waiting', label: t('mail.page.waitingTab', { count: waiting?.length ?? 0 }) },
              { key: 'all', label: t('mail.page.allTab') },
            ]}
          />
          <TextFilter
            placeholder={t('mail.page.search')}
            width={260}
            state={[q, setQ]}
            testId="mail-search"
          />
          <Button
            disabled={selected.length === 0}
            onClick={() => setDialog('notify')}
            data-testid="mail-notify-open"
          >
            {t('mail.page.notify')}
          </Button>
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={() => setDialog('pickUp')}
            data-testid="mail-pickup-open"
          >
            {t('mail.page.pickUp')}
          </Button>
          {selected.length > 0 && (
            <Typography.Text>{t('mail.page.selected', { count: selected.length })}</Typography.Text>
          )}
        </>
      }
    >
      <RegisterTable<MailItemRecord>
        columns={columns}
        rows={(tab === 'waiting' ? waiting : all) && rows}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (m) => ({ disabled: m.status !== 'waiting' }),
        }}
        testId="mail-table"
      />
      {dialog === 'batch' && <MailBatchModal onClose={() => setDialog(null)} />}
      {dialog === 'notify' && (
        <NotifyDialog
          ids={selected}
          onClose={() => setDialog(null)}
          onSubmit={(method: NotifyMethod, who) =>
            void run(() => repos.mail.notify(actor, selected, method, who), t('mail.notify.done'))
          }
        />
      )}
      {dialog === 'pickUp' && (
        <PickUpDialog
          count={selected.length}
          onClose={() => setDialog(null)}
          onSubmit={(collector) => {
            const count = selected.length;
            void run(
              () => repos.mail.pickUp(actor, selected, collector),
              t('mail.pickUp.done', { collector, count }),
            );
          }}
        />
      )}
    </RegisterPage>
  );
}
