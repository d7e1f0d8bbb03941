import { Alert, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  CODE_VALUES,
  type CodeColumn,
  type CodeField,
  type FoundCode,
  untranslated,
} from '@shared/domain/rosterCodes';
import { t } from '../../../i18n';
import { domainText } from '../../../i18n/domainText';

/** The select's value for "leave the code out" (a code maps to null). */
const IGNORE = '__ignore';

/** The app's value as the desk shows it, in the desk's language where the catalog has it. */
function valueLabel(field: CodeField, key: string): string {
  return domainText(CODE_VALUES[field][key] ?? key);
}

interface Props {
  codes: CodeColumn[];
  onChange: (columns: CodeColumn[]) => void;
}

/**
 * Another system's codes (房屋类型 1/2/3, 房屋状态 2001 …) translated one by one to the app's
 * values, or left out; filled in from the last import. Each select is reached by Tab and
 * chosen with the arrows and Enter.
 */
export function CodesStep({ codes: columns, onChange }: Props) {
  const set = (field: CodeField, code: string, choice: string | undefined) =>
    onChange(
      columns.map((col) =>
        col.field !== field
          ? col
          : {
              ...col,
              codes: col.codes.map((c) =>
                c.code !== code
                  ? c
                  : {
                      ...c,
                      value: choice === undefined ? undefined : choice === IGNORE ? null : choice,
                    },
              ),
            },
      ),
    );
  const left = untranslated(columns);
  return (
    <div data-testid="roster-codes">
      <Typography.Paragraph type="secondary">{t('archive.import.codesHint')}</Typography.Paragraph>
      {columns.map((col) => {
        const options = [
          ...Object.keys(CODE_VALUES[col.field]).map((key) => ({
            value: key,
            label: valueLabel(col.field, key),
          })),
          { value: IGNORE, label: t('archive.import.codeIgnore') },
        ];
        const tableColumns: TableColumnsType<FoundCode> = [
          { title: t('archive.import.code'), dataIndex: 'code', width: 140 },
          { title: t('archive.import.codeRows'), dataIndex: 'rows', width: 90 },
          {
            title: t('archive.import.codeValue'),
            key: 'value',
            render: (_, c) => (
              <Select
                style={{ width: 200 }}
                allowClear
                showSearch
                optionFilterProp="label"
                value={c.value === null ? IGNORE : c.value}
                placeholder={t('archive.import.codePick')}
                options={options}
                onChange={(v?: string) => set(col.field, c.code, v)}
                aria-label={t('archive.import.codeAria', { column: col.header, code: c.code })}
                data-testid={`roster-code-${col.field}-${c.code}`}
              />
            ),
          },
        ];
        return (
          <div
            key={col.field}
            style={{ marginBottom: 12 }}
            data-testid={`roster-codes-${col.field}`}
          >
            <Typography.Text strong>
              {t('archive.import.codeColumn', {
                column: col.header,
                field: t(`archive.import.fields.${col.field}`),
              })}
            </Typography.Text>
            <Table<FoundCode>
              size="small"
              rowKey="code"
              columns={tableColumns}
              dataSource={col.codes}
              pagination={false}
            />
          </div>
        );
      })}
      {left > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('archive.import.codesLeft', { count: left })}
          data-testid="roster-codes-left"
        />
      )}
    </div>
  );
}
