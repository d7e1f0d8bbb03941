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

/** A field of a register as its list and its 导出 sheet show it: column, Excel width, text. */
export type RegisterField<C extends string, T> = readonly [
  col: C,
  width: number,
  text: (row: T) => string | number,
];

/** The 导出 sheet of a register's fields, each headed by its column's title. */
export function fieldSheetColumns<C extends string, T>(
  fields: readonly RegisterField<C, T>[],
  title: (col: C) => string,
): SheetColumn<T>[] {
  return fields.map(([col, width, value]) => ({ header: title(col), width, value }));
}

/**
 * The list's columns of a register's fields: the `listed` ones in the fields' order, 9px to an
 * Excel character, but `wide` takes the rest of the row; the status column (`tag`) as a
 * coloured tag.
 */
export function fieldListColumns<C extends string, T>(
  fields: readonly RegisterField<C, T>[],
  list: {
    listed: readonly C[];
    title: (col: C) => string;
    wide: C;
    /** The wide column cuts a long text short with … */
    ellipsis?: boolean;
    tag: readonly [col: C, color: (row: T) => string];
  },
): TableColumnType<T>[] {
  const [tagCol, color] = list.tag;
  return fields
    .filter(([col]) => list.listed.includes(col))
    .map(([col, width, value]) => ({
      key: col,
      title: list.title(col),
      width: col === list.wide ? undefined : width * 9,
      ...(list.ellipsis ? { ellipsis: col === list.wide } : {}),
      render: (_: unknown, row: T) =>
        col === tagCol ? <Tag color={color(row)}>{value(row)}</Tag> : value(row),
    }));
}
