import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * The frame of a register's screen: its title with the screen's buttons on the right, and the
 * lists below. Every register spelled this header out; new ones use this.
 */
export function RegisterPage(props: {
  title: string;
  testId: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid={props.testId}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        <Space>{props.actions}</Space>
      </Space>
      {props.children}
    </Space>
  );
}
