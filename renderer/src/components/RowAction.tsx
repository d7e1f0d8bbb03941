import { Button } from 'antd';

/** An action in a list's 操作 column (打印, 作废, 退款): a small link, red when it undoes. */
export function RowAction(props: {
  label: string;
  onClick: () => void;
  testId: string;
  danger?: boolean;
}) {
  const { label, testId, ...button } = props;
  return (
    <Button size="small" type="link" {...button} data-testid={testId}>
      {label}
    </Button>
  );
}
