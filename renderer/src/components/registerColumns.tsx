import { Tag } from 'antd';
import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { SheetColumn } from './exportSheet';

/*
 * The columns every register lists (its number, a time, a status tag; a sheet's column), each
 * said in one line, so a register's table and its 导出 sheet read as a list of what they show.
 */

/** What a register's list component takes: the rows (undefined while loading), what opens one. */
export interface ListProps<T> {
  rows: readonly T[] | undefined;
  onOpen: (row: T) => void;
}

/** A column of the 导出 sheet: header, width in characters, the cell's value. */
export function sheetColumn<T>(
  header: string,
  width: number,
  value: (row: T) => string | number,
): SheetColumn<T> {
  return { header, width, value };
}

/** A column of a register's list: title, width in px (undefined: the rest), what a cell shows. */
export function column<T>(
  title: string,
  width: number | undefined,
  render: (row: T) => ReactNode,
): TableColumnType<T> {
  return { title, width, render: (_, row) => render(row) };
}

/** The record's number, as the link a clerk clicks to open it (`as="span"`: plain text). */
export function noColumn<T extends { no: string }>(
  title: string,
  width: number,
  testId: string,
  as: 'a' | 'span' = 'a',
): TableColumnType<T> {
  const Text = as;
  return {
    title,
    dataIndex: 'no',
    width,
    render: (no: string) => <Text data-testid={testId}>{no}</Text>,
  };
}

/** A time in the office's zone (`YYYY-MM-DD HH:mm`); empty while there is none. */
export function timeColumn<T>(
  title: string,
  width: number,
  at: (row: T) => string | undefined,
): TableColumnType<T> {
  return column(title, width, (row) => {
    const iso = at(row);
    return iso ? formatOfficeDateTime(iso) : '';
  });
}

/** A status as a coloured tag: `tag(row)` says its colour and text. */
export function tagColumn<T>(
  title: string,
  width: number,
  tag: (row: T) => readonly [color: string, text: string],
  testId?: string,
): TableColumnType<T> {
  return column(title, width, (row) => {
    const [color, text] = tag(row);
    return (
      <Tag color={color} data-testid={testId}>
        {text}
      </Tag>
    );
  });
}
