import { App, Button, Card, Space, Table, Typography } from 'antd';
import { isOpen } from '@shared/domain/handover';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { HandoverRecord } from '../../db/records';
import { useRegisterExport } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { buildHandoverSheet } from './print/handoverTemplate';
import { usePrintPreview } from '../../print/PrintPreview';
import { usePropertyProfile } from '../settings/useSettings';
import { OpenHandover } from './OpenHandover';
import { useHandover } from './useHandover';
import { messageOf } from '../../i18n/domainText';

const time = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '');
const cash = (h: HandoverRecord) => (h.cashFen === undefined ? '' : formatFen(h.cashFen));
const openCount = (h: HandoverRecord) => h.items.filter(isOpen).length;

/** 交接班与管理日志: this shift's handover, and the book of closed ones (exportable). */
export default function HandoverPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const exportRegister = useRegisterExport();
  const { current, history, shiftCashup } = useHandover();
  const profile = usePropertyProfile() ?? { name: '' };
  const { preview, modal } = usePrintPreview();
  const print = (h: HandoverRecord) => {
    const doc = buildHandoverSheet(h, profile);
    preview(doc, () => repos.audit.note(actor, 'print', 'handovers', h.id, doc.title));
  };

  const open = async () => {
    try {
      await repos.handovers.open(actor);
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  const exportBook = () => {
    const rows = history ?? [];
    void exportRegister({
      table: 'handovers',
      auditId: 'book',
      fileName: t('handover.excel.fileName', { date: officeDateOf(new Date().toISOString()) }),
      sheetName: t('handover.excel.sheet'),
      columns: [
        { header: t('handover.col.no'), width: 16, value: (h: HandoverRecord) => h.no },
        { header: t('handover.col.from'), width: 10, value: (h) => h.fromName },
        { header: t('handover.col.to'), width: 10, value: (h) => h.toName },
        { header: t('handover.col.openedAt'), width: 17, value: (h) => time(h.openedAt) },
        { header: t('handover.col.closedAt'), width: 17, value: (h) => time(h.closedAt) },
        { header: t('handover.col.cash'), width: 12, value: cash },
        {
          header: t('handover.col.open'),
          width: 40,
          value: (h) =>
            h.items
              .filter(isOpen)
              .map((i) => i.text)
              .join('；'),
        },
        { header: t('handover.col.log'), width: 50, value: (h) => h.log },
      ],
      rows: rows,
      done: t('handover.page.exported', { count: rows.length }),
    });
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="handover-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('handover.page.title')}
      </Typography.Title>
      {current === null && (
        <Card size="small">
          <Space>
            <Typography.Text>{t('handover.page.none')}</Typography.Text>
            <Button type="primary" onClick={() => void open()} data-testid="handover-start">
              {t('handover.page.open')}
            </Button>
          </Space>
        </Card>
      )}
      {current && <OpenHandover key={current.id} handover={current} cashup={shiftCashup} />}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('handover.page.history')}
        </Typography.Title>
        <Button onClick={() => void exportBook()} disabled={!history?.length}>
          {t('handover.page.export')}
        </Button>
      </Space>
      <Table<HandoverRecord>
        rowKey="id"
        size="small"
        loading={history === undefined}
        dataSource={history ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        data-testid="handover-history"
        columns={[
          { title: t('handover.col.no'), dataIndex: 'no', width: 140 },
          { title: t('handover.col.from'), dataIndex: 'fromName', width: 90 },
          { title: t('handover.col.to'), dataIndex: 'toName', width: 90 },
          { title: t('handover.col.closedAt'), width: 150, render: (_, h) => time(h.closedAt) },
          { title: t('handover.col.cash'), width: 100, render: (_, h) => cash(h) },
          { title: t('handover.col.open'), width: 90, render: (_, h) => openCount(h) },
          { title: t('handover.col.log'), dataIndex: 'log', ellipsis: true },
          {
            title: '',
            width: 70,
            render: (_, h) => (
              <Button size="small" onClick={() => print(h)} data-testid={`handover-print-${h.no}`}>
                {t('handover.print.print')}
              </Button>
            ),
          },
        ]}
      />
      {modal}
    </Space>
  );
}
