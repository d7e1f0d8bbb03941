import { Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatRate } from '@shared/domain/rates';
import {
  dueOfQuarter,
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

/** The plan item a board link asks for (`?plan=<key>&year=<plan year>`). */
export interface PlanHighlight {
  key: string;
  /** The plan year the key is of (the board shows last year's items too); this year if absent. */
  year?: number;
}

interface Props {
  today: string;
  /** Shown first and marked in its own quarter's list; the tab switches to its year and quarter. */
  highlight?: PlanHighlight;
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

/**
 * 年度计划: a year's plan (this year unless picked; back to the first visit recorded) against what
 * was done, by person, area and quarter; a quarter's items still due (this quarter unless
 * picked). A board link's item opens on its own year and quarter, marked.
 */
export function PlanTab({ today, highlight }: Props) {
  const repos = useRepos();
  const thisYear = Number(today.slice(0, 4));
  // What the clerk picked since the last board link (a new link starts from its own year).
  const [pick, setPick] = useState<{ link?: PlanHighlight; year?: number; q?: number }>({});
  const picked = pick.link === highlight ? pick : {};
  const year = picked.year ?? highlight?.year ?? thisYear;
  const years = useLiveQuery(() => repos.visitRecords.planYears(thisYear), [repos, thisYear]);
  const loaded = useLiveQuery(
    async () => ({ year, items: await repos.visitRecords.plan(year) }),
    [repos, year],
  );
  const items = loaded?.year === year ? loaded.items : [];
  const marked = highlight && (highlight.year ?? thisYear) === year ? highlight.key : undefined;
  const linked = marked === undefined ? undefined : items.find((i) => i.key === marked);
  const q =
    picked.q ?? (linked ? quarterOf(linked.dueOn) : year === thisYear ? quarterOf(today) : 4);
  const all = planProgress(items);
  const quarters = [1, 2, 3, 4].map((n) => ({
    key: t('visits.plan.quarter', { q: n }),
    progress: planProgress(itemsOfQuarter(items, n)),
  }));
  const due = dueOfQuarter(items, q, marked);
  const yearOptions = [...new Set([...(years ?? [thisYear]), year])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: y, label: t('visits.plan.year', { year: y }) }));
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="visit-plan">
      <Space wrap>
        <Select<number>
          value={year}
          onChange={(y) => setPick({ link: highlight, year: y })}
          options={yearOptions}
          style={{ width: 120 }}
          aria-label={t('visits.plan.pickYear')}
          data-testid="visit-plan-year"
        />
        <Typography.Text data-testid="visit-plan-total">
          {/* Nothing until the year's plan is read: a 0 of 0 while loading would be a wrong figure. */}
          {loaded?.year === year &&
            t('visits.plan.total', {
              year,
              planned: all.planned,
              done: all.done,
              rate: formatRate(all.rate),
            })}
        </Typography.Text>
      </Space>
      <Card
        size="small"
        title={t('visits.plan.dueTitle', { q })}
        extra={
          <Segmented<number>
            size="small"
            value={q}
            onChange={(n) => setPick({ ...picked, link: highlight, q: n })}
            options={[1, 2, 3, 4].map((n) => ({
              value: n,
              label: t('visits.plan.quarter', { q: n }),
            }))}
            data-testid="visit-plan-quarter-pick"
          />
        }
      >
        <Table<PlanItem>
          size="small"
          rowKey="key"
          pagination={false}
          data-testid="visit-plan-due"
          dataSource={due}
          rowClassName={(i) => (i.key === marked ? 'ant-table-row-selected' : '')}
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
