import { Drawer, Tag } from 'antd';
import type { ReactNode } from 'react';

/**
 * A register record's drawer: its number in the title, its status as a coloured tag at the
 * right (`status: [color, text, testId]`), then the record's actions and details.
 */
export function RecordDrawer(props: {
  title: string;
  testId: string;
  width: number;
  status: readonly [color: string | undefined, text: string, testId: string];
  onClose: () => void;
  children: ReactNode;
}) {
  const [color, text, statusTestId] = props.status;
  const tag = (
    <Tag color={color} data-testid={statusTestId}>
      {text}
    </Tag>
  );
  return (
    <Drawer
      open
      width={props.width}
      onClose={props.onClose}
      title={props.title}
      data-testid={props.testId}
      extra={tag}
    >
      {props.children}
    </Drawer>
  );
}
