import { Alert, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { RosterError, RosterRecord, RosterResult } from '@shared/domain/roster';

import { rowErrorColumns } from '../../../components/rowErrorColumns';
import { t } from '../../../i18n';
import { maskedId, maskedPhones } from '../personText';
import { errorRowCount } from './rosterImport';

// Built at render: the headings follow the language in effect.
const errorColumns = () =>
  rowErrorColumns<RosterError>({
    row: t('archive.import.errorRow'),
    column: t('archive.import.errorColumn'),
    message: t('archive.import.errorMessage'),
    wholeFile: t('archive.import.wholeFile'),
  });

const validColumns = (): TableColumnsType<RosterRecord> => [
  { title: t('archive.import.errorRow'), dataIndex: 'row', width: 70 },
  {
    title: t('archive.unit.code'),
    dataIndex: 'unitCode',
    width: 130,
    render: (code: string, r) => (
      <span>
        {code}
        {!r.unitExists && <Tag style={{ marginLeft: 4 }}>{t('archive.import.newUnit')}</Tag>}
      </span>
    ),
  },
  { title: t('archive.person.name'), key: 'name', render: (_, r) => r.person.name },
  {
    title: t('archive.person.kind'),
    key: 'kind',
    width: 70,
    render: (_, r) => t(`domain.labels.personKinds.${r.person.kind}`),
  },
  { title: t('archive.person.phones'), key: 'phones', render: (_, r) => maskedPhones(r.person) },
  { title: t('archive.person.idNumber'), key: 'id', render: (_, r) => maskedId(r.person) },
];

/** What the import would write, and every row it refuses with the reason, before anything is written. */
export function PreviewStep({ result }: { result: RosterResult }) {
  const bad = errorRowCount(result);
  return (
    <div data-testid="roster-preview">
      <Alert
        type={bad ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="roster-summary"
        title={t('archive.import.summary', {
          valid: result.valid.length,
          errors: bad,
          blank: result.skipped,
        })}
        description={
          bad ? t('archive.import.blocked', { count: bad }) : t('archive.import.allGood')
        }
      />
      {result.errors.length > 0 && (
        <>
          <Typography.Title level={5}>{t('archive.import.errors')}</Typography.Title>
          <Table<RosterError>
            data-testid="roster-errors"
            size="small"
            rowKey={(e) => `${e.row}|${e.column ?? ''}|${e.message}`}
            columns={errorColumns()}
            dataSource={result.errors}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
            rowClassName={() => 'roster-error-row'}
          />
        </>
      )}
      {result.valid.some((r) => r.warnings) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="roster-warnings"
          title={t('archive.import.warnings')}
          description={result.valid
            .filter((r) => r.warnings)
            .map((r) => (
              <div key={r.row}>
                {t('archive.import.warningRow', {
                  row: r.row,
                  text: (r.warnings ?? []).join('；'),
                })}
              </div>
            ))}
        />
      )}
      {result.valid.length > 0 && (
        <>
          <Typography.Title level={5}>{t('archive.import.preview')}</Typography.Title>
          <Table<RosterRecord>
            size="small"
            rowKey="row"
            columns={validColumns()}
            dataSource={result.valid}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
          />
        </>
      )}
    </div>
  );
}
