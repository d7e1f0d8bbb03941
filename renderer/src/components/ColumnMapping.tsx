import { Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';

/** One field an import reads, as the mapping step lists it. */
export interface MappableColumn<F extends string> {
  field: F;
  /** The field's name as the template heads it. */
  header: string;
  required: boolean;
}

/** The words of the step, from the import's own namespace. */
export interface ColumnMappingTexts {
  hint: string;
  field: string;
  column: string;
  notMapped: string;
  /** The file's headers that feed no field, joined. */
  unmapped: (columns: string) => string;
}

interface Props<F extends string> {
  headers: readonly string[];
  columns: readonly MappableColumn<F>[];
  mapping: Partial<Record<F, string>>;
  onChange: (mapping: Partial<Record<F, string>>) => void;
  texts: ColumnMappingTexts;
  /** The first filled cell of `header` as it will be read (masked where personal). */
  sample: (field: F, header: string) => string;
  /** `roster` → `roster-mapping`, `roster-map-<field>`, `roster-unmapped`. */
  testId: string;
}

/**
 * Which column of a file feeds which field of an import: guessed from the headers, editable
 * by keyboard (typing a header's words finds it), a column feeding one field at a time; the
 * file's other columns are listed as not imported.
 */
export function ColumnMapping<F extends string>({
  headers,
  columns,
  mapping,
  onChange,
  texts,
  sample,
  testId,
}: Props<F>) {
  const options = headers.map((h) => ({ value: h, label: h }));
  const setField = (field: F, header: string | undefined) => {
    const next: Partial<Record<F, string>> = { ...mapping };
    // One column feeds one field: taking it here releases it elsewhere.
    for (const key of Object.keys(next) as F[])
      if (header && next[key] === header) delete next[key];
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  const tableColumns: TableColumnsType<MappableColumn<F>> = [
    {
      title: texts.field,
      dataIndex: 'header',
      width: 120,
      render: (header: string, col) => (
        <span>
          {header}
          {col.required && <Typography.Text type="danger"> *</Typography.Text>}
        </span>
      ),
    },
    {
      title: texts.column,
      key: 'column',
      width: 220,
      render: (_, col) => (
        <Select
          style={{ width: '100%' }}
          allowClear
          showSearch
          optionFilterProp="label"
          value={mapping[col.field]}
          placeholder={texts.notMapped}
          options={options}
          onChange={(h?: string) => setField(col.field, h)}
          aria-label={col.header}
          data-testid={`${testId}-map-${col.field}`}
        />
      ),
    },
    {
      title: '',
      key: 'sample',
      render: (_, col) => {
        const header = mapping[col.field];
        return (
          <Typography.Text type="secondary">
            {header ? sample(col.field, header) : ''}
          </Typography.Text>
        );
      },
    },
  ];
  const used = new Set(Object.values(mapping));
  const unmapped = headers.filter((h) => !used.has(h));
  return (
    <div data-testid={`${testId}-mapping`}>
      <Typography.Paragraph type="secondary">{texts.hint}</Typography.Paragraph>
      <Table<MappableColumn<F>>
        size="small"
        rowKey="field"
        columns={tableColumns}
        dataSource={[...columns]}
        pagination={false}
      />
      {unmapped.length > 0 && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8 }}
          data-testid={`${testId}-unmapped`}
        >
          {texts.unmapped(unmapped.join('、'))}
        </Typography.Paragraph>
      )}
    </div>
  );
}
