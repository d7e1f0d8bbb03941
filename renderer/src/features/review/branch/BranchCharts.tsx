import { Card, Col, Row } from 'antd';
import type { ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BranchSummary } from '@shared/domain/review/branchSummary';
import type { RateTargets } from '@shared/domain/review/figures';
import { PER_HOUSEHOLD_DECIMALS } from '@shared/domain/rates';
import { t } from '../../../i18n';

/** Grays that stay apart when printed in black and white; every bar also carries its value. */
const GRAYS = ['#262626', '#8c8c8c', '#bfbfbf', '#595959', '#d9d9d9', '#434343'];
const HEIGHT = 280;
// Room above the tallest bar for its value label.
const MARGIN = { top: 24, right: 16, left: 0, bottom: 0 };
const RATE_KEYS = ['valid', 'onTime', 'revisit', 'satisfaction'] as const;

// Recharts colours legend text like its bar; a white (target) bar would get white text.
const legendText = (value: string) => <span style={{ color: '#000' }}>{value}</span>;
const yuan = (value: unknown) => (typeof value === 'number' ? value.toFixed(2) : '');

export interface ComparedEstate {
  /** The estate's name, with the month when the imported months differ. */
  label: string;
  summary: BranchSummary;
}

function pct(value: number | null, decimals = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** decimals;
  return Math.round(value * 100 * scale) / scale;
}

function ChartCard(props: { title: string; testId: string; children: ReactElement }) {
  return (
    <Col xs={24} xl={12}>
      <Card size="small" title={props.title} data-testid={props.testId}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          {props.children}
        </ResponsiveContainer>
      </Card>
    </Col>
  );
}

/** A series of yuan bars from a figure in fen, named by its reviewReport key. */
/** A series of counts, by the estate's figures. */
function countSeries(
  key: string,
  name: 'branch.complaints' | 'row.repairsReceived' | 'row.completed',
  count: (f: BranchSummary['figures']) => number,
) {
  return { key, name: t(`reviewReport.${name}`), value: (s: BranchSummary) => count(s.figures) };
}

function yuanSeries(
  key: string,
  name: 'branch.received' | 'branch.deposits' | 'row.feeOwed' | 'row.feeMajorFen',
  fen: (f: BranchSummary['figures']) => number,
) {
  return {
    key,
    name: t(`reviewReport.${name}`),
    value: (s: BranchSummary) => fen(s.figures) / 100,
    money: true,
  };
}

/** One bar per estate per figure, value on each bar. */
function EstateBars(props: {
  estates: readonly ComparedEstate[];
  series: readonly {
    key: string;
    name: string;
    value: (s: BranchSummary) => number;
    money?: boolean;
  }[];
}) {
  const data = props.estates.map((e) => ({
    estate: e.label,
    ...Object.fromEntries(props.series.map((s) => [s.key, s.value(e.summary)])),
  }));
  return (
    <BarChart data={data} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="estate" />
      <YAxis />
      <Tooltip />
      <Legend formatter={legendText} />
      {props.series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={GRAYS[i % GRAYS.length]} stroke="#000">
          <LabelList dataKey={s.key} position="top" {...(s.money ? { formatter: yuan } : {})} />
        </Bar>
      ))}
    </BarChart>
  );
}

/**
 * One bar per estate per rate (keys `e0`, `e1` …) next to a dashed white bar for the target
 * (key `target`), value on each bar.
 */
function RateBars(props: {
  estates: readonly ComparedEstate[];
  data: Record<string, string | number | null>[];
  yAxis: { domain: [number, number] } | { unit: string };
  targetName: string;
}) {
  return (
    <BarChart data={props.data} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="rate" />
      <YAxis {...props.yAxis} />
      <Tooltip />
      <Legend formatter={legendText} />
      {props.estates.map((e, i) => (
        <Bar
          key={e.label}
          dataKey={`e${i}`}
          name={e.label}
          fill={GRAYS[i % GRAYS.length]}
          stroke="#000"
        >
          <LabelList dataKey={`e${i}`} position="top" />
        </Bar>
      ))}
      <Bar dataKey="target" name={props.targetName} fill="#fff" stroke="#000" strokeDasharray="3 2">
        <LabelList dataKey="target" position="top" />
      </Bar>
    </BarChart>
  );
}

/** The side-by-side charts of the imported estates. */
export function BranchCharts(props: { estates: readonly ComparedEstate[]; targets: RateTargets }) {
  const { estates, targets } = props;
  const withFees = estates.some((e) => e.summary.figures.fees !== undefined);
  const rateData = RATE_KEYS.map((k) => ({
    rate: t(`reviewReport.row.${k}`),
    // 投诉有效率 has no target.
    target: k === 'valid' ? null : pct(targets[k]),
    ...Object.fromEntries(
      estates.map((e, i) => [`e${i}`, pct(e.summary.figures.complaints.rates[k].value)]),
    ),
  }));
  return (
    <Row gutter={[16, 16]}>
      <ChartCard title={t('reviewReport.branch.chartComplaints')} testId="branch-chart-complaints">
        <EstateBars
          estates={estates}
          series={[countSeries('complaints', 'branch.complaints', (f) => f.complaints.received)]}
        />
      </ChartCard>
      <ChartCard title={t('reviewReport.branch.chartRates')} testId="branch-chart-rates">
        <RateBars
          estates={estates}
          data={rateData}
          yAxis={{ domain: [0, 100] }}
          targetName={t('reviewReport.chart.target')}
        />
      </ChartCard>
      <ChartCard
        title={t('reviewReport.branch.chartPerHousehold', {
          target: pct(targets.perHousehold) ?? '—',
        })}
        testId="branch-chart-perHousehold"
      >
        <RateBars
          estates={estates}
          data={[
            {
              rate: t('reviewReport.row.perHousehold'),
              target: pct(targets.perHousehold, PER_HOUSEHOLD_DECIMALS),
              ...Object.fromEntries(
                estates.map((e, i) => [
                  `e${i}`,
                  pct(
                    e.summary.figures.complaints.rates.perHousehold.value,
                    PER_HOUSEHOLD_DECIMALS,
                  ),
                ]),
              ),
            },
          ]}
          yAxis={{ unit: '%' }}
          targetName={t('reviewReport.chart.ceiling')}
        />
      </ChartCard>
      <ChartCard title={t('reviewReport.branch.chartRepairs')} testId="branch-chart-repairs">
        <EstateBars
          estates={estates}
          series={[
            countSeries('received', 'row.repairsReceived', (f) => f.repairs.received),
            countSeries('completed', 'row.completed', (f) => f.repairs.completed),
          ]}
        />
      </ChartCard>
      <ChartCard title={t('reviewReport.branch.chartMoney')} testId="branch-chart-money">
        <EstateBars
          estates={estates}
          series={[
            yuanSeries('received', 'branch.received', (f) => f.money.receivedFen),
            yuanSeries('deposits', 'branch.deposits', (f) => f.renovation.depositsHeldFen),
          ]}
        />
      </ChartCard>
      {/* Files of before version 4 carry no fees: no empty fee charts for them. */}
      {withFees && (
        <>
          <ChartCard title={t('reviewReport.chart.feeRates')} testId="branch-chart-fees">
            <RateBars
              estates={estates}
              data={(['feeRate', 'feePastRate'] as const).map((k) => ({
                rate: t(`reviewReport.row.${k}`),
                // 收费率 has no target of the desk's settings.
                target: null,
                ...Object.fromEntries(
                  estates.map((e, i) => {
                    const fees = e.summary.figures.fees;
                    const r = k === 'feeRate' ? fees?.rate : fees?.pastRate;
                    return [`e${i}`, pct(r?.value ?? null)];
                  }),
                ),
              }))}
              yAxis={{ domain: [0, 100] }}
              targetName={t('reviewReport.chart.target')}
            />
          </ChartCard>
          <ChartCard title={t('reviewReport.row.feeOwed')} testId="branch-chart-arrears">
            <EstateBars
              estates={estates}
              series={[
                // A file of before version 4 carries no fees: its bars stay at 0.
                yuanSeries('owed', 'row.feeOwed', (f) => f.fees?.owedFen ?? 0),
                yuanSeries('major', 'row.feeMajorFen', (f) => f.fees?.majorFen ?? 0),
              ]}
            />
          </ChartCard>
        </>
      )}
    </Row>
  );
}
