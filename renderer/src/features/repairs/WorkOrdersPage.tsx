import { Alert, App, Button, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import type { WorkOrderKind } from '@shared/domain/repairs';
import { sampleMonthOn } from '@shared/domain/revisitSampling';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOpenParam } from '../../components/useOpenParam';
import { nowIso } from '../../db/ids';
import type { WorkOrderRecord } from '../../db/records';
import { useExportButton } from '../../components/useRegisterExport';
import { RegisterPage, TextFilter } from '../../components/RegisterPage';
import { sheetColumn } from '../../components/registerColumns';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';
import { useSetting } from '../settings/useSettings';
import { useWorkOrderPrinting } from './useWorkOrderPrinting';
import { useWorkOrders, type WorkOrderTab } from './useWorkOrders';
import { ChargeDialog, ResultDialog, RevisitDialog } from './WorkOrderDialogs';
import { WorkOrderDrawer } from './WorkOrderDrawer';
import { WorkOrderFormModal } from './WorkOrderFormModal';
import { errorText } from './workOrderForm';
import { placeText, WorkOrderTable, type WorkOrderAction } from './WorkOrderTable';

type Dialog =
  { kind: 'new' } | { kind: 'result' | 'charge' | 'revisit'; order: WorkOrderRecord } | null;

const TABS: WorkOrderTab[] = ['all', 'open', 'done', 'revisitDue', 'closed'];

/** 报修派工 / 有偿服务: intake (Alt+N), print the work order, result, charge, revisit, close. */
export function WorkOrdersPage({ kind }: { kind: WorkOrderKind }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message, modal } = App.useApp();
  const [tab, setTab] = useState<WorkOrderTab>('all');
  const [q, setQ] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  /** A step on an order is done: its dialog closes and says so. */
  const closeSaying = (text: string) => {
    setDialog(null);
    void message.success(text);
  };
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = useWorkOrders(kind, tab, q);
  const maxFen = (useSetting('limits') ?? DEFAULT_LIMITS).maxAmountFen;
  const { printWorkOrder, printChargeNotice, printModal } = useWorkOrderPrinting();
  const { printMoneyDoc, printModal: moneyModal } = useMoneyPrinting();
  const service = kind === 'paidService';
  // Opened from the today board or a complaint: find the order and open it, with its revisit
  // on top when one is due (what the board sends the clerk for).
  useOpenParam((id) => {
    void repos.workOrders.get(id).then((order) => {
      if (!order) return;
      setTab('all');
      setQ(order.no);
      setOpenId(order.id);
      if (order.revisitStatus === 'due') setDialog({ kind: 'revisit', order });
    });
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && dialog === null) {
        e.preventDefault();
        setDialog({ kind: 'new' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  const onAction = async (action: WorkOrderAction, order: WorkOrderRecord) => {
    if (action === 'print') return printWorkOrder(order);
    if (action === 'notice') return printChargeNotice(order);
    if (action === 'close') {
      // Closing ends the order's work: asked once, Enter confirms, Esc keeps it open.
      void modal.confirm({
        title: t('repairs.closeConfirm.title', { no: order.no }),
        content: t('repairs.closeConfirm.content'),
        okText: t('repairs.closeConfirm.ok'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': 'wo-close-confirm' },
        onOk: async () => {
          try {
            await repos.workOrders.close(actor, order.id);
            void message.success(t('repairs.closed', { no: order.no }));
          } catch (err) {
            void message.error(errorText(err));
          }
        },
      });
      return;
    }
    setDialog({ kind: action, order });
  };

  const drawSample = async () => {
    const deadlines = await repos.settings.get('deadlines');
    const month = sampleMonthOn(officeDateOf(nowIso()), deadlines.repairRevisitSamplingDay);
    try {
      const r = await repos.workOrders.drawSample(actor, month);
      setNotice(
        t('repairs.page.drawn', { month, completed: r.completed, picked: r.picked.length }),
      );
      setTab('revisitDue');
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const exportButton = useExportButton(
    t('repairs.page.export'),
    rows,
    (list) => ({
      table: 'workOrders',
      fileName: t('repairs.page.fileName', { date: officeDateOf(nowIso()) }),
      sheetName: t(service ? 'repairs.page.serviceTitle' : 'repairs.page.repairTitle'),
      columns: [
        sheetColumn(t('repairs.col.no'), 16, (o) => o.no),
        sheetColumn(t('repairs.col.receivedAt'), 17, (o) => formatOfficeDateTime(o.receivedAt)),
        sheetColumn(t('repairs.col.unit'), 12, placeText),
        sheetColumn(t('repairs.col.contact'), 10, (o) => o.contactName),
        sheetColumn(t('repairs.col.phone'), 14, (o) => maskPhone(o.contactPhone)),
        sheetColumn(t('repairs.col.problem'), 40, (o) => o.problem),
        sheetColumn(t('repairs.col.department'), 10, (o) => o.department),
        sheetColumn(t('repairs.col.charge'), 10, (o) =>
          o.chargeFen ? formatFen(o.chargeFen) : '',
        ),
        sheetColumn(t('repairs.col.status'), 8, (o) => t(`repairs.status.${o.status}`)),
        sheetColumn(t('repairs.col.revisit'), 8, (o) =>
          o.revisitResult
            ? t(`repairs.revisitResult.${o.revisitResult}`)
            : t(`repairs.revisitStatus.${o.revisitStatus}`),
        ),
      ],
      done: t('repairs.page.exported', { count: list.length }),
    }),
    'wo-export',
  );

  return (
    <RegisterPage
      testId={`${kind}-page`}
      title={t(service ? 'repairs.page.serviceTitle' : 'repairs.page.repairTitle')}
      actions={
        hasRole(actor.role, 'supervisor') && (
          <Button onClick={() => void drawSample()} data-testid="wo-draw-sample">
            {t('repairs.page.drawSample')}
          </Button>
        )
      }
      exportButton={exportButton}
      newButton={{
        label: t(service ? 'repairs.page.newService' : 'repairs.page.newRepair'),
        onClick: () => setDialog({ kind: 'new' }),
        testId: 'wo-new',
      }}
      filters={
        <>
          <Segmented<WorkOrderTab>
            value={tab}
            onChange={setTab}
            options={TABS.map((k) => ({ value: k, label: t(`repairs.filter.${k}`) }))}
            data-testid="wo-tabs"
          />
          <TextFilter
            placeholder={t('repairs.page.search')}
            width={280}
            state={[q, setQ]}
            testId="wo-search"
          />
        </>
      }
    >
      {notice && (
        <Alert type="info" showIcon closable title={notice} onClose={() => setNotice(null)} />
      )}
      <WorkOrderTable
        rows={rows ?? []}
        loading={rows === undefined}
        onAction={(a, o) => void onAction(a, o)}
        onOpen={(o) => setOpenId(o.id)}
      />
      {openId && (
        <WorkOrderDrawer
          id={openId}
          onClose={() => setOpenId(null)}
          onAction={(a, o) => void onAction(a, o)}
        />
      )}
      {dialog?.kind === 'new' && (
        <WorkOrderFormModal
          kind={kind}
          onClose={() => setDialog(null)}
          onSaved={(order) => {
            setDialog(null);
            void printWorkOrder(order);
          }}
        />
      )}
      {dialog?.kind === 'result' && (
        <ResultDialog
          order={dialog.order}
          maxFen={maxFen}
          onClose={() => setDialog(null)}
          onSaved={(o) => closeSaying(t('repairs.result.saved', { no: o.no }))}
        />
      )}
      {dialog?.kind === 'charge' && (
        <ChargeDialog
          order={dialog.order}
          onClose={() => setDialog(null)}
          onCharged={(receipt) => {
            closeSaying(t('repairs.charge.done', { no: receipt.no }));
            void printMoneyDoc(receipt);
          }}
        />
      )}
      {dialog?.kind === 'revisit' && (
        <RevisitDialog
          order={dialog.order}
          onClose={() => setDialog(null)}
          onSaved={(o) =>
            closeSaying(
              o.status === 'open'
                ? t('repairs.revisit.reopened', { department: o.department })
                : t('repairs.revisit.saved'),
            )
          }
        />
      )}
      {printModal}
      {moneyModal}
    </RegisterPage>
  );
}
