import { List, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A record's trail in its drawer (dispatches, revisits, hand-overs, history): a titled list, one
 * line an entry, left out while there is none.
 */
export function HistoryList<E>(props: {
  title: string;
  items: readonly E[];
  line: (entry: E) => ReactNode;
  testId?: string;
}) {
  if (props.items.length === 0) return null;
  return (
    <List
      size="small"
      data-testid={props.testId}
      header={<Typography.Text strong>{props.title}</Typography.Text>}
      dataSource={[...props.items]}
      renderItem={(entry) => <List.Item>{props.line(entry)}</List.Item>}
    />
  );
}
