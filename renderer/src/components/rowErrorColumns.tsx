import type { TableColumnsType } from 'antd';

/** A problem of an imported file: its Excel row (0 = the whole file), column and message. */
export interface RowError {
  row: number;
  column?: string | undefined;
  message: string;
}

/** The columns of an import's error table, with the headings of the register's catalog. */
export function rowErrorColumns<T extends RowError>(labels: {
  row: string;
  column: string;
  message: string;
  wholeFile: string;
}): TableColumnsType<T> {
  return [
    {
      title: labels.row,
      dataIndex: 'row',
      width: 70,
      render: (row: number) => (row === 0 ? labels.wholeFile : row),
    },
    { title: labels.column, dataIndex: 'column', width: 110 },
    { title: labels.message, dataIndex: 'message' },
  ];
}
