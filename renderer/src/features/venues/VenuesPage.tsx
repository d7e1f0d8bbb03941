import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { officeDateOf } from '@shared/domain/officeTime';
import type { BookingStatus } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { RegisterPage, RegisterTabs, useNewShortcut } from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useOpenParam } from '../../components/useOpenParam';
import { useExportButton } from '../../components/useRegisterExport';
import type { VenueBookingRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePrintPreview } from '../../print/PrintPreview';
import { usePropertyProfile } from '../settings/useSettings';
import { BookingDrawer } from './BookingDrawer';
import { BookingFormModal } from './BookingFormModal';
import { BookingList, bookingSheetColumns } from './BookingList';
import { buildVenueApplication } from './print/venueApplicationTemplate';
import { SpacesTab } from './SpacesTab';
import { VenueCalendar } from './VenueCalendar';
import type { BookingValues } from './venueForm';

/** 公共场地使用: the day/week calendar, the bookings list, the spaces; 场地使用申请表. */
export default function VenuesPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const now = useOfficeNow();
  const today = officeDateOf(now);
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

  const exportButton = useExportButton(t('venues.page.export'), rows, (list) => ({
    table: 'venueBookings',
    fileName: t('venues.excel.fileName', { date: today }),
    sheetName: t('venues.excel.sheet'),
    columns: bookingSheetColumns(),
    done: t('venues.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      title={t('venues.page.title')}
      testId="venues-page"
      newButton={{ label: t('venues.page.new'), onClick: openNew, testId: 'venue-new' }}
      exportButton={exportButton}
    >
      <RegisterTabs
        active={[tab, setTab]}
        tabs={{
          calendar: [
            t('venues.page.calendarTab'),
            <VenueCalendar
              spaces={spaces}
              today={today}
              onOpen={setOpenId}
              onNew={(spaceId, date) => setForm({ initial: { spaceId, date } })}
            />,
          ],
          list: [
            t('venues.page.listTab'),
            <BookingList
              rows={rows}
              text={text}
              onText={setText}
              status={status}
              onStatus={setStatus}
              onOpen={setOpenId}
            />,
          ],
          spaces: [t('venues.page.spacesTab'), <SpacesTab spaces={spaces} />],
        }}
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
