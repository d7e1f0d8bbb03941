import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { officeDateOf } from '@shared/domain/officeTime';
import type { BookingStatus } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { RegisterPage, RegisterTabs } from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useRecordDialogs } from '../../components/useRecordDialogs';
import { useExportButton } from '../../components/useRegisterExport';
import type { VenueBookingRecord } from '../../db/records';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
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
  const now = useOfficeNow();
  const today = officeDateOf(now);
  const { profile, preview, modal } = useProfilePreview();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<BookingStatus | undefined>();
  const d = useRecordDialogs<BookingValues>();
  const spaces = useLiveQuery(() => repos.venues.spaces(), [repos]) ?? [];
  const rows = useLiveQuery(
    () => repos.venues.list({ text, ...(status ? { status } : {}) }),
    [repos, text, status],
  );

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
      newButton={{ label: t('venues.page.new'), onClick: d.openNew, testId: 'venue-new' }}
      exportButton={exportButton}
    >
      <RegisterTabs
        tabs={{
          calendar: [
            t('venues.page.calendarTab'),
            <VenueCalendar
              spaces={spaces}
              today={today}
              onOpen={d.setOpenId}
              onNew={(spaceId, date) => d.openWith({ spaceId, date })}
            />,
          ],
          list: [
            t('venues.page.listTab'),
            <BookingList
              rows={rows}
              search={[text, setText]}
              status={[status, setStatus]}
              onOpen={d.setOpenId}
            />,
          ],
          spaces: [t('venues.page.spacesTab'), <SpacesTab spaces={spaces} />],
        }}
      />
      {d.form && (
        <BookingFormModal
          {...d.form}
          onClose={d.closeForm}
          onSaved={(b) => d.saved(t('venues.page.saved', { no: b.no }), b.id)}
        />
      )}
      {d.openId && <BookingDrawer id={d.openId} onClose={d.closeDrawer} onPrint={print} />}
      {modal}
    </RegisterPage>
  );
}
