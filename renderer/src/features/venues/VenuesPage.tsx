import { App, Button, Space, Tabs, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatFen } from '@shared/domain/money';
import { officeDateOf } from '@shared/domain/officeTime';
import { BOOKING_STATUSES, type BookingStatus } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import {
  ChoiceFilter,
  RegisterPage,
  RegisterTable,
  SearchFilter,
  useNewShortcut,
} from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useOpenParam } from '../../components/useOpenParam';
import { useRegisterExport } from '../../components/useRegisterExport';
import type { VenueBookingRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePrintPreview } from '../../print/PrintPreview';
import { usePropertyProfile } from '../settings/useSettings';
import { BookingDrawer } from './BookingDrawer';
import { BookingFormModal } from './BookingFormModal';
import { bookerText, statusColor } from './bookingText';
import { buildVenueApplication } from './print/venueApplicationTemplate';
import { SpacesTab } from './SpacesTab';
import { VenueCalendar } from './VenueCalendar';
import type { BookingValues } from './venueForm';

const moneyText = (b: VenueBookingRecord) =>
  [
    b.receiptNo ? `${b.receiptNo} ${formatFen(b.paidFen ?? 0)}` : '',
    b.refundNo ? `${b.refundNo} ${formatFen(b.refundedFen ?? 0)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

/** 公共场地使用: the day/week calendar, the bookings list, the spaces; 场地使用申请表. */
export default function VenuesPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const now = useOfficeNow();
  const today = officeDateOf(now);
  const exportRegister = useRegisterExport();
  const profile = usePropertyProfile() ?? { name: '' };
  const { preview, modal } = usePrintPreview();
  const [params] = useSearchParams();
  const [tab, setTab] = useState(params.get('tab') ?? 'calendar');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<BookingStatus | undefined>();
  const [form, setForm] = useState<{ initial?: Partial<BookingValues> } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const spaces = useLiveQuery(() => repos.venues.spaces(), [repos]) ?? [];
  const rows = useLiveQuery(
    () => repos.venues.list({ text, ...(status ? { status } : {}) }),
    [repos, text, status],
  );
  useOpenParam(setOpenId);
  const openNew = useCallback(() => setForm({}), []);
  useNewShortcut(openNew, form === null);

  const print = (b: VenueBookingRecord) =>
    preview(buildVenueApplication(b, profile, spaces.find((s) => s.id === b.spaceId)?.place), () =>
      repos.venues.markPrinted(actor, b.id),
    );

  const exportRows = () => {
    const list = rows ?? [];
    void exportRegister({
      table: 'venueBookings',
      fileName: t('venues.excel.fileName', { date: today }),
      sheetName: t('venues.excel.sheet'),
      columns: [
        { header: t('venues.col.no'), width: 16, value: (b: VenueBookingRecord) => b.no },
        { header: t('venues.col.space'), width: 14, value: (b) => b.spaceName },
        { header: t('venues.col.date'), width: 12, value: (b) => b.date },
        { header: t('venues.col.time'), width: 13, value: (b) => `${b.from}–${b.to}` },
        { header: t('venues.col.booker'), width: 18, value: bookerText },
        { header: t('venues.col.contact'), width: 10, value: (b) => b.contactName },
        { header: t('venues.col.purpose'), width: 24, value: (b) => b.purpose },
        { header: t('venues.col.attendees'), width: 8, value: (b) => b.attendees },
        { header: t('venues.col.status'), width: 10, value: (b) => t(`venues.status.${b.status}`) },
        { header: t('venues.col.fee'), width: 10, value: (b) => formatFen(b.feeFen) },
        { header: t('venues.col.deposit'), width: 10, value: (b) => formatFen(b.depositFen) },
        { header: t('venues.col.receipt'), width: 16, value: (b) => b.receiptNo ?? '' },
        { header: t('venues.col.refund'), width: 16, value: (b) => b.refundNo ?? '' },
      ],
      rows: list,
      done: t('venues.page.exported', { count: list.length }),
    });
  };

  return (
    <RegisterPage
      title={t('venues.page.title')}
      testId="venues-page"
      actions={
        <Button type="primary" onClick={openNew} data-testid="venue-new">
          {t('venues.page.new')}
        </Button>
      }
      exportButton={{
        label: t('venues.page.export'),
        onClick: () => void exportRows(),
        disabled: !rows?.length,
      }}
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'calendar',
            label: t('venues.page.calendarTab'),
            children: (
              <VenueCalendar
                spaces={spaces}
                today={today}
                onOpen={setOpenId}
                onNew={(spaceId, date) => setForm({ initial: { spaceId, date } })}
              />
            ),
          },
          {
            key: 'list',
            label: t('venues.page.listTab'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space>
                  <SearchFilter
                    placeholder={t('venues.page.search')}
                    width={280}
                    defaultValue={text}
                    onChange={setText}
                    testId="venue-search"
                  />
                  <ChoiceFilter
                    placeholder={t('venues.page.allStatuses')}
                    width={160}
                    value={status}
                    onChange={setStatus}
                    testId="venue-status-filter"
                    options={BOOKING_STATUSES.map((s) => ({
                      value: s,
                      label: t(`venues.status.${s}`),
                    }))}
                  />
                </Space>
                <RegisterTable<VenueBookingRecord>
                  rows={rows}
                  testId="venue-table"
                  onOpen={(b) => setOpenId(b.id)}
                  columns={[
                    { title: t('venues.col.no'), dataIndex: 'no', width: 140 },
                    { title: t('venues.col.space'), dataIndex: 'spaceName', width: 120 },
                    {
                      title: t('venues.col.time'),
                      width: 170,
                      render: (_, b) => `${b.date} ${b.from}–${b.to}`,
                    },
                    { title: t('venues.col.booker'), width: 130, render: (_, b) => bookerText(b) },
                    { title: t('venues.col.purpose'), ellipsis: true, dataIndex: 'purpose' },
                    {
                      title: t('venues.col.status'),
                      width: 90,
                      render: (_, b) => (
                        <Tag color={statusColor(b.status)}>{t(`venues.status.${b.status}`)}</Tag>
                      ),
                    },
                    { title: t('venues.col.money'), width: 220, render: (_, b) => moneyText(b) },
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'spaces',
            label: t('venues.page.spacesTab'),
            children: <SpacesTab spaces={spaces} />,
          },
        ]}
      />
      {form && (
        <BookingFormModal
          {...(form.initial ? { initial: form.initial } : {})}
          onClose={() => setForm(null)}
          onSaved={(b) => {
            setForm(null);
            void message.success(t('venues.page.saved', { no: b.no }));
            setOpenId(b.id);
          }}
        />
      )}
      {openId && <BookingDrawer id={openId} onClose={() => setOpenId(null)} onPrint={print} />}
      {modal}
    </RegisterPage>
  );
}
