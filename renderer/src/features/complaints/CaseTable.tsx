import { Table } from 'antd';
import { caseStatusLabel } from '@shared/domain/complaints';
import { maskPhone } from '@shared/domain/identity';
import { nowIso } from '../../db/ids';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { GradeTag } from '../../components/GradeTag';
import { column, noColumn, tagColumn, timeColumn } from '../../components/registerColumns';
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
        noColumn(t('complaints.column.no'), 130, 'case-no'),
        // Wide enough for the English tag ("Suggestion").
        tagColumn(t('complaints.column.kind'), 92, (c) => [
          c.kind === 'complaint' ? 'volcano' : 'blue',
          t(`complaints.kind.${c.kind}`),
        ]),
        timeColumn(t('complaints.column.receivedAt'), 100, (c) => c.receivedAt),
        // The queue is where the clerk picks what to handle: a 大客户/VIP stands out there.
        column(t('complaints.column.customer'), 88, (c) => (
          <>
            {c.customerName} <GradeTag personId={c.personId} unitId={c.unitId} onlyMarked />
          </>
        )),
        column(t('complaints.column.unit'), 90, (c) => c.unitCode),
        column(t('complaints.column.phone'), 104, (c) =>
          c.customerPhone ? maskPhone(c.customerPhone) : '',
        ),
        { title: t('complaints.column.content'), dataIndex: 'content', ellipsis: true },
        column(t('complaints.column.department'), 90, (c) => departmentName(c.department)),
        column(t('complaints.column.status'), 96, (c) => (
          <span data-testid="case-status">{domainText(caseStatusLabel(c.kind, c.status))}</span>
        )),
        column(t('complaints.column.owner'), 92, (c) => c.ownerName),
        column(t('complaints.column.next'), 190, (c) => <DeadlineTag next={next(c, now)} />),
      ]}
    />
  );
}
