import { Alert, App, Button, Checkbox, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { maskIdNumber, maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';

import { OVERSTAY_HOURS, overstaying, visitMinutes } from '@shared/domain/visitors';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOpenParam } from '../../components/useOpenParam';
import type { VisitRecord } from '../../db/records';
import { useExportButton } from '../../components/useRegisterExport';
import { TextFilter } from '../../components/RegisterPage';
import { column, sheetColumn, timeColumn } from '../../components/registerColumns';
import { t } from '../../i18n';
import { errorText } from '../repairs/workOrderForm';
import { VisitorForm } from './VisitorForm';
import { useOfficeNow, usePickedOr, useOfficeToday } from '../../components/useOfficeClock';
import { DateInput } from '../../components/DateInput';

const idText = (v: VisitRecord) =>
  `${t(`domain.labels.idTypes.${v.idType}`)} ${maskIdNumber(v.idNumber)}`;

const STATUS_COLOR = { inside: 'green', left: 'default', refused: 'red' } as const;

/** 来访登记: sign in on the left, who is still inside on the right, the day's register below. */
export default function VisitorsPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [date, setDate] = usePickedOr(useOfficeToday());
  const [q, setQ] = useState('');
  const inside = useLiveQuery(() => repos.visitors.inside(), [repos]);
  const history = useLiveQuery(
    () => repos.visitors.search(q.trim() ? { q } : { date }),
    [repos, q, date],
  );
  const [onlyOverstay, setOnlyOverstay] = useState(false);
  // Opened from the today board, where only overstaying visitors are listed.
  useOpenParam(() => setOnlyOverstay(true));
  const now = useOfficeNow();
  const overstay = overstaying(inside ?? [], now);
  const insideShown = onlyOverstay ? overstay : (inside ?? []);

  const checkOut = async (v: VisitRecord) => {
    try {
      await repos.visitors.checkOut(actor, v.id);
      void message.success(t('visitors.checkedOut', { name: v.name }));
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const columns: ColumnsType<VisitRecord> = [
    column(t('visitors.col.name'), 90, (v) => <span data-testid="visit-name">{v.name}</span>),
    column(t('visitors.col.id'), 200, idText),
    column(t('visitors.col.phone'), 120, (v) => (v.phone ? maskPhone(v.phone) : '')),
    column(t('visitors.col.unit'), 100, (v) => v.unitCode),
    { title: t('visitors.col.reason'), dataIndex: 'reason', ellipsis: true },
    timeColumn(t('visitors.col.inAt'), 140, (v) => v.inAt),
    timeColumn(t('visitors.col.outAt'), 140, (v) => v.outAt),
    {
      title: t('visitors.col.status'),
      width: 150,
      render: (_, v) => (
        <Tag color={STATUS_COLOR[v.status]} title={v.refusedReason}>
          {t(`visitors.status.${v.status}`)}
          {v.status !== 'refused'
            ? ` ${t('visitors.minutes', { minutes: visitMinutes(v.inAt, v.outAt, now) })}`
            : ''}
        </Tag>
      ),
    },
  ];

  const exportButton = useExportButton(t('visitors.page.export'), history, (list) => ({
    table: 'visits',
    fileName: t('visitors.page.fileName', { date }),
    sheetName: t('visitors.page.title'),
    columns: [
      sheetColumn(t('visitors.col.name'), 10, (v) => v.name),
      sheetColumn(t('visitors.col.id'), 26, idText),
      sheetColumn(t('visitors.col.unit'), 12, (v) => v.unitCode),
      sheetColumn(t('visitors.col.host'), 10, (v) => v.host ?? ''),
      sheetColumn(t('visitors.col.reason'), 24, (v) => v.reason),
      sheetColumn(t('visitors.col.people'), 6, (v) => v.people),
      sheetColumn(t('visitors.col.inAt'), 17, (v) => formatOfficeDateTime(v.inAt)),
      sheetColumn(t('visitors.col.outAt'), 17, (v) =>
        v.outAt ? formatOfficeDateTime(v.outAt) : '',
      ),
      sheetColumn(t('visitors.col.status'), 8, (v) => t(`visitors.status.${v.status}`)),
    ],
    done: t('visitors.page.exported', { count: list.length }),
  }));

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="visitors-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('visitors.page.title')}
      </Typography.Title>
      <Row gutter={12}>
        <Col span={11}>
          <VisitorForm />
        </Col>
        <Col span={13}>
          <Card
            size="small"
            title={t('visitors.page.insideTitle', { count: inside?.length ?? 0 })}
            data-testid="visitors-inside"
            extra={
              <Checkbox
                checked={onlyOverstay}
                onChange={(e) => setOnlyOverstay(e.target.checked)}
                data-testid="visitors-overstay-filter"
              >
                {t('visitors.overstay.filter', { hours: OVERSTAY_HOURS })}
              </Checkbox>
            }
          >
            {overstay.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                data-testid="visitors-overstay"
                title={t('visitors.overstay.alert', {
                  count: overstay.length,
                  hours: OVERSTAY_HOURS,
                })}
                description={t('visitors.overstay.hint')}
              />
            )}
            <Table<VisitRecord>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ y: 360 }}
              dataSource={insideShown}
              loading={inside === undefined}
              columns={[
                {
                  title: t('visitors.col.name'),
                  dataIndex: 'name',
                  width: 80,
                  render: (v: string) => <span data-testid="inside-name">{v}</span>,
                },
                { title: t('visitors.col.unit'), dataIndex: 'unitCode', width: 90 },
                {
                  title: t('visitors.col.inAt'),
                  dataIndex: 'inAt',
                  width: 70,
                  // A visit from an earlier day shows its date too.
                  render: (v: string) =>
                    officeDateOf(v) === officeDateOf(now)
                      ? formatOfficeDateTime(v).slice(11)
                      : formatOfficeDateTime(v).slice(5),
                },
                {
                  title: t('visitors.col.minutes'),
                  width: 80,
                  render: (_, v) => (
                    <Typography.Text type={overstay.includes(v) ? 'danger' : undefined}>
                      {t('visitors.minutes', { minutes: visitMinutes(v.inAt, undefined, now) })}
                    </Typography.Text>
                  ),
                },
                {
                  title: '',
                  width: 70,
                  render: (_, v) => (
                    <Button
                      size="small"
                      onClick={() => void checkOut(v)}
                      data-testid="visitor-check-out"
                    >
                      {t('visitors.checkOut')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('visitors.page.historyTitle')}
        extra={
          <Space>
            <DateInput
              value={date}
              allowClear={false}
              onChange={(d) => d && setDate(d)}
              style={{ width: 140 }}
              aria-label={t('visitors.page.historyTitle')}
            />
            <TextFilter
              placeholder={t('visitors.page.search')}
              width={240}
              state={[q, setQ]}
              testId="visitor-search"
            />
            <Button onClick={exportButton.onClick} disabled={exportButton.disabled}>
              {exportButton.label}
            </Button>
          </Space>
        }
      >
        <Table<VisitRecord>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={history ?? []}
          loading={history === undefined}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          data-testid="visitors-table"
        />
      </Card>
    </Space>
  );
}
