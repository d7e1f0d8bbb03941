import { Divider, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatFen } from '@shared/domain/money';
import { formatRate } from '@shared/domain/rates';
import type { FeeFigures } from '@shared/domain/review/feeFigures';
import { t } from '../../../i18n';
import type { ComparedEstate } from './BranchCharts';

type Row = { key: string; estate: string; fees: FeeFigures | undefined };

const money = (pick: (f: FeeFigures) => number) => (_: unknown, r: Row) =>
  r.fees ? formatFen(pick(r.fees)) : '—';

/**
 * The estates' property fees as their summaries carry them (format version 4, `figures.fees`):
 * 收费率 of the month and of past arrears, with the fen behind each rate, and the arrears at
 * the month's end. A file of before version 4 carries no fees: its row says so rather than 0.
 */
export function BranchFees({ estates }: { estates: readonly ComparedEstate[] }) {
  const rows: Row[] = estates.map((e, i) => ({
    key: `${i}:${e.label}`,
    estate: e.label,
    fees: e.summary.figures.fees,
  }));
  const columns: TableColumnsType<Row> = [
    { title: t('reviewReport.branch.estate'), dataIndex: 'estate', width: 160 },
    {
      title: t('reviewReport.row.feeBilled'),
      align: 'right',
      render: (_, r) => (r.fees ? formatFen(r.fees.billedFen) : t('reviewReport.branch.noFees')),
      onCell: (r) => (r.fees ? {} : { colSpan: 10 }),
    },
    ...(
      [
        ['feeCollected', money((f) => f.collectedFen)],
        ['feeRate', (_: unknown, r: Row) => (r.fees ? formatRate(r.fees.rate) : '—')],
        ['feePastArrears', money((f) => f.pastArrearsFen)],
        ['feePastCollected', money((f) => f.pastCollectedFen)],
        ['feePastRate', (_: unknown, r: Row) => (r.fees ? formatRate(r.fees.pastRate) : '—')],
        ['feeOwed', money((f) => f.owedFen)],
        ['feeOwingUnits', (_: unknown, r: Row) => r.fees?.owingUnits ?? '—'],
        ['feeMajorUnits', (_: unknown, r: Row) => r.fees?.major.length ?? '—'],
        ['feeMajorFen', money((f) => f.majorFen)],
      ] as const
    ).map(([key, render]) => ({
      title: t(`reviewReport.row.${key}`),
      key,
      align: 'right' as const,
      render,
      // The "no fees" text spans the figures of a file that carries none.
      onCell: (r: Row) => (r.fees ? {} : { colSpan: 0 }),
    })),
  ];
  return (
    <section data-testid="branch-fees">
      <Divider titlePlacement="start">{t('reviewReport.section.fees')}</Divider>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={columns}
      />
    </section>
  );
}
