import { Alert, Button, Checkbox, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  FEE_HISTORY_COLUMNS,
  feeHistoryMapping,
  feeHistoryTotals,
  type FeeHistoryField,
  type FeeHistoryMapping,
  type FeeHistoryError,
  type FeeHistoryRecord,
  type FeeHistoryResult,
} from '@shared/domain/feeHistory';
import { formatFen } from '@shared/domain/money';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { readCell } from '@shared/domain/rosterCells';
import { ColumnMapping } from '../../components/ColumnMapping';
import { FileButton } from '../../components/FileButton';
import { rowErrorColumns } from '../../components/rowErrorColumns';
import { useBusyRun } from '../../components/useBusyRun';
import { useOfficeToday } from '../../components/useOfficeClock';
import type { FeeHistoryImportResult } from '../../db/repositories/feeHistoryImport';
import { t } from '../../i18n';
import { readRosterFile, type RosterSheet } from '../archive/excel/readRosterFile';

interface Read {
  file: string;
  sheet: RosterSheet;
  mapping: FeeHistoryMapping;
}

type Stage =
  | { step: 'file' }
  | ({ step: 'mapping' } & Read)
  | ({ step: 'preview'; result: FeeHistoryResult } & Read)
  | { step: 'done'; done: FeeHistoryImportResult };

const PREVIEW_ROWS = 200;

const errorColumns = () =>
  rowErrorColumns<FeeHistoryError>({
    row: t('fees.history.row'),
    column: t('fees.history.column'),
    message: t('fees.history.problem'),
    wholeFile: t('fees.history.wholeFile'),
  });

const yuan = (fen: number) => formatFen(fen);

/** The first filled cell of a column as text (a date column shows its serial as the sheet has it). */
function sampleOf(sheet: RosterSheet, header: string): string {
  for (const row of sheet.rows) {
    const read = readCell(row[header], 'text');
    if (read.ok && read.text.trim()) return read.text;
  }
  return '';
}

const rowColumns = (): TableColumnsType<FeeHistoryRecord> => [
  { title: t('fees.history.row'), dataIndex: 'row', width: 60 },
  { title: t('fees.col.unit'), dataIndex: 'unitCode', width: 100 },
  { title: t('fees.col.item'), dataIndex: 'itemName', width: 110 },
  {
    title: t('fees.history.span'),
    key: 'span',
    width: 200,
    render: (_, r) => `${r.start} ~ ${r.end}`,
  },
  { title: t('fees.col.amount'), dataIndex: 'dueFen', width: 110, align: 'right', render: yuan },
  { title: t('fees.col.paid'), dataIndex: 'paidFen', width: 110, align: 'right', render: yuan },
  {
    title: t('fees.history.paidOn'),
    key: 'paidOn',
    width: 170,
    render: (_, r) => (r.paidOn ? `${r.paidOn} ${r.cashier}` : ''),
  },
];

/**
 * 历史导入: the former system's fee records as past bills, its payments (kept as history, not
 * as receipts of this desk) and the opening arrears. The file is checked and previewed with
 * its row errors; nothing is written until a supervisor confirms, then all in one write.
 */
export function HistoryPanel() {
  const repos = useRepos();
  const { actor } = useSession();
  const today = useOfficeToday();
  const [stage, setStage] = useState<Stage>({ step: 'file' });
  const [skipBad, setSkipBad] = useState(false);
  const { busy, error, run } = useBusyRun();
  const mayWrite = hasRole(actor.role, 'supervisor');

  // The file's columns first (what the clerk mapped last time, then what a header names).
  const readFile = (file: File) =>
    run(t('fees.history.reading'), async () => {
      const sheet = await readRosterFile(await file.arrayBuffer());
      const remembered = await repos.settings.get('feeHistoryColumns');
      setStage({
        step: 'mapping',
        file: file.name,
        sheet,
        mapping: feeHistoryMapping(sheet.headers, remembered),
      });
    });
  const check = (read: Read) =>
    void run(t('fees.history.reading'), async () => {
      const result = await repos.bills.history.check(read.sheet.rows, read.mapping, today);
      setSkipBad(false);
      setStage({ ...read, step: 'preview', result });
    });
  const commit = () => {
    if (stage.step !== 'preview' || busy !== null) return;
    const bad = new Set(stage.result.errors.map((e) => e.row)).size;
    void run(t('fees.history.importing'), async () => {
      const done = await repos.bills.history.commit(actor, stage.file, stage.result.valid, bad);
      setStage({ step: 'done', done });
      // After the write: the history is in even if keeping the mapping failed.
      await repos.settings.set('feeHistoryColumns', stage.mapping, actor);
    });
  };

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="history-panel">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('fees.history.hint')}
      </Typography.Paragraph>
      <Space>
        <FileButton
          onFile={(f) => void readFile(f)}
          testId="history-choose"
          inputTestId="history-file"
        >
          {t('fees.history.choose')}
        </FileButton>
        {busy && <Typography.Text type="secondary">{busy}</Typography.Text>}
      </Space>
      {!mayWrite && <Alert type="info" title={t('fees.history.supervisorOnly')} />}
      {error && <Alert type="error" showIcon title={error} data-testid="history-error" />}
      {stage.step === 'mapping' && (
        <>
          <ColumnMapping<FeeHistoryField>
            headers={stage.sheet.headers}
            columns={FEE_HISTORY_COLUMNS}
            mapping={stage.mapping}
            onChange={(mapping) => setStage({ ...stage, mapping })}
            sample={(_, header) => sampleOf(stage.sheet, header)}
            testId="history"
            texts={{
              hint: t('fees.history.mappingHint', { file: stage.file }),
              field: t('fees.history.field'),
              column: t('fees.history.mapColumn'),
              notMapped: t('fees.history.notMapped'),
              unmapped: (columns) => t('fees.history.unmapped', { columns }),
            }}
          />
          <Button
            type="primary"
            disabled={busy !== null}
            onClick={() => check(stage)}
            data-testid="history-validate"
          >
            {t('fees.history.validate')}
          </Button>
        </>
      )}
      {stage.step === 'preview' && (
        <Preview
          stage={stage}
          skipBad={skipBad}
          onSkipBad={setSkipBad}
          canWrite={mayWrite && busy === null}
          onCommit={commit}
          onBack={() => setStage({ ...stage, step: 'mapping' })}
        />
      )}
      {stage.step === 'done' && (
        <Alert type="success" showIcon title={stage.done.summary} data-testid="history-done" />
      )}
    </Space>
  );
}

function Preview({
  stage,
  skipBad,
  onSkipBad,
  canWrite,
  onCommit,
  onBack,
}: {
  stage: Extract<Stage, { step: 'preview' }>;
  skipBad: boolean;
  onSkipBad: (v: boolean) => void;
  canWrite: boolean;
  onCommit: () => void;
  onBack: () => void;
}) {
  const { result } = stage;
  const totals = feeHistoryTotals(result.valid);
  const bad = new Set(result.errors.map((e) => e.row)).size;
  const fileError = result.errors.some((e) => e.row === 0);
  const ready = result.valid.length > 0 && !fileError && (bad === 0 || skipBad);
  return (
    <div data-testid="history-preview">
      <Alert
        type={bad ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="history-summary"
        title={t('fees.history.summary', {
          file: stage.file,
          bills: totals.bills,
          payments: totals.payments,
          paid: formatFen(totals.paidFen),
          arrears: formatFen(totals.openingArrearsFen),
          units: totals.unitsOwing,
          bad,
          already: result.already,
        })}
      />
      {result.errors.length > 0 && (
        <>
          <Typography.Text strong>{t('fees.history.errors')}</Typography.Text>
          <Table<FeeHistoryError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
            columns={errorColumns()}
            dataSource={result.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="history-errors"
          />
        </>
      )}
      {result.valid.length > 0 && (
        <Table<FeeHistoryRecord>
          size="small"
          rowKey="row"
          columns={rowColumns()}
          dataSource={result.valid.slice(0, PREVIEW_ROWS)}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="history-rows"
        />
      )}
      <Space style={{ marginTop: 8 }}>
        <Button onClick={onBack} data-testid="history-back">
          {t('common.previous')}
        </Button>
        {bad > 0 && !fileError && (
          <Checkbox
            checked={skipBad}
            onChange={(e) => onSkipBad(e.target.checked)}
            data-testid="history-skip-bad"
          >
            {t('fees.history.skipBad', { count: bad })}
          </Checkbox>
        )}
        <Button
          type="primary"
          disabled={!ready || !canWrite}
          onClick={onCommit}
          data-testid="history-confirm"
        >
          {t('fees.history.confirm', { count: result.valid.length })}
        </Button>
      </Space>
    </div>
  );
}
