import { RegisterTable } from '../../components/RegisterPage';
import type { SheetColumn } from '../../components/exportSheet';
import type { VisitRecordRecord } from '../../db/records';
import { t } from '../../i18n';

const where = (v: VisitRecordRecord) =>
  v.kind === 'meeting'
    ? (v.place ?? '')
    : v.kind === 'event'
      ? (v.eventTitle ?? '')
      : (v.unitCode ?? '');

const raised = (v: VisitRecordRecord) => v.issues.filter((i) => i.enquiryId).length;

/** The register's columns in the Excel file, in the desk's language at the time of export. */
export const visitSheetColumns = (): readonly SheetColumn<VisitRecordRecord>[] => [
  { header: t('visits.column.no'), width: 16, value: (v) => v.no },
  { header: t('visits.column.kind'), width: 12, value: (v) => t(`visits.kind.${v.kind}`) },
  { header: t('visits.column.date'), width: 12, value: (v) => v.date },
  { header: t('visits.column.where'), width: 20, value: where },
  { header: t('visits.column.area'), width: 8, value: (v) => v.area ?? '' },
  { header: t('visits.column.household'), width: 12, value: (v) => v.household ?? '' },
  { header: t('visits.column.visitor'), width: 10, value: (v) => v.visitorName },
  { header: t('visits.column.attendees'), width: 8, value: (v) => v.attendees ?? '' },
  { header: t('visits.column.notes'), width: 50, value: (v) => v.notes },
  { header: t('visits.column.issues'), width: 8, value: (v) => v.issues.length },
  { header: t('visits.column.raised'), width: 8, value: raised },
];

interface Props {
  rows: readonly VisitRecordRecord[] | undefined;
  onOpen: (v: VisitRecordRecord) => void;
}

/** Visits and meetings, newest first; a click (or Enter) opens the record. */
export function VisitTable({ rows, onOpen }: Props) {
  return (
    <RegisterTable<VisitRecordRecord>
      testId="visit-table"
      rows={rows}
      onOpen={onOpen}
      columns={[
        {
          title: t('visits.column.no'),
          dataIndex: 'no',
          width: 150,
          render: (no: string) => <a data-testid="visit-no">{no}</a>,
        },
        {
          title: t('visits.column.kind'),
          dataIndex: 'kind',
          width: 110,
          render: (k: VisitRecordRecord['kind']) => t(`visits.kind.${k}`),
        },
        { title: t('visits.column.date'), dataIndex: 'date', width: 110 },
        { title: t('visits.column.where'), width: 160, render: (_, v) => where(v) },
        { title: t('visits.column.area'), dataIndex: 'area', width: 70 },
        { title: t('visits.column.visitor'), dataIndex: 'visitorName', width: 90 },
        { title: t('visits.column.notes'), dataIndex: 'notes', ellipsis: true },
        {
          title: t('visits.column.issues'),
          width: 90,
          render: (_, v) => (
            <span data-testid="visit-issue-count">
              {v.issues.length > 0 ? `${raised(v)}/${v.issues.length}` : '—'}
            </span>
          ),
        },
      ]}
    />
  );
}
