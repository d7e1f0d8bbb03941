import { Alert, Button, Empty, Space, Table, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { formatFen } from '@shared/domain/money';
import { PER_HOUSEHOLD_DECIMALS, formatRate } from '@shared/domain/rates';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { DEFAULT_RATE_TARGETS } from '@shared/domain/review/targets';
import { t } from '../../../i18n';
import { useSetting } from '../../settings/useSettings';
import { BranchAnalysis } from './BranchAnalysis';
import { BranchCharts, type ComparedEstate } from './BranchCharts';
import { BranchFees } from './BranchFees';
import { useBranchImports } from './useBranchImports';
import { useLiveSummaries } from './useLiveSummaries';

const RATE_KEYS = ['valid', 'onTime', 'revisit', 'satisfaction'] as const;

/**
 * 分公司对比: the branch reads its estates' month summaries side by side — live, as a branch
 * install replicates them (issue 20), and from the summary files the estates exported (the
 * offline fallback). Files live in this window's memory only (the screen says so).
 */
export default function BranchComparePage() {
  const files = useBranchImports();
  const live = useLiveSummaries();
  const { remove, clear } = files;
  const liveNames = useMemo(() => new Set(live.accepted.map((a) => a.name)), [live.accepted]);
  const accepted = useMemo(
    () => [...live.accepted, ...files.accepted],
    [live.accepted, files.accepted],
  );
  const refused = [...live.refused, ...files.refused];
  const importFiles = (list: readonly File[]) => files.importFiles(list, live.accepted);
  const targets = useSetting('rateTargets') ?? DEFAULT_RATE_TARGETS;
  const input = useRef<HTMLInputElement>(null);

  const months = useMemo(
    () => [...new Set(accepted.map((a) => a.summary.month))].sort(),
    [accepted],
  );
  const estates: ComparedEstate[] = useMemo(
    () =>
      accepted.map((a) => ({
        label:
          months.length > 1 ? `${a.summary.estateName} ${a.summary.month}` : a.summary.estateName,
        summary: a.summary,
      })),
    [accepted, months.length],
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="branch-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('reviewReport.branch.title')}
      </Typography.Title>
      {live.branch && (
        <Alert
          type="success"
          showIcon
          title={t('reviewReport.branch.liveIntro', { count: live.accepted.length })}
          data-testid="branch-live-note"
        />
      )}
      <Alert
        type="info"
        showIcon
        title={t('reviewReport.branch.intro')}
        data-testid="branch-memory-note"
      />
      <Space>
        <Button
          type="primary"
          autoFocus
          onClick={() => input.current?.click()}
          data-testid="branch-import"
        >
          {t('reviewReport.branch.import')}
        </Button>
        <Button
          onClick={clear}
          disabled={files.accepted.length === 0 && files.refused.length === 0}
          data-testid="branch-clear"
        >
          {t('reviewReport.branch.clear')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,application/json"
          style={{ display: 'none' }}
          data-testid="branch-file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(files);
          }}
        />
      </Space>
      {refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('reviewReport.branch.refusedTitle')}
          data-testid="branch-refused"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {refused.map((r, i) => (
                <li key={`${r.name}-${i}`} data-testid="branch-refused-item">
                  <b>{r.name}</b>：{r.error}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {months.length > 1 && (
        <Alert
          type="warning"
          showIcon
          title={t('reviewReport.branch.mixedMonths', { months: months.join('、') })}
        />
      )}
      {accepted.length === 0 ? (
        <Empty description={t('reviewReport.branch.empty')} />
      ) : (
        <>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            scroll={{ x: true }}
            data-testid="branch-table"
            dataSource={accepted}
            columns={[
              {
                title: t('reviewReport.branch.estate'),
                render: (_, a) => (
                  <span data-testid="branch-row-estate">{a.summary.estateName}</span>
                ),
              },
              { title: t('reviewReport.branch.month'), render: (_, a) => a.summary.month },
              {
                title: t('reviewReport.branch.complaints'),
                align: 'right',
                render: (_, a) => (
                  <span data-testid="branch-row-complaints">
                    {a.summary.figures.complaints.received}
                  </span>
                ),
              },
              {
                title: t('reviewReport.row.perHousehold'),
                align: 'right',
                key: 'perHousehold',
                render: (_, a) => (
                  <span data-testid="branch-row-perHousehold">
                    {formatRate(
                      a.summary.figures.complaints.rates.perHousehold,
                      PER_HOUSEHOLD_DECIMALS,
                    )}
                  </span>
                ),
              },
              ...RATE_KEYS.map((k) => ({
                title: t(`reviewReport.row.${k}`),
                align: 'right' as const,
                key: k,
                render: (_: unknown, a: (typeof accepted)[number]) =>
                  formatRate(a.summary.figures.complaints.rates[k]),
              })),
              {
                title: t('reviewReport.branch.repairs'),
                align: 'right',
                render: (_, a) => a.summary.figures.repairs.received,
              },
              {
                title: t('reviewReport.branch.received'),
                align: 'right',
                render: (_, a) => (
                  <span data-testid="branch-row-received">
                    {formatFen(a.summary.figures.money.receivedFen)}
                  </span>
                ),
              },
              {
                title: t('reviewReport.branch.deposits'),
                align: 'right',
                render: (_, a) => formatFen(a.summary.figures.renovation.depositsHeldFen),
              },
              {
                title: t('reviewReport.branch.exportedAt'),
                render: (_, a) => formatOfficeDateTime(a.summary.exportedAt),
              },
              { title: t('reviewReport.branch.file'), dataIndex: 'name' },
              {
                title: '',
                render: (_, a) =>
                  liveNames.has(a.name) ? null : (
                    <Button size="small" type="link" onClick={() => remove(a.name)}>
                      {t('reviewReport.branch.remove')}
                    </Button>
                  ),
              },
            ]}
          />
          <BranchCharts estates={estates} targets={targets} />
          <BranchFees estates={estates} />
          <BranchAnalysis estates={estates} />
        </>
      )}
    </Space>
  );
}
