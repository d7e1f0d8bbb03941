import { App, Button, Modal, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { formatFen } from '@shared/domain/money';
import { renovationMonthStats, type RenovationMonthRow } from '@shared/domain/renovationStats';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { statsColumns, statsSummary } from './statsColumns';
import { exportRenovationStats } from './renovationExcel';
import { useRenovationPrinting } from './useRenovationPrinting';
import { usePickedOr, useOfficeToday } from '../../components/useOfficeClock';
import { DateInput } from '../../components/DateInput';

/** 《每月装修统计表》 for a month: on screen, printed, or as Excel. */
export function MonthlyStats({
  jobs,
  onClose,
}: {
  jobs: readonly RenovationRecord[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [month, setMonth] = usePickedOr(useOfficeToday().slice(0, 7));
  const stats = useMemo(
    () => (/^\d{4}-\d{2}$/.test(month) ? renovationMonthStats(jobs, month) : undefined),
    [jobs, month],
  );
  const { printStats, printModal } = useRenovationPrinting();
  return (
    <Modal
      open
      width={1000}
      title={t('renovation.page.stats')}
      onCancel={onClose}
      footer={null}
      data-testid="reno-stats-modal"
    >
      <Space style={{ marginBottom: 12 }}>
        {t('renovation.stats.month')}
        <DateInput
          kind="month"
          value={month}
          onChange={(v) => v && setMonth(v)}
          allowClear={false}
          style={{ width: 130 }}
          aria-label={t('renovation.stats.month')}
          testId="reno-stats-month"
        />
        <Button
          disabled={!stats}
          onClick={() => stats && printStats(stats)}
          data-testid="reno-stats-print"
        >
          {t('renovation.stats.print')}
        </Button>
        <Button
          disabled={!stats}
          onClick={() =>
            stats &&
            void exportRenovationStats(stats).then(() =>
              message.success(t('renovation.stats.exported')),
            )
          }
          data-testid="reno-stats-excel"
        >
          {t('renovation.stats.excel')}
        </Button>
      </Space>
      {stats && (
        <>
          <Typography.Paragraph data-testid="reno-stats-summary">
            {statsSummary(stats, formatFen)}
          </Typography.Paragraph>
          <Table<RenovationMonthRow>
            rowKey="no"
            size="small"
            pagination={false}
            dataSource={stats.rows}
            columns={statsColumns().map(({ field, head }) => ({
              title: head,
              dataIndex: field,
              ...(field === 'heldFen' ? { render: (v: number) => formatFen(v) } : {}),
            }))}
          />
        </>
      )}
      {printModal}
    </Modal>
  );
}
