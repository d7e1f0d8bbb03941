import { Button, Card, Input, Segmented, Space, Table, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isRenovationOverdue } from '@shared/domain/renovationDue';
import { RENOVATION_STATES, type RenovationState } from '@shared/domain/renovationFlow';
import { useOpenParam } from '../../components/useOpenParam';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { AgreementTextModal } from './AgreementTextModal';
import { ApplicationForm } from './ApplicationForm';
import { DueTags } from './DueTags';
import { RenovationDrawer } from './RenovationDrawer';
import { MonthlyStats } from './MonthlyStats';
import { WeekNoticeModal } from './WeekNoticeModal';
import { useRenovationDues, useRenovationList } from './useRenovations';

type Filter = RenovationState | 'all' | 'overdue';

const STATE_COLORS: Record<RenovationState, string> = {
  applying: 'default',
  pendingReview: 'gold',
  approved: 'blue',
  working: 'purple',
  pendingAcceptance: 'cyan',
  pendingRefund: 'orange',
  closed: 'green',
  rejected: 'red',
  withdrawn: 'default',
  owing: 'volcano',
};

/** The renovation register: jobs by state with overdue flags, new application, statistics. */
export default function RenovationPage() {
  const jobs = useRenovationList();
  const dues = useRenovationDues(jobs);
  const [filter, setFilter] = useState<Filter>('all');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [stats, setStats] = useState(false);
  const [week, setWeek] = useState(false);
  const [agreement, setAgreement] = useState(false);
  useOpenParam(setOpenId);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (jobs ?? []).filter((j) => {
      if (filter === 'overdue' && !isRenovationOverdue(dues.get(j.id) ?? [])) return false;
      if (filter !== 'all' && filter !== 'overdue' && j.state !== filter) return false;
      return !needle || j.terms.some((term) => term.includes(needle));
    });
  }, [jobs, dues, filter, q]);

  const options = [
    { value: 'all', label: t('renovation.page.all') },
    ...RENOVATION_STATES.map((s) => ({
      value: s,
      label: t(`domain.labels.renovationStates.${s}`),
    })),
    { value: 'overdue', label: t('renovation.page.overdue') },
  ];

  return (
    <Card
      title={t('renovation.page.title')}
      data-testid="renovation-page"
      extra={
        <Space>
          <Button onClick={() => setAgreement(true)} data-testid="reno-agreement-open">
            {t('renovation.agreement.open')}
          </Button>
          <Button onClick={() => setWeek(true)} data-testid="reno-week">
            {t('renovation.week.open')}
          </Button>
          <Button onClick={() => setStats(true)} data-testid="reno-stats">
            {t('renovation.page.stats')}
          </Button>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="reno-new">
            {t('renovation.page.create')}
          </Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          options={options}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data-testid="reno-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('renovation.page.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 260 }}
        />
      </Space>
      <Table<RenovationRecord>
        rowKey="id"
        size="small"
        loading={jobs === undefined}
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: t('renovation.page.empty') }}
        onRow={(j) => ({ onClick: () => setOpenId(j.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('renovation.col.no'),
            dataIndex: 'no',
            render: (no: string) => <span data-testid="reno-row-no">{no}</span>,
          },
          { title: t('renovation.col.unit'), dataIndex: 'unitCode' },
          { title: t('renovation.col.owner'), dataIndex: 'ownerName' },
          { title: t('renovation.col.contractor'), dataIndex: 'contractorName' },
          {
            title: t('renovation.col.period'),
            render: (_, j) => `${j.plannedStart} ~ ${j.permitValidUntil}`,
          },
          { title: t('renovation.col.workers'), render: (_, j) => j.workers.length },
          {
            title: t('renovation.col.state'),
            dataIndex: 'state',
            render: (s: RenovationState) => (
              <Tag color={STATE_COLORS[s]} data-testid="reno-row-state">
                {t(`domain.labels.renovationStates.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('renovation.col.due'),
            render: (_, j) => <DueTags dues={dues.get(j.id) ?? []} />,
          },
        ]}
      />
      {creating && (
        <ApplicationForm
          onClose={() => setCreating(false)}
          onSaved={(j) => {
            setCreating(false);
            setOpenId(j.id);
          }}
        />
      )}
      {openId && (
        <RenovationDrawer
          id={openId}
          dues={dues.get(openId) ?? []}
          onClose={() => setOpenId(null)}
          onOpen={setOpenId}
        />
      )}
      {agreement && <AgreementTextModal onClose={() => setAgreement(false)} />}
      {week && <WeekNoticeModal jobs={jobs ?? []} onClose={() => setWeek(false)} />}
      {stats && <MonthlyStats jobs={jobs ?? []} onClose={() => setStats(false)} />}
    </Card>
  );
}
