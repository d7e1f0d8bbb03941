import { App, Button, Descriptions, Input, Radio, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { summarizeMonth } from '@shared/domain/complaintMonthly';
import type { CaseKind } from '@shared/domain/complaints';
import { COMPLAINT_RATE_KEYS, formatRate, rateDecimals } from '@shared/domain/rates';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import { AnalysisEditor } from './AnalysisEditor';
import { useSession } from '../../app/SessionContext';
import { t } from '../../i18n';
import { saveExcel } from '../../components/exportSheet';
import { buildMonthlyWorkbook } from './monthlyExcel';
import { useDepartmentName, useHouseholds, useMonthCases } from './useComplaints';
import { useComplaintPrinting } from './useComplaintPrinting';
import { usePickedOr, useOfficeToday } from '../../components/useOfficeClock';
import { messageOf } from '../../i18n/domainText';

/** 投诉情况月度汇总单 / 建议情况月度表: the month's counts and rates, printable and in Excel. */
export function MonthlyPanel() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [month, setMonth] = usePickedOr(useOfficeToday().slice(0, 7));
  const [kind, setKind] = useState<CaseKind>('complaint');
  const all = useMonthCases(/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : '0000-01');
  const departmentName = useDepartmentName();
  const { printMonthly, printModal } = useComplaintPrinting();
  const households = useHouseholds() ?? 0;
  const analysis = useLiveQuery(() => repos.complaintAnalysis.get(month), [repos, month]);
  const summary = useMemo(
    () => summarizeMonth(all ?? [], month, kind, households),
    [all, month, kind, households],
  );
  const cases = useMemo(
    () => (all ?? []).filter((c) => c.kind === kind && c.month === month),
    [all, kind, month],
  );

  const exportExcel = async () => {
    try {
      const title = t(
        kind === 'complaint'
          ? 'complaints.monthly.complaintTitle'
          : 'complaints.monthly.suggestionTitle',
      );
      const name = t('complaints.monthly.fileName', { title, month });
      const data = await buildMonthlyWorkbook(summary, cases, departmentName);
      if (!(await saveExcel(name, data))) return;
      await repos.audit.note(actor, 'export', 'cases', month, name);
      void message.success(t('complaints.monthly.exported', { file: name }));
    } catch (err) {
      void message.error(t('common.unexpectedError', { message: messageOf(err) }));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="monthly-panel">
      <Space>
        <Input
          value={month}
          onChange={(e) => setMonth(e.target.value.trim())}
          style={{ width: 170 }}
          addonBefore={t('complaints.monthly.month')}
          data-testid="monthly-month"
        />
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value as CaseKind)}
          optionType="button"
          options={[
            { value: 'complaint', label: t('complaints.monthly.complaintTitle') },
            { value: 'suggestion', label: t('complaints.monthly.suggestionTitle') },
          ]}
          data-testid="monthly-kind"
        />
        <Button
          onClick={() => printMonthly(summary, cases, analysis?.entries ?? [])}
          data-testid="monthly-print"
        >
          {t('complaints.monthly.print')}
        </Button>
        <Button onClick={() => void exportExcel()} data-testid="monthly-excel">
          {t('complaints.monthly.excel')}
        </Button>
      </Space>
      <Descriptions size="small" bordered column={4} data-testid="monthly-counts">
        <Descriptions.Item label={t('complaints.monthly.received')}>
          <span data-testid="monthly-received">{summary.received}</span>
        </Descriptions.Item>
        {Object.entries(summary.byChannel).map(([k, n]) => (
          <Descriptions.Item key={k} label={t(`complaints.channel.${k as 'phone'}`)}>
            {n}
          </Descriptions.Item>
        ))}
        {kind === 'complaint' &&
          Object.entries(summary.byCategory).map(([k, n]) => (
            <Descriptions.Item key={k} label={t(`complaints.category.${k as 'none'}`)}>
              {n}
            </Descriptions.Item>
          ))}
        {kind === 'complaint' &&
          Object.entries(summary.bySeverity).map(([k, n]) => (
            <Descriptions.Item key={`s-${k}`} label={t(`complaints.severity.${k as 'none'}`)}>
              {n}
            </Descriptions.Item>
          ))}
        {Object.entries(summary.byDepartment).map(([k, n]) => (
          <Descriptions.Item key={`d-${k}`} label={k === 'none' ? '—' : departmentName(k)}>
            {n}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {summary.rates && (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          data-testid="monthly-rates"
          dataSource={COMPLAINT_RATE_KEYS.map((k) => ({ key: k, rate: summary.rates![k] }))}
          columns={[
            {
              title: t('complaints.monthly.rate'),
              render: (_, r) => t(`complaints.monthly.${r.key}`),
            },
            {
              title: t('complaints.monthly.value'),
              render: (_, r) => (
                <span data-testid={`rate-${r.key}`}>{formatRate(r.rate, rateDecimals(r.key))}</span>
              ),
            },
            {
              title: t('complaints.monthly.counts'),
              render: (_, r) => `${r.rate.numerator}/${r.rate.denominator}`,
            },
            {
              title: t('complaints.monthly.definition'),
              render: (_, r) => t(`complaints.monthly.${r.key}Def`),
            },
          ]}
        />
      )}
      {kind === 'complaint' && (
        <AnalysisEditor month={month} byCategory={summary.byCategory} cases={cases} />
      )}
      {printModal}
    </Space>
  );
}
