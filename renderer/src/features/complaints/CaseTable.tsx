import { Table, Tag } from 'antd';
import { caseStatusLabel } from '@shared/domain/complaints';
import { maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { nowIso } from '../../db/ids';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { GradeTag } from '../../components/GradeTag';
import { DeadlineTag } from './DeadlineTag';
import { useDepartmentName, useNextDeadline } from './useComplaints';
import { domainText } from '../../i18n/domainText';

interface Props {
  rows: readonly CaseRecord[] | undefined;
  onOpen: (c: CaseRecord) => void;
  testId: string;
}

/** Cases in a paged table; phones masked; the next deadline coloured. */
export function CaseTable({ rows, onOpen, testId }: Props) {
  const next = useNextDeadline();
  const departmentName = useDepartmentName();
  const now = nowIso();
  return (
    <Table<CaseRecord>
      size="small"
      rowKey="id"
      data-testid={testId}
      loading={rows === undefined}
      dataSource={rows ? [...rows] : []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      // Fixed widths keep the deadline tag inside its cell at 1366 px (the content area is 1158 px
      // there, in English too); narrower, it scrolls.
      scroll={{ x: 1158 }}
      onRow={(c) => ({ onClick: () => onOpen(c), style: { cursor: 'pointer' } })}
      locale={{ emptyText: t('complaints.page.empty') }}
      columns={[
        {
          title: t('complaints.column.no'),
          dataIndex: 'no',
          width: 130,
          render: (no: string) => <a data-testid="case-no">{no}</a>,
        },
        {
          title: t('complaints.column.kind'),
          dataIndex: 'kind',
          // Wide enough for the English tag ("Suggestion").
          width: 92,
          render: (k: CaseRecord['kind']) => (
            <Tag color={k === 'complaint' ? 'volcano' : 'blue'}>{t(`complaints.kind.${k}`)}</Tag>
          ),
        },
        {
          title: t('complaints.column.receivedAt'),
          dataIndex: 'receivedAt',
          width: 100,
          render: (v: string) => formatOfficeDateTime(v),
        },
        {
          title: t('complaints.column.customer'),
          dataIndex: 'customerName',
          width: 88,
          // The queue is where the clerk picks what to handle: a 大客户/VIP stands out there.
          render: (name: string, c) => (
            <>
              {name} <GradeTag personId={c.personId} unitId={c.unitId} onlyMarked />
            </>
          ),
        },
        { title: t('complaints.column.unit'), dataIndex: 'unitCode', width: 90 },
        {
          title: t('complaints.column.phone'),
          dataIndex: 'customerPhone',
          width: 104,
          render: (p?: string) => (p ? maskPhone(p) : ''),
        },
        { title: t('complaints.column.content'), dataIndex: 'content', ellipsis: true },
        {
          title: t('complaints.column.department'),
          dataIndex: 'department',
          width: 90,
          render: (d?: string) => departmentName(d),
        },
        {
          title: t('complaints.column.status'),
          width: 96,
          render: (_, c) => (
            <span data-testid="case-status">{domainText(caseStatusLabel(c.kind, c.status))}</span>
          ),
        },
        { title: t('complaints.column.owner'), dataIndex: 'ownerName', width: 92 },
        {
          title: t('complaints.column.next'),
          width: 190,
          render: (_, c) => <DeadlineTag next={next(c, now)} />,
        },
      ]}
    />
  );
}
