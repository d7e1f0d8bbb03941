import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/**
 * The drawer a register's row opens: the record's title with what stands beside it (`extra`: its
 * status, a print button), then its details and actions. Open while shown: the page mounts it
 * for the record open and unmounts it on close.
 */
export function RecordDrawer(props: {
  title: ReactNode;
  /** Wide enough for the record's details table (px). */
  width: number;
  onClose: () => void;
  extra?: ReactNode;
  /** The test id of what the drawer shows. */
  testId: string;
  children: ReactNode;
}) {
  return (
    <Drawer
      open
      width={props.width}
      onClose={props.onClose}
      title={props.title}
      extra={props.extra}
    >
      <div data-testid={props.testId}>{props.children}</div>
    </Drawer>
  );
}
