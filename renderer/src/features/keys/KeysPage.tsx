import { App, Button, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { loanState, overdueLoans, type LoanState } from '@shared/domain/keys';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOpenParam } from '../../components/useOpenParam';
import type { KeyLoanRecord, KeyRecord } from '../../db/records';
import { useExportButton } from '../../components/useRegisterExport';
import {
  RegisterPage,
  RegisterTable,
  RegisterTabs,
  SearchFilter,
} from '../../components/RegisterPage';
import { t } from '../../i18n';
import { KeyFormModal } from './KeyFormModal';
import { LendModal } from './LendModal';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useKeys } from './useKeys';
import { messageOf } from '../../i18n/domainText';

const STATE_COLORS: Record<LoanState | 'in', string> = {
  in: 'green',
  out: 'blue',
  overdue: 'red',
  returned: 'default',
};

/** 钥匙管理: the board (lend/return), the loan log, and what is overdue. */
export default function KeysPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const now = useOfficeNow();
  const { keys, loans } = useKeys();
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const [lending, setLending] = useState<KeyRecord | null>(null);
  const [tab, setTab] = useState('board');
  // Opened from the today board: the loan's list, the overdue one when it is late.
  useOpenParam((id) => {
    void repos.keys.listLoans(true).then((open) => {
      const loan = open.find((l) => l.id === id);
      if (loan)
        setTab(loanState(loan, new Date().toISOString()) === 'overdue' ? 'overdue' : 'loans');
    });
  });
  const openLoans = useMemo(
    () => new Map((loans ?? []).filter((l) => !l.returnedAt).map((l) => [l.id, l])),
    [loans],
  );
  const overdue = useMemo(() => overdueLoans(loans ?? [], now), [loans, now]);
  const q = text.trim().toLowerCase();
  const shownKeys = (keys ?? []).filter(
    (k) => !q || [k.label, k.name, k.unitCode ?? ''].some((s) => s.toLowerCase().includes(q)),
  );
  const keyState = (k: KeyRecord): LoanState | 'in' => {
    const loan = k.loanId ? openLoans.get(k.loanId) : undefined;
    return loan ? loanState(loan, now) : 'in';
  };
  const giveBack = async (loan: KeyLoanRecord) => {
    try {
      await repos.keys.giveBack(actor, loan.id);
      void message.success(t('keys.returned', { label: loan.keyLabel }));
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  const time = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '');
  const loanColumns = [
    { title: t('keys.col.label'), dataIndex: 'keyLabel', width: 100 },
    { title: t('keys.col.borrower'), dataIndex: 'borrower', width: 140 },
    { title: t('keys.col.reason'), dataIndex: 'reason' },
    {
      title: t('keys.col.lentAt'),
      width: 150,
      render: (_: unknown, l: KeyLoanRecord) => time(l.lentAt),
    },
    {
      title: t('keys.col.dueAt'),
      width: 150,
      render: (_: unknown, l: KeyLoanRecord) => time(l.dueAt),
    },
    {
      title: t('keys.col.state'),
      width: 90,
      render: (_: unknown, l: KeyLoanRecord) => {
        const s = loanState(l, now);
        return <Tag color={STATE_COLORS[s]}>{t(`keys.state.${s}`)}</Tag>;
      },
    },
    {
      title: t('keys.col.returnedAt'),
      width: 150,
      render: (_: unknown, l: KeyLoanRecord) =>
        l.returnedAt ? (
          time(l.returnedAt)
        ) : (
          <Button
            size="small"
            onClick={() => void giveBack(l)}
            data-testid={`key-return-${l.keyLabel}`}
          >
            {t('keys.action.giveBack')}
          </Button>
        ),
    },
  ];
  const exportButton = useExportButton(t('keys.page.export'), loans, (rows) => ({
    table: 'keyLoans',
    fileName: t('keys.excel.fileName', { date: now.slice(0, 10) }),
    sheetName: t('keys.excel.sheet'),
    columns: [
      { header: t('keys.col.label'), width: 12, value: (l: KeyLoanRecord) => l.keyLabel },
      { header: t('keys.col.borrower'), width: 16, value: (l) => l.borrower },
      { header: t('keys.col.reason'), width: 30, value: (l) => l.reason },
      { header: t('keys.col.lentAt'), width: 17, value: (l) => time(l.lentAt) },
      { header: t('keys.col.dueAt'), width: 17, value: (l) => time(l.dueAt) },
      { header: t('keys.col.returnedAt'), width: 17, value: (l) => time(l.returnedAt) },
      {
        header: t('keys.col.state'),
        width: 8,
        value: (l) => t(`keys.state.${loanState(l, now)}`),
      },
    ],
    done: t('keys.page.exported', { count: rows.length }),
  }));
  const keyColumns: TableProps<KeyRecord>['columns'] = [
    { title: t('keys.col.label'), dataIndex: 'label', width: 100 },
    { title: t('keys.col.name'), dataIndex: 'name' },
    { title: t('keys.col.kind'), width: 100, render: (_, k) => t(`keys.kind.${k.kind}`) },
    { title: t('keys.col.hook'), dataIndex: 'hook', width: 80 },
    { title: t('keys.col.unit'), dataIndex: 'unitCode', width: 110 },
    { title: t('keys.col.count'), dataIndex: 'count', width: 70 },
    {
      title: t('keys.col.state'),
      width: 90,
      render: (_, k) => {
        const s = keyState(k);
        return <Tag color={STATE_COLORS[s]}>{t(`keys.state.${s}`)}</Tag>;
      },
    },
    {
      title: t('keys.col.actions'),
      width: 110,
      render: (_, k) => {
        const loan = k.loanId ? openLoans.get(k.loanId) : undefined;
        return loan ? (
          <Button size="small" onClick={() => void giveBack(loan)}>
            {t('keys.action.giveBack')}
          </Button>
        ) : (
          <Button size="small" onClick={() => setLending(k)} data-testid={`key-lend-${k.label}`}>
            {t('keys.action.lend')}
          </Button>
        );
      },
    },
  ];

  return (
    <RegisterPage
      title={t('keys.page.title')}
      testId="keys-page"
      actions={
        <SearchFilter placeholder={t('keys.page.search')} width={240} state={[text, setText]} />
      }
      exportButton={exportButton}
      newButton={{
        label: t('keys.page.newKey'),
        onClick: () => setAdding(true),
        testId: 'key-new',
      }}
    >
      <RegisterTabs
        active={[tab, setTab]}
        tabs={{
          board: [
            t('keys.page.boardTab'),
            <RegisterTable<KeyRecord>
              rows={keys && shownKeys}
              testId="keys-table"
              columns={keyColumns}
            />,
          ],
          loans: [
            t('keys.page.loansTab'),
            <RegisterTable<KeyLoanRecord> rows={loans} columns={loanColumns} />,
          ],
          overdue: [
            t('keys.page.overdueTab', { count: overdue.length }),
            <RegisterTable<KeyLoanRecord>
              rows={overdue}
              paged={false}
              columns={loanColumns}
              testId="keys-overdue"
            />,
          ],
        }}
      />
      {adding && (
        <KeyFormModal
          onClose={() => setAdding(false)}
          onSaved={(label) => {
            setAdding(false);
            void message.success(t('keys.keyForm.saved', { label }));
          }}
        />
      )}
      {lending && (
        <LendModal
          keyRecord={lending}
          onClose={() => setLending(null)}
          onSaved={() => {
            void message.success(t('keys.lendForm.saved', { label: lending.label }));
            setLending(null);
          }}
        />
      )}
    </RegisterPage>
  );
}
