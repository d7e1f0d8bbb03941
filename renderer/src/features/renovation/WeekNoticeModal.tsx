import { Button, Modal, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { nowIso } from '../../db/ids';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOfficeToday } from '../../components/useOfficeClock';
import { useRegisterExport } from '../../components/useRegisterExport';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
import { buildRenovationWeekNotice } from './print/renovationWeekTemplate';
import { WEEK_FIELDS, weekNotice, weekSheetColumns } from './weekNoticeRows';

/** 本周装修通知: this week's units under renovation, printed or exported for 工程部 and 安护部. */
export function WeekNoticeModal(props: { jobs: readonly RenovationRecord[]; onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const today = useOfficeToday();
  const exportRegister = useRegisterExport();
  const { profile, preview, modal } = useProfilePreview();
  const notice = useMemo(() => weekNotice(props.jobs, today), [props.jobs, today]);
  const range = t('renovation.week.range', { from: notice.week.from, to: notice.week.to });
  const print = () =>
    preview(
      buildRenovationWeekNotice(notice, profile, { clerkName: actor.name, printedAt: nowIso() }),
      () =>
        repos.audit.note(
          actor,
          'print',
          'renovations',
          notice.week.from,
          `${t('renovation.week.title')} ${range}`,
        ),
    );
  const exportRows = () =>
    void exportRegister({
      table: 'renovations',
      auditId: notice.week.from,
      fileName: t('renovation.week.fileName', { from: notice.week.from }),
      sheetName: t('renovation.week.sheet'),
      columns: weekSheetColumns(),
      rows: notice.rows,
      done: t('renovation.week.exported', { count: notice.rows.length }),
    });
  return (
    <Modal
      open
      width={1100}
      title={t('renovation.week.title')}
      onCancel={props.onClose}
      footer={null}
      data-testid="reno-week-modal"
    >
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="reno-week-range">
          {t('renovation.week.to')} · {range} ·{' '}
          {t('renovation.week.count', { n: notice.rows.length })}
        </Typography.Text>
        <Button type="primary" onClick={print} data-testid="reno-week-print">
          {t('renovation.week.print')}
        </Button>
        <Button
          disabled={notice.rows.length === 0}
          onClick={exportRows}
          data-testid="reno-week-excel"
        >
          {t('renovation.week.excel')}
        </Button>
      </Space>
      <Table
        size="small"
        rowKey={(r) => r.job.id}
        pagination={false}
        dataSource={notice.rows}
        data-testid="reno-week-table"
        locale={{ emptyText: t('renovation.week.none') }}
        columns={WEEK_FIELDS.map(([col, , value]) => ({
          key: col,
          title: t(`renovation.week.col.${col}`),
          render: (_: unknown, r: (typeof notice.rows)[number]) => value(r),
        }))}
      />
      {modal}
    </Modal>
  );
}
