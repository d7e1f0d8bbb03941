import { Alert, Button, Checkbox, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  feeHistoryMapping,
  feeHistoryTotals,
  type FeeHistoryError,
  type FeeHistoryRecord,
  type FeeHistoryResult,
} from '@shared/domain/feeHistory';
import { formatFen } from '@shared/domain/money';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FileButton } from '../../components/FileButton';
import { rowErrorColumns } from '../../components/rowErrorColumns';
import { useBusyRun } from '../../components/useBusyRun';
import { useOfficeToday } from '../../components/useOfficeClock';
import type { FeeHistoryImportResult } from '../../db/repositories/feeHistoryImport';
import { t } from '../../i18n';
import { readRosterFile } from '../archive/excel/readRosterFile';

type Stage =
  | { step: 'file' }
  | { step: 'preview'; file: string; result: FeeHistoryResult }
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

  const readFile = (file: File) =>
    run(t('fees.history.reading'), async () => {
      const sheet = await readRosterFile(await file.arrayBuffer());
      const result = await repos.bills.history.check(
        sheet.rows,
        feeHistoryMapping(sheet.headers),
        today,
      );
      setSkipBad(false);
      setStage({ step: 'preview', file: file.name, result });
    });
  const commit = () => {
    if (stage.step !== 'preview' || busy !== null) return;
    const bad = new Set(stage.result.errors.map((e) => e.row)).size;
    void run(t('fees.history.importing'), async () => {
      const done = await repos.bills.history.commit(actor, stage.file, stage.result.valid, bad);
      setStage({ step: 'done', done });
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
      {stage.step === 'preview' && (
        <Preview
          stage={stage}
          skipBad={skipBad}
          onSkipBad={setSkipBad}
          canWrite={mayWrite && busy === null}
          onCommit={commit}
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
}: {
  stage: Extract<Stage, { step: 'preview' }>;
  skipBad: boolean;
  onSkipBad: (v: boolean) => void;
  canWrite: boolean;
  onCommit: () => void;
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
