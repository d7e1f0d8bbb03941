import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { officeDateOf } from '@shared/domain/officeTime';
import type { LeaseState } from '@shared/domain/parking';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { RegisterPage, RegisterTabs, useNewShortcut } from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useOpenParam } from '../../components/useOpenParam';
import { useExportButton } from '../../components/useRegisterExport';
import type { ParkingLeaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePrintPreview } from '../../print/PrintPreview';
import { usePropertyProfile } from '../settings/useSettings';
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
  const { message } = App.useApp();
  const today = officeDateOf(useOfficeNow());
  const profile = usePropertyProfile() ?? { name: '' };
  const { preview, modal } = usePrintPreview();
  const [params] = useSearchParams();
  const [tab, setTab] = useState(params.get('tab') ?? 'leases');
  const [text, setText] = useState('');
  const [state, setState] = useState<LeaseState | undefined>();
  const [form, setForm] = useState<{ initial?: Partial<LeaseValues> } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const spaces = useLiveQuery(() => repos.parking.listSpaces(), [repos]);
  const all = useLiveQuery(() => repos.parking.list(), [repos]);
  const rows = useLiveQuery(
    () => repos.parking.list({ text, ...(state ? { state } : {}) }),
    [repos, text, state],
  );
  useOpenParam(setOpenId);
  const openNew = useCallback(() => setForm({}), []);
  useNewShortcut(openNew, form === null);

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
      newButton={{ label: t('parking.page.new'), onClick: openNew, testId: 'lease-new' }}
      exportButton={exportButton}
    >
      <RegisterTabs
        active={[tab, setTab]}
        tabs={{
          leases: [
            t('parking.page.leasesTab'),
            <LeaseList
              rows={rows}
              today={today}
              text={text}
              onText={setText}
              state={state}
              onState={setState}
              onOpen={setOpenId}
            />,
          ],
          spaces: [
            t('parking.page.spacesTab'),
            <ParkingSpacesTab
              spaces={spaces}
              leases={all ?? []}
              today={today}
              onOpenLease={setOpenId}
              onLet={(spaceId) => setForm({ initial: { spaceId } })}
            />,
          ],
        }}
      />
      {form && (
        <LeaseFormModal
          {...(form.initial ? { initial: form.initial } : {})}
          onClose={() => setForm(null)}
          onSaved={(l) => {
            setForm(null);
            void message.success(t('parking.page.saved', { no: l.no }));
            setOpenId(l.id);
          }}
        />
      )}
      {openId && (
        <LeaseDrawer
          id={openId}
          today={today}
          onClose={() => setOpenId(null)}
          onOpen={setOpenId}
          onPrint={print}
        />
      )}
      {modal}
    </RegisterPage>
  );
}
