import { formatOfficeDateTime } from '@shared/domain/officeTime';

/** A list's date-and-time column (开票时间, 交班时间, 操作时间), in office time. */
export function timeColumn(title: string, dataIndex: string, width?: number) {
  return {
    title,
    dataIndex,
    ...(width === undefined ? {} : { width }),
    render: (v: string) => formatOfficeDateTime(v),
  };
}
