import { Tag } from 'antd';
import { RegisterTable } from '../../components/RegisterPage';
import { maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { SheetColumn } from '../../components/exportSheet';
import type { EnquiryRecord } from '../../db/records';
import { t } from '../../i18n';

const STATUS_COLOR = { open: 'orange', settled: 'green', converted: 'blue' } as const;

const linksText = (e: EnquiryRecord) =>
  e.links.map((l) => `${t(`enquiries.linkKind.${l.kind}`)} ${l.no}`).join('、');

/** The register's columns in the Excel file; phones masked as on screen. */
export const ENQUIRY_SHEET_COLUMNS: readonly SheetColumn<EnquiryRecord>[] = [
  { header: t('enquiries.column.no'), width: 16, value: (e) => e.no },
  {
    header: t('enquiries.column.receivedAt'),
    width: 18,
    value: (e) => formatOfficeDateTime(e.receivedAt),
  },
  {
    header: t('enquiries.column.channel'),
    width: 8,
    value: (e) => t(`enquiries.channel.${e.channel}`),
  },
  { header: t('enquiries.column.caller'), width: 14, value: (e) => e.callerName },
  { header: t('enquiries.column.unit'), width: 12, value: (e) => e.unitCode ?? '' },
  {
    header: t('enquiries.column.phone'),
    width: 14,
    value: (e) => (e.callerPhone ? maskPhone(e.callerPhone) : ''),
  },
  { header: t('enquiries.column.topic'), width: 12, value: (e) => e.topic },
  { header: t('enquiries.column.question'), width: 40, value: (e) => e.question },
  { header: t('enquiries.column.answer'), width: 40, value: (e) => e.answer },
  { header: t('enquiries.column.owner'), width: 10, value: (e) => e.ownerName },
  {
    header: t('enquiries.column.status'),
    width: 8,
    value: (e) => t(`enquiries.status.${e.status}`),
  },
  {
    header: t('enquiries.column.firstContact'),
    width: 8,
    value: (e) => t(e.firstContactSettled ? 'enquiries.detail.yes' : 'enquiries.detail.no'),
  },
  { header: t('enquiries.column.link'), width: 24, value: linksText },
];

interface Props {
  rows: readonly EnquiryRecord[] | undefined;
  onOpen: (e: EnquiryRecord) => void;
}

/** Enquiries in a paged table, newest first; a click opens the record. */
export function EnquiryTable({ rows, onOpen }: Props) {
  return (
    <RegisterTable<EnquiryRecord>
      testId="enquiry-table"
      rows={rows}
      onOpen={onOpen}
      columns={[
        {
          title: t('enquiries.column.no'),
          dataIndex: 'no',
          width: 140,
          render: (no: string) => <a data-testid="enquiry-no">{no}</a>,
        },
        {
          title: t('enquiries.column.receivedAt'),
          dataIndex: 'receivedAt',
          width: 130,
          render: (v: string) => formatOfficeDateTime(v),
        },
        {
          title: t('enquiries.column.channel'),
          dataIndex: 'channel',
          width: 60,
          render: (c: EnquiryRecord['channel']) => t(`enquiries.channel.${c}`),
        },
        { title: t('enquiries.column.caller'), dataIndex: 'callerName', width: 100 },
        { title: t('enquiries.column.unit'), dataIndex: 'unitCode', width: 90 },
        {
          title: t('enquiries.column.phone'),
          dataIndex: 'callerPhone',
          width: 110,
          render: (p?: string) => (p ? maskPhone(p) : ''),
        },
        { title: t('enquiries.column.topic'), dataIndex: 'topic', width: 90 },
        { title: t('enquiries.column.question'), dataIndex: 'question', ellipsis: true },
        { title: t('enquiries.column.owner'), dataIndex: 'ownerName', width: 90 },
        {
          title: t('enquiries.column.status'),
          width: 90,
          render: (_, e) => (
            <Tag color={STATUS_COLOR[e.status]} data-testid="enquiry-status">
              {t(`enquiries.status.${e.status}`)}
            </Tag>
          ),
        },
        { title: t('enquiries.column.link'), width: 150, render: (_, e) => linksText(e) },
      ]}
    />
  );
}
