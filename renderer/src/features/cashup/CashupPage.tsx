import { App } from 'antd';
import { useState } from 'react';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { CashupRecord } from '../../db/records';
import type { ShiftView } from '../../db/repositories/cashupRepository';
import { RegisterTabs } from '../../components/RegisterPage';
import { t } from '../../i18n';
import { buildCashupSheet } from './print/cashupTemplate';
import { usePrintPreview } from '../../print/PrintPreview';
import { saveExcel } from '../../components/exportSheet';
import { buildDayBookWorkbook } from '../money/ledgerExcel';
import { usePropertyProfile, useSetting } from '../settings/useSettings';
import { CashupHistory } from './CashupHistory';
import { CurrentShift } from './CurrentShift';
import { DayBook } from './DayBook';
import { messageOf } from '../../i18n/domainText';

/** 交班对账: close the shift (账款相符), the day book, and the closed shifts. */
export default function CashupPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const maxFen = (useSetting('limits') ?? DEFAULT_LIMITS).maxAmountFen;
  const profile = usePropertyProfile() ?? { name: '' };
  const { preview, modal } = usePrintPreview();
  const [tab, setTab] = useState('shift');

  const printClosed = (r: CashupRecord) => {
    const doc = buildCashupSheet(
      {
        mode: 'cashup',
        clerkName: r.clerkName,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        summary: r.summary,
        docs: r.docs,
        closing: {
          countedCashFen: r.countedCashFen,
          differenceFen: r.differenceFen,
          explanation: r.explanation,
          handedTo: r.handedTo,
        },
        printedAt: nowIso(),
      },
      profile,
    );
    preview(doc, () => repos.audit.note(actor, 'print', 'cashups', r.id, doc.title));
  };

  const printDayBook = (view: ShiftView, date: string, clerkName: string | undefined) => {
    const doc = buildCashupSheet(
      {
        mode: 'dayBook',
        ...(clerkName ? { clerkName } : {}),
        periodFrom: view.periodFrom,
        periodTo: view.periodTo,
        date,
        summary: view.summary,
        docs: view.docs,
        printedAt: nowIso(),
      },
      profile,
    );
    preview(doc, () => repos.audit.note(actor, 'print', 'receipts', `daybook:${date}`, doc.title));
  };

  const exportDayBook = async (view: ShiftView, date: string) => {
    try {
      const name = t('money.excel.dayBookFileName', { date });
      const saved = await saveExcel(name, await buildDayBookWorkbook(view.docs));
      if (saved) await repos.audit.note(actor, 'export', 'receipts', `daybook:${date}`, name);
    } catch (err) {
      void message.error(t('common.unexpectedError', { message: messageOf(err) }));
    }
  };

  return (
    <RegisterTabs
      title={t('money.cashup.title')}
      testId="cashup-page"
      active={[tab, setTab]}
      tabs={{
        shift: [
          t('money.cashup.tabShift'),
          <CurrentShift maxFen={maxFen} onClosed={printClosed} />,
        ],
        daybook: [
          t('money.cashup.tabDayBook'),
          <DayBook onPrint={printDayBook} onExport={(v, d) => void exportDayBook(v, d)} />,
        ],
        history: [t('money.cashup.tabHistory'), <CashupHistory onPrint={printClosed} />],
      }}
    >
      {modal}
    </RegisterTabs>
  );
}
