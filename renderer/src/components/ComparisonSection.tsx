import { Divider, Table } from 'antd';
import type { ComparisonLabels, ComparisonRow } from '../print/comparisonSection';

/**
 * A register's section of the monthly review screen whose figures are not in MonthlyReview:
 * label, this month, the month before; loading while `rows` is undefined.
 */
export function ComparisonSection(props: {
  testId: string;
  labels: ComparisonLabels;
  rows: readonly (ComparisonRow & { key: string })[] | undefined;
}) {
  const { labels } = props;
  return (
    <section data-testid={props.testId}>
      <Divider titlePlacement="start">{labels.title}</Divider>
      <Table
        size="small"
        rowKey="key"
        loading={props.rows === undefined}
        dataSource={[...(props.rows ?? [])]}
        pagination={false}
        style={{ maxWidth: 640 }}
        columns={[
          { title: labels.item, dataIndex: 'label' },
          { title: labels.current, dataIndex: 'current', width: 120 },
          { title: labels.previous, dataIndex: 'previous', width: 120 },
        ]}
      />
    </section>
  );
}

/** The review screen's section of a register built by comparisonRegister (its rows and labels). */
export function registerSection<R extends readonly (ComparisonRow & { key: string })[]>(
  testId: string,
  labels: () => ComparisonLabels,
) {
  return function RegisterSection(props: { rows: R | undefined }) {
    return <ComparisonSection testId={testId} rows={props.rows} labels={labels()} />;
  };
}
