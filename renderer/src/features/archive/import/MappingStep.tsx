import { Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  ROSTER_COLUMNS,
  type RosterColumn,
  type RosterField,
  type RosterMapping,
} from '@shared/domain/roster';
import { maskIdNumber, maskPhone } from '@shared/domain/identity';
import { readCell } from '@shared/domain/rosterCells';
import { t } from '../../../i18n';
import type { RosterSheet } from '../excel/readRosterFile';

interface Props {
  sheet: RosterSheet;
  mapping: RosterMapping;
  onChange: (mapping: RosterMapping) => void;
}

/** The first filled cell of a column, so the clerk can see the guess is right. */
function sampleOf(sheet: RosterSheet, header: string | undefined, col: RosterColumn): string {
  if (!header) return '';
  for (const row of sheet.rows) {
    const value = row[header];
    if (value === undefined) continue;
    const read = readCell(value, col.cell);
    if (!read.ok) return read.error;
    // A sample is a list cell: personal data shows masked, as in the preview (issue 15).
    if (col.field === 'idNumber') return maskIdNumber(read.text);
    if (col.field === 'phone') return maskPhone(read.text);
    return read.text;
  }
  return '';
}

/** Which Excel column feeds which archive field: guessed from the headers, editable. */
export function MappingStep({ sheet, mapping, onChange }: Props) {
  const options = sheet.headers.map((h) => ({ value: h, label: h }));
  const setField = (field: RosterField, header: string | undefined) => {
    const next: RosterMapping = { ...mapping };
    // One column feeds one field: taking it here releases it elsewhere.
    for (const key of Object.keys(next) as RosterField[])
      if (header && next[key] === header) delete next[key];
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  const columns: TableColumnsType<RosterColumn> = [
    {
      title: t('archive.import.field'),
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
      title: t('archive.import.column'),
      key: 'column',
      width: 220,
      render: (_, col) => (
        <Select
          style={{ width: '100%' }}
          allowClear
          // Typing a header's words finds it: the clerk maps by keyboard.
          showSearch
          optionFilterProp="label"
          value={mapping[col.field]}
          placeholder={t('archive.import.notMapped')}
          options={options}
          onChange={(h?: string) => setField(col.field, h)}
          aria-label={col.header}
          data-testid={`roster-map-${col.field}`}
        />
      ),
    },
    {
      title: '',
      key: 'sample',
      render: (_, col) => (
        <Typography.Text type="secondary">
          {sampleOf(sheet, mapping[col.field], col)}
        </Typography.Text>
      ),
    },
  ];
  const used = new Set(Object.values(mapping));
  const unmapped = sheet.headers.filter((h) => !used.has(h));
  return (
    <div data-testid="roster-mapping">
      <Typography.Paragraph type="secondary">
        {t('archive.import.mappingHint')}
      </Typography.Paragraph>
      <Table<RosterColumn>
        size="small"
        rowKey="field"
        columns={columns}
        dataSource={[...ROSTER_COLUMNS]}
        pagination={false}
      />
      {unmapped.length > 0 && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8 }}
          data-testid="roster-unmapped"
        >
          {t('archive.import.unmappedColumns', { columns: unmapped.join('、') })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
