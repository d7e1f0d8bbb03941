import { Button, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepos } from '../../app/ReposContext';
import type { ShiftView } from '../../db/repositories/cashupRepository';
import { t } from '../../i18n';
import { DocLinesTable } from './DocLinesTable';
import { SummaryTable } from './SummaryTable';
import { usePickedOr, useOfficeToday } from '../../components/useOfficeClock';
import { DateInput } from '../../components/DateInput';

interface Props {
  onPrint: (view: ShiftView, date: string, clerkName: string | undefined) => void;
  onExport: (view: ShiftView, date: string) => void;
}

/** 收费日记账: every document of a day, for one clerk or all, printable and exportable. */
export function DayBook({ onPrint, onExport }: Props) {
  const repos = useRepos();
  const [date, setDate] = usePickedOr(useOfficeToday());
  const [clerkId, setClerkId] = useState<string | undefined>(undefined);
  const operators =
    useLiveQuery(() => repos.operators.list({ includeInactive: true }), [repos]) ?? [];
  const view = useLiveQuery(() => repos.cashups.dayBook(date, clerkId), [repos, date, clerkId]);
  const clerkName = operators.find((o) => o.id === clerkId)?.name;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="daybook">
      <Space wrap>
        <DateInput
          value={date}
          allowClear={false}
          onChange={(d) => d && setDate(d)}
          style={{ width: 140 }}
          aria-label={t('money.cashup.date')}
          testId="daybook-date"
        />
        <Select<string>
          allowClear
          style={{ width: 160 }}
          placeholder={t('money.cashup.allClerks')}
          value={clerkId}
          onChange={setClerkId}
          options={operators.map((o) => ({ value: o.id, label: o.name }))}
          data-testid="daybook-clerk"
        />
        <Button
          disabled={!view}
          onClick={() => view && onPrint(view, date, clerkName)}
          data-testid="daybook-print"
        >
          {t('money.cashup.print')}
        </Button>
        <Button
          disabled={!view || view.docs.length === 0}
          onClick={() => view && onExport(view, date)}
          data-testid="daybook-export"
        >
          {t('money.cashup.export')}
        </Button>
      </Space>
      {view && <SummaryTable summary={view.summary} testId="daybook-summary" />}
      {view && <DocLinesTable docs={view.docs} testId="daybook-docs" />}
    </Space>
  );
}
