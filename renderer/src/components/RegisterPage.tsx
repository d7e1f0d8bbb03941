import { Button, Card, Input, Select, Space, Table, Tabs, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Alt+N opens the register's new-record form, as in every register of the desk; not while a
 * form or drawer is already open (`enabled` false).
 */
export function useNewShortcut(open: () => void, enabled: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && enabled) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, enabled]);
}

interface ActionButton {
  label: string;
  onClick: () => void;
  testId?: string;
  disabled?: boolean;
}

type SearchProps = Parameters<typeof SearchFilter>[0];

/** A choice filter as data (`choice({ … })` keeps its value type). */
export interface ChoiceSpec {
  render: () => ReactNode;
}

/** A choice filter of `RegisterPage.choices`, typed by its values. */
export function choice<V extends string>(p: Parameters<typeof ChoiceFilter<V>>[0]): ChoiceSpec {
  return { render: () => <ChoiceFilter<V> key={p.testId ?? p.placeholder} {...p} /> };
}

interface RegisterPageProps {
  /** The page's test id (`movein-page`). */
  testId: string;
  title: string;
  /** Buttons before 导出 (a supervisor's draw, a print). */
  actions?: ReactNode;
  /** 导出 Excel: disabled while there is nothing listed. */
  exportButton?: ActionButton;
  /** The primary 新建 (Alt+N opens the same, see useNewShortcut). */
  newButton?: ActionButton;
  /** The search box above the list. */
  search?: SearchProps;
  /** The choice filters after it (status, kind …). */
  choices?: readonly ChoiceSpec[];
  /** Any other filter after those (a month, a check box). */
  filters?: ReactNode;
  /** The filters in a small card (the registers without tabs). */
  filterCard?: boolean;
  /** The list, then its drawer and dialogs. */
  children: ReactNode;
}

/**
 * The frame of a register page: title with its 导出 / 新建 buttons, the filters, then the list
 * with the drawer and dialogs it opens. One place, so every register reads the same.
 */
export function RegisterPage(props: RegisterPageProps) {
  const { testId, title, actions, exportButton, newButton, search, choices, filterCard } = props;
  const filters = (search || choices || props.filters) && (
    <>
      {search && <SearchFilter {...search} />}
      {choices?.map((c) => c.render())}
      {props.filters}
    </>
  );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid={testId}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space>
          {actions}
          {exportButton && (
            <Button
              onClick={exportButton.onClick}
              disabled={exportButton.disabled}
              data-testid={exportButton.testId}
            >
              {exportButton.label}
            </Button>
          )}
          {newButton && (
            <Button type="primary" onClick={newButton.onClick} data-testid={newButton.testId}>
              {newButton.label}
            </Button>
          )}
        </Space>
      </Space>
      {filters &&
        (filterCard ? (
          <Card size="small">
            <Space>{filters}</Space>
          </Card>
        ) : (
          <Space wrap>{filters}</Space>
        ))}
      {props.children}
    </Space>
  );
}

/** What a register's text filter box is given (SearchFilter, TextFilter). */
interface TextFilterProps {
  placeholder: string;
  width: number;
  /** The text and its setter (a `useState` pair); the box starts from the text. */
  state: readonly [string, (text: string) => void];
  testId?: string;
}

/** The register's search box: every keystroke filters (Enter too, for a pasted number). */
export function SearchFilter(props: TextFilterProps) {
  const [text, onChange] = props.state;
  return (
    <Input.Search
      allowClear
      placeholder={props.placeholder}
      style={{ width: props.width }}
      defaultValue={text}
      onSearch={onChange}
      onChange={(e) => onChange(e.target.value)}
      data-testid={props.testId}
    />
  );
}

/** A filter over a fixed list (status, kind); cleared, it shows everything. */
export function ChoiceFilter<V extends string>(props: {
  placeholder: string;
  width: number;
  /** The chosen value and its setter (a `useState` pair). */
  state: readonly [V | undefined, (value: V | undefined) => void];
  options: { value: V; label: string }[];
  testId?: string;
}) {
  return (
    <Select<V>
      allowClear
      placeholder={props.placeholder}
      style={{ width: props.width }}
      value={props.state[0]}
      onChange={props.state[1]}
      options={props.options}
      data-testid={props.testId}
    />
  );
}

interface RegisterTableProps<T extends { id: string }> {
  /** undefined while the live query loads. */
  rows: readonly T[] | undefined;
  columns: TableProps<T>['columns'];
  /** A click on a row opens it (its drawer); the cursor says so. */
  onOpen?: (row: T) => void;
  testId?: string;
  /** false: every row on one page (a short list: the overdue, the waiting). */
  paged?: boolean;
  /** Check boxes to act on several rows at once (notify, hand over). */
  rowSelection?: TableProps<T>['rowSelection'];
}

/** A register's list: 20 to a page, loading until the first answer, a row opens its record. */
export function RegisterTable<T extends { id: string }>(props: RegisterTableProps<T>) {
  const { rows, onOpen } = props;
  return (
    <Table<T>
      rowKey="id"
      size="small"
      loading={rows === undefined}
      dataSource={rows ? [...rows] : []}
      pagination={props.paged === false ? false : { pageSize: 20, showSizeChanger: false }}
      onRow={onOpen && ((r) => ({ onClick: () => onOpen(r), style: { cursor: 'pointer' } }))}
      rowSelection={props.rowSelection}
      data-testid={props.testId}
      columns={props.columns}
    />
  );
}

/** One tab of a register: its label and what it shows. */
export type RegisterTab = readonly [label: string, content: ReactNode];

interface RegisterTabsProps<K extends string> {
  /** The open tab and its setter (a `useState` pair); absent, the page's link says (`?tab=`). */
  active?: readonly [string, (key: K) => void];
  tabs: Record<K, RegisterTab>;
  title?: string;
  testId?: string;
  /** The page's dialogs and preview, after the tabs. */
  children?: ReactNode;
}

/**
 * A register's tabs as data, in order (`{ board: [t('…boardTab'), <KeyBoard />] }`); the open
 * one follows `active`, so a link (`?tab=`) or a shortcut can switch it. With a `title` the tabs
 * are the page (a register without a list of its own: 回访管理, 交班对账).
 */
export function RegisterTabs<K extends string>(props: RegisterTabsProps<K>) {
  const entries = Object.entries(props.tabs) as [K, RegisterTab][];
  if (!props.active) return <LinkedTabs<K> {...props} first={entries[0]?.[0] ?? ''} />;
  const [activeKey, open] = props.active;
  const tabs = (
    <Tabs
      activeKey={activeKey}
      onChange={(key) => open(key as K)}
      items={entries.map(([key, [label, children]]) => ({ key, label, children }))}
    />
  );
  if (props.title === undefined) return tabs;
  return (
    <div data-testid={props.testId}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {props.title}
      </Typography.Title>
      {tabs}
      {props.children}
    </div>
  );
}

/** Tabs whose open one starts from the one a link asks for (`?tab=spaces`), else the first. */
function LinkedTabs<K extends string>(props: RegisterTabsProps<K> & { first: string }) {
  const [params] = useSearchParams();
  const active = useState(params.get('tab') ?? props.first);
  return <RegisterTabs<K> {...props} active={active} />;
}

/** A list's own search box and choice filters above it (a tab of a register), as data. */
export function FilteredTable<T extends { id: string }>(
  props: RegisterTableProps<T> & { search?: SearchProps; choices?: readonly ChoiceSpec[] },
) {
  const { search, choices, ...table } = props;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {search && <SearchFilter {...search} />}
        {choices?.map((c) => c.render())}
      </Space>
      <RegisterTable<T> {...table} />
    </Space>
  );
}

/** A search box bound to its text (the mail's, the work orders'): it filters as she types. */
export function TextFilter(props: TextFilterProps) {
  const [value, onChange] = props.state;
  return (
    <Input
      allowClear
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={props.placeholder}
      style={{ width: props.width }}
      data-testid={props.testId}
    />
  );
}
