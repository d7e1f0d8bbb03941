import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { officeDateOf } from '@shared/domain/officeTime';
import type { LeaseState } from '@shared/domain/parking';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { RegisterPage, RegisterTabs } from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useRecordDialogs } from '../../components/useRecordDialogs';
import { useExportButton } from '../../components/useRegisterExport';
import type { ParkingLeaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
import { LeaseDrawer } from './LeaseDrawer';
import { LeaseFormModal } from './LeaseFormModal';
import { LeaseList, leaseSheetColumns } from './LeaseList';
import type { LeaseValues } from './leaseForm';
import { ParkingSpacesTab } from './ParkingSpacesTab';
import { buildParkingRegistration } from './print/parkingRegistrationTemplate';

/** 车位管理: the lets and sales (车位使用登记), the spaces; 车位使用登记表. */
export default function ParkingPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const today = officeDateOf(useOfficeNow());
  const { profile, preview, modal } = useProfilePreview();
  const [text, setText] = useState('');
  const [state, setState] = useState<LeaseState | undefined>();
  const d = useRecordDialogs<LeaseValues>();
  const spaces = useLiveQuery(() => repos.parking.listSpaces(), [repos]);
  const all = useLiveQuery(() => repos.parking.list(), [repos]);
  const rows = useLiveQuery(
    () => repos.parking.list({ text, ...(state ? { state } : {}) }),
    [repos, text, state],
  );

  const print = (l: ParkingLeaseRecord) =>
    preview(buildParkingRegistration(l, profile), () => repos.parking.markPrinted(actor, l.id));

  const exportButton = useExportButton(t('parking.page.export'), rows, (list) => ({
    table: 'parkingLeases',
    fileName: t('parking.excel.fileName', { date: today }),
    sheetName: t('parking.excel.sheet'),
    columns: leaseSheetColumns(today),
    done: t('parking.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      title={t('parking.page.title')}
      testId="parking-page"
      newButton={{ label: t('parking.page.new'), onClick: d.openNew, testId: 'lease-new' }}
      exportButton={exportButton}
    >
      <RegisterTabs
        tabs={{
          leases: [
            t('parking.page.leasesTab'),
            <LeaseList
              rows={rows}
              today={today}
              search={[text, setText]}
              state={[state, setState]}
              onOpen={d.setOpenId}
            />,
          ],
          spaces: [
            t('parking.page.spacesTab'),
            <ParkingSpacesTab
              spaces={spaces}
              leases={all ?? []}
              today={today}
              onOpenLease={d.setOpenId}
              onLet={(spaceId) => d.openWith({ spaceId })}
            />,
          ],
        }}
      />
      {d.form && (
        <LeaseFormModal
          {...d.form}
          onClose={d.closeForm}
          onSaved={(l) => d.saved(t('parking.page.saved', { no: l.no }), l.id)}
        />
      )}
      {d.openId && (
        <LeaseDrawer
          id={d.openId}
          today={today}
          onClose={d.closeDrawer}
          onOpen={d.setOpenId}
          onPrint={print}
        />
      )}
      {modal}
    </RegisterPage>
  );
}
