import { Drawer, Tag } from 'antd';
import type { ReactNode } from 'react';

/** What every record drawer is: open while mounted, its title, its width, its close. */
const openDrawer = (p: { title: ReactNode; width: number; onClose: () => void }) => ({
  open: true,
  width: p.width,
  onClose: p.onClose,
  title: p.title,
});

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
    <Drawer {...openDrawer(props)} extra={props.extra}>
      <div data-testid={props.testId}>{props.children}</div>
    </Drawer>
  );
}

/**
 * A register record's drawer with its status: its number in the title, its status as a coloured
 * tag at the right (`status: [color, text, testId]`), then the record's actions and details.
 */
export function StatusRecordDrawer(props: {
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
    <Drawer {...openDrawer(props)} data-testid={props.testId} extra={tag}>
      {props.children}
    </Drawer>
  );
}
