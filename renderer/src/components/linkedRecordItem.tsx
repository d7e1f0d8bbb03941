import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A drawer's row that opens the record this one came from or went to (咨询 → 投诉 → 工单), so the
 * clerk follows a case across registers. A function, not a component: antd's Descriptions reads
 * its items' own props.
 */
export function linkedRecordItem(p: {
  label: string;
  /** The register route that opens the record (`/repairs?open=…`). */
  route: string;
  text: ReactNode;
  testId: string;
  navigate: (route: string) => void;
}) {
  return (
    <Descriptions.Item key={p.testId} label={p.label} span={2}>
      <Typography.Link onClick={() => p.navigate(p.route)} data-testid={p.testId}>
        {p.text}
      </Typography.Link>
    </Descriptions.Item>
  );
}
