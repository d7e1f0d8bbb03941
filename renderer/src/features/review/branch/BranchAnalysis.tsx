import { Divider, Table } from 'antd';
import { orderedEntries } from '@shared/domain/complaintAnalysis';
import { t } from '../../../i18n';
import { scopeText } from '../../../print/analysisTable';
import type { ComparedEstate } from './BranchCharts';

/**
 * The estates' 原因分析 and 纠正/预防措施 as their summaries carry them (version 3 files and the
 * live summaries): why complaints happened and what each estate does against repeats, side by
 * side. An estate that wrote none says so.
 */
export function BranchAnalysis({ estates }: { estates: readonly ComparedEstate[] }) {
  const rows = estates.flatMap((e) => {
    const entries = orderedEntries(e.summary.analysis ?? []);
    return entries.length === 0
      ? [
          {
            key: `${e.label}:none`,
            estate: e.label,
            scope: '',
            cause: t('reviewReport.analysis.none'),
            measures: '',
          },
        ]
      : entries.map((a) => ({
          key: `${e.label}:${a.scope}`,
          estate: e.label,
          scope: scopeText(a.scope),
          cause: a.cause,
          measures: a.measures,
        }));
  });
  return (
    <section data-testid="branch-analysis">
      <Divider titlePlacement="start">{t('reviewReport.branch.analysis')}</Divider>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('reviewReport.branch.estate'), dataIndex: 'estate', width: 160 },
          { title: t('reviewReport.analysis.scope'), dataIndex: 'scope', width: 140 },
          { title: t('reviewReport.analysis.cause'), dataIndex: 'cause' },
          { title: t('reviewReport.analysis.measures'), dataIndex: 'measures' },
        ]}
      />
    </section>
  );
}
