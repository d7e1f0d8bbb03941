import { Card, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatRate } from '@shared/domain/rates';
import {
  isPlanItemOverdue,
  itemsOfQuarter,
  planProgress,
  progressBy,
  quarterOf,
  type PlanItem,
  type PlanProgress,
} from '@shared/domain/visitPlan';
import { useRepos } from '../../app/ReposContext';
import { t } from '../../i18n';

interface Props {
  today: string;
  /** The plan item a board link asks for (`?plan=<key>`): shown first and marked. */
  highlight?: string;
}

const progressColumns = (keyTitle: string) => [
  { title: keyTitle, dataIndex: 'key', render: (k: string) => k || t('visits.plan.unassigned') },
  {
    title: t('visits.plan.planned'),
    width: 90,
    render: (_: unknown, r: Row) => r.progress.planned,
  },
  { title: t('visits.plan.done'), width: 90, render: (_: unknown, r: Row) => r.progress.done },
  {
    title: t('visits.plan.rate'),
    width: 90,
    render: (_: unknown, r: Row) => formatRate(r.progress.rate),
  },
];

type Row = { key: string; progress: PlanProgress };

function ProgressTable({
  title,
  keyTitle,
  rows,
  testId,
}: {
  title: string;
  keyTitle: string;
  rows: Row[];
  testId: string;
}) {
  return (
    <Card size="small" title={title}>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        data-testid={testId}
        dataSource={rows}
        columns={progressColumns(keyTitle)}
      />
    </Card>
  );
}

/** 年度计划: the year's plan against what was done, by person, area and quarter; what is still due. */
export function PlanTab({ today, highlight }: Props) {
  const repos = useRepos();
  const year = Number(today.slice(0, 4));
  const items = useLiveQuery(() => repos.visitRecords.plan(year), [repos, year]) ?? [];
  const q = quarterOf(today);
  const all = planProgress(items);
  const quarters = [1, 2, 3, 4].map((n) => ({
    key: t('visits.plan.quarter', { q: n }),
    progress: planProgress(itemsOfQuarter(items, n)),
  }));
  const marked = items.find((i) => i.key === highlight);
  const due = [
    ...(marked ? [marked] : []),
    ...itemsOfQuarter(items, q).filter((i) => i.done < i.target && i.key !== highlight),
  ];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="visit-plan">
      <Typography.Text data-testid="visit-plan-total">
        {t('visits.plan.total', {
          year,
          planned: all.planned,
          done: all.done,
          rate: formatRate(all.rate),
        })}
      </Typography.Text>
      <Card size="small" title={t('visits.plan.dueTitle', { q })}>
        <Table<PlanItem>
          size="small"
          rowKey="key"
          pagination={false}
          data-testid="visit-plan-due"
          dataSource={due}
          rowClassName={(i) => (i.key === highlight ? 'ant-table-row-selected' : '')}
          onRow={(i) => ({ 'data-plan-key': i.key }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('visits.column.kind'),
              width: 110,
              render: (_, i) => t(`visits.kind.${i.kind}`),
            },
            { title: t('visits.plan.period'), dataIndex: 'period', width: 100 },
            {
              title: t('visits.plan.who'),
              width: 160,
              render: (_, i) => i.area ?? i.unitCode ?? i.title ?? '',
            },
            { title: t('visits.plan.person'), dataIndex: 'staffName', width: 100 },
            { title: t('visits.plan.dueOn'), dataIndex: 'dueOn', width: 110 },
            {
              title: t('visits.plan.progress'),
              width: 90,
              render: (_, i) => `${i.done}/${i.target}`,
            },
            {
              title: '',
              width: 80,
              render: (_, i) =>
                isPlanItemOverdue(i, today) ? (
                  <Tag color="red">{t('visits.plan.overdue')}</Tag>
                ) : null,
            },
          ]}
        />
      </Card>
      <ProgressTable
        title={t('visits.plan.byPerson')}
        keyTitle={t('visits.plan.person')}
        rows={progressBy(items, (i) => i.staffName)}
        testId="visit-plan-person"
      />
      <ProgressTable
        title={t('visits.plan.byArea')}
        keyTitle={t('visits.column.area')}
        rows={progressBy(items, (i) => i.area)}
        testId="visit-plan-area"
      />
      <ProgressTable
        title={t('visits.plan.byQuarter')}
        keyTitle={t('visits.plan.period')}
        rows={quarters}
        testId="visit-plan-quarter"
      />
    </Space>
  );
}
