import { RegisterTable } from '../../components/RegisterPage';
import { maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { SheetColumn } from '../../components/exportSheet';
import {
  column,
  type ListProps,
  noColumn,
  sheetColumn,
  tagColumn,
  timeColumn,
} from '../../components/registerColumns';
import type { EnquiryRecord } from '../../db/records';
import { t } from '../../i18n';

const STATUS_COLOR = { open: 'orange', settled: 'green', converted: 'blue' } as const;

const phoneText = (e: EnquiryRecord) => (e.callerPhone ? maskPhone(e.callerPhone) : '');

const linksText = (e: EnquiryRecord) =>
  e.links.map((l) => `${t(`enquiries.linkKind.${l.kind}`)} ${l.no}`).join('、');

/** The register's columns in the Excel file; phones masked as on screen. */
export const ENQUIRY_SHEET_COLUMNS: readonly SheetColumn<EnquiryRecord>[] = [
  sheetColumn(t('enquiries.column.no'), 16, (e) => e.no),
  sheetColumn(t('enquiries.column.receivedAt'), 18, (e) => formatOfficeDateTime(e.receivedAt)),
  sheetColumn(t('enquiries.column.channel'), 8, (e) => t(`enquiries.channel.${e.channel}`)),
  sheetColumn(t('enquiries.column.caller'), 14, (e) => e.callerName),
  sheetColumn(t('enquiries.column.unit'), 12, (e) => e.unitCode ?? ''),
  sheetColumn(t('enquiries.column.phone'), 14, phoneText),
  sheetColumn(t('enquiries.column.topic'), 12, (e) => e.topic),
  sheetColumn(t('enquiries.column.question'), 40, (e) => e.question),
  sheetColumn(t('enquiries.column.answer'), 40, (e) => e.answer),
  sheetColumn(t('enquiries.column.owner'), 10, (e) => e.ownerName),
  sheetColumn(t('enquiries.column.status'), 8, (e) => t(`enquiries.status.${e.status}`)),
  sheetColumn(t('enquiries.column.firstContact'), 8, (e) =>
    t(e.firstContactSettled ? 'enquiries.detail.yes' : 'enquiries.detail.no'),
  ),
  sheetColumn(t('enquiries.column.link'), 24, linksText),
];

/** Enquiries in a paged table, newest first; a click opens the record. */
export function EnquiryTable({ rows, onOpen }: ListProps<EnquiryRecord>) {
  return (
    <RegisterTable<EnquiryRecord>
      testId="enquiry-table"
      rows={rows}
      onOpen={onOpen}
      columns={[
        noColumn(t('enquiries.column.no'), 140, 'enquiry-no'),
        timeColumn(t('enquiries.column.receivedAt'), 130, (e) => e.receivedAt),
        column(t('enquiries.column.channel'), 60, (e) => t(`enquiries.channel.${e.channel}`)),
        column(t('enquiries.column.caller'), 100, (e) => e.callerName),
        column(t('enquiries.column.unit'), 90, (e) => e.unitCode),
        column(t('enquiries.column.phone'), 110, phoneText),
        column(t('enquiries.column.topic'), 90, (e) => e.topic),
        { title: t('enquiries.column.question'), dataIndex: 'question', ellipsis: true },
        column(t('enquiries.column.owner'), 90, (e) => e.ownerName),
        tagColumn(
          t('enquiries.column.status'),
          90,
          (e) => [STATUS_COLOR[e.status], t(`enquiries.status.${e.status}`)],
          'enquiry-status',
        ),
        column(t('enquiries.column.link'), 150, linksText),
      ]}
    />
  );
}
