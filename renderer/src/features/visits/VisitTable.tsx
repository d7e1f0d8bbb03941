import { RegisterTable } from '../../components/RegisterPage';
import type { SheetColumn } from '../../components/exportSheet';
import { column, type ListProps, noColumn } from '../../components/registerColumns';
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

/** Visits and meetings, newest first; a click (or Enter) opens the record. */
export function VisitTable({ rows, onOpen }: ListProps<VisitRecordRecord>) {
  return (
    <RegisterTable<VisitRecordRecord>
      testId="visit-table"
      rows={rows}
      onOpen={onOpen}
      columns={[
        noColumn(t('visits.column.no'), 150, 'visit-no'),
        column(t('visits.column.kind'), 110, (v) => t(`visits.kind.${v.kind}`)),
        column(t('visits.column.date'), 110, (v) => v.date),
        column(t('visits.column.where'), 160, where),
        column(t('visits.column.area'), 70, (v) => v.area),
        column(t('visits.column.visitor'), 90, (v) => v.visitorName),
        { title: t('visits.column.notes'), dataIndex: 'notes', ellipsis: true },
        column(t('visits.column.issues'), 90, (v) => (
          <span data-testid="visit-issue-count">
            {v.issues.length > 0 ? `${raised(v)}/${v.issues.length}` : '—'}
          </span>
        )),
      ]}
    />
  );
}
