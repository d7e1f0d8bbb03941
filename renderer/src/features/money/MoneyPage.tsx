import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';
import { summarizeCashup } from '@shared/domain/cashup';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { DEFAULT_FEE_ITEMS } from '@shared/domain/fees';
import { formatFen } from '@shared/domain/money';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';
import { LedgerFilters } from './LedgerFilters';
import { LedgerTable } from './LedgerTable';
import { saveExcel } from '../../components/exportSheet';
import { buildLedgerWorkbook } from './ledgerExcel';
import { ReceiptFormModal } from './ReceiptFormModal';
import { PayBillsModal } from '../fees/PayBillsModal';
import { RefundDialog } from './RefundDialog';
import { useOfficeToday } from '../../components/useOfficeClock';
import {
  defaultLedgerFilter,
  followLedgerDay,
  LEDGER_LIMIT,
  useLedger,
  type LedgerFilterState,
} from './useLedger';
import { useMoneyPrinting } from './useMoneyPrinting';
import { VoidDialog } from './VoidDialog';
import { messageOf } from '../../i18n/domainText';
import { useActionParam } from '../../components/useOpenParam';

const NO_EXTRA: readonly string[] = [];

type Dialog =
  | { kind: 'issue' }
  | { kind: 'void'; doc: ReceiptRecord }
  | { kind: 'refund'; doc: ReceiptRecord }
  | { kind: 'bills'; unitId: string; unitCode: string }
  | null;

/** 收费收据: take a payment (Alt+N), find any receipt, print/reprint, void and refund (主管). */
export default function MoneyPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const today = useOfficeToday();
  const [filter, setFilter] = useState<LedgerFilterState>(() => ({
    ...defaultLedgerFilter(today),
    no: params.get('no') ?? '',
  }));
  // Past office midnight with the ledger open: "this month so far" moves to the new day.
  const [filterDay, setFilterDay] = useState(today);
  if (filterDay !== today) {
    setFilterDay(today);
    setFilter((f) => followLedgerDay(f, filterDay, today));
  }
  const [dialog, setDialog] = useState<Dialog>(null);
  // Sent from a unit's page (`?bills=<unitId>`): that unit's open bills, ready to pay.
  useActionParam('bills', NO_EXTRA, (unitId) => {
    void repos.units.get(unitId).then((u) => {
      if (u) setDialog({ kind: 'bills', unitId: u.id, unitCode: u.code });
    });
  });
  const items = useSetting('fees') ?? DEFAULT_FEE_ITEMS;
  const maxFen = (useSetting('limits') ?? DEFAULT_LIMITS).maxAmountFen;
  const { page, query } = useLedger(filter);
  const { printMoneyDoc, printModal } = useMoneyPrinting();
  const rows = useMemo(() => page?.rows ?? [], [page]);
  const totals = useMemo(() => summarizeCashup({ docs: rows }), [rows]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && dialog === null) {
        e.preventDefault();
        setDialog({ kind: 'issue' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  const onPrint = useCallback((doc: ReceiptRecord) => void printMoneyDoc(doc), [printMoneyDoc]);
  const onVoid = useCallback((doc: ReceiptRecord) => setDialog({ kind: 'void', doc }), []);
  const onRefund = useCallback((doc: ReceiptRecord) => setDialog({ kind: 'refund', doc }), []);
  /**
   * A new receipt or voucher: the form closes and its number is on screen first (one small
   * render), then its print preview is built and opens (issue 21: the number waited for the
   * preview's render before).
   */
  const showIssued = (doc: ReceiptRecord, text: string) => {
    flushSync(() => {
      setDialog(null);
      void message.success(text);
    });
    void printMoneyDoc(doc);
  };

  const exportLedger = async () => {
    try {
      const data = await buildLedgerWorkbook(rows);
      const name = t('money.excel.fileName', {
        from: query.fromDate ?? '',
        to: query.toDate ?? '',
      });
      if (!(await saveExcel(name, data))) return;
      await repos.audit.note(actor, 'export', 'receipts', 'ledger', `${name}（${rows.length}）`);
      void message.success(t('money.page.exported', { count: rows.length }));
    } catch (err) {
      void message.error(t('common.unexpectedError', { message: messageOf(err) }));
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="money-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('money.page.title')}
        </Typography.Title>
        <Space>
          <Button
            onClick={() => void exportLedger()}
            disabled={rows.length === 0}
            data-testid="money-export"
          >
            {t('money.page.export')}
          </Button>
          <Button
            type="primary"
            onClick={() => setDialog({ kind: 'issue' })}
            data-testid="money-issue"
          >
            {t('money.page.issue')}
          </Button>
        </Space>
      </Space>
      <Card size="small">
        <LedgerFilters value={filter} onChange={setFilter} items={items} />
      </Card>
      {page?.truncated && (
        <Alert type="warning" showIcon title={t('money.page.truncated', { limit: LEDGER_LIMIT })} />
      )}
      <Typography.Text data-testid="ledger-totals">
        {t('money.page.totals', {
          receipts: totals.receiptCount,
          received: formatFen(totals.receivedFen),
          refunds: totals.refundCount,
          refunded: formatFen(totals.refundedFen),
          net: formatFen(totals.netFen),
          voids: totals.voidCount,
        })}
      </Typography.Text>
      <LedgerTable
        rows={rows}
        loading={page === undefined}
        role={actor.role}
        onPrint={onPrint}
        onVoid={onVoid}
        onRefund={onRefund}
      />
      {dialog?.kind === 'issue' && (
        <ReceiptFormModal
          items={items}
          maxFen={maxFen}
          onClose={() => setDialog(null)}
          onIssued={(receipt) => showIssued(receipt, t('money.form.issued', { no: receipt.no }))}
          onPayBills={(unitId, unitCode) => setDialog({ kind: 'bills', unitId, unitCode })}
        />
      )}
      {dialog?.kind === 'bills' && (
        <PayBillsModal
          unitId={dialog.unitId}
          unitCode={dialog.unitCode}
          onClose={() => setDialog(null)}
          onPaid={(receipt) => showIssued(receipt, t('money.form.issued', { no: receipt.no }))}
        />
      )}
      {dialog?.kind === 'void' && (
        <VoidDialog
          doc={dialog.doc}
          onClose={() => setDialog(null)}
          onVoided={(doc) => {
            setDialog(null);
            void message.success(t('money.void.done', { no: doc.no }));
          }}
        />
      )}
      {dialog?.kind === 'refund' && (
        <RefundDialog
          receiptId={dialog.doc.id}
          items={items}
          maxFen={maxFen}
          onClose={() => setDialog(null)}
          onRefunded={(voucher) => showIssued(voucher, t('money.refund.done', { no: voucher.no }))}
        />
      )}
      {printModal}
    </Space>
  );
}
