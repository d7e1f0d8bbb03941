import { Alert, App, Checkbox, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatHundredths, parseHundredths, type MeterKind } from '@shared/domain/billing';
import { readingImportRows } from '@shared/domain/meters';
import { formatUnitCode, parseUnitCode } from '@shared/domain/units';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FileButton } from '../../components/FileButton';
import type { ImportCheck, SheetRow } from '../../db/repositories/meterRepository';
import { MonthFilter } from '../../components/MonthFilter';
import { t } from '../../i18n';
import { readRosterFile } from '../archive/excel/readRosterFile';
import { messageOf } from '../../i18n/domainText';

interface RowEntry {
  value: string;
  replace: boolean;
  oldFinal: string;
  newStart: string;
  error?: string;
}

const EMPTY: RowEntry = { value: '', replace: false, oldFinal: '', newStart: '' };

const unitCodeOf = (text: string) => {
  const parts = parseUnitCode(text);
  return parts ? formatUnitCode(parts) : null;
};

/**
 * 抄表: a building's units in order with the last reading; type a reading and Enter saves it and
 * moves to the next unit. A reading below the last is refused unless 换表 is ticked with the old
 * meter's final and the new meter's start reading. Excel import checks every row first.
 */
export function MetersPanel({ month: initialMonth }: { month: string }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const buildings = useLiveQuery(() => repos.bills.buildings(), [repos]) ?? [];
  const [building, setBuilding] = useState('');
  const [meter, setMeter] = useState<MeterKind>('water');
  const [month, setMonth] = useState(initialMonth);
  const [entries, setEntries] = useState<Record<string, RowEntry>>({});
  const [checks, setChecks] = useState<ImportCheck[] | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const chosen = building || buildings[0] || '';
  const rows = useLiveQuery(
    () => (chosen ? repos.meters.sheet(chosen, meter, month) : Promise.resolve([] as SheetRow[])),
    [repos, chosen, meter, month],
  );
  const entry = (id: string) => entries[id] ?? EMPTY;
  const setEntry = (id: string, patch: Partial<RowEntry>) =>
    setEntries((e) => ({ ...e, [id]: { ...(e[id] ?? EMPTY), ...patch } }));
  const focusNext = (index: number) => {
    const next = document.querySelector<HTMLInputElement>(`[data-meter-row="${index + 1}"]`);
    next?.focus();
  };

  const save = async (row: SheetRow, index: number) => {
    const e = entry(row.unitId);
    const value = parseHundredths(e.value);
    if (value === null) {
      setEntry(row.unitId, { error: t('fees.meters.value') });
      return;
    }
    const oldFinal = parseHundredths(e.oldFinal);
    const newStart = parseHundredths(e.newStart);
    try {
      await repos.meters.save(actor, {
        unitId: row.unitId,
        meter,
        month,
        value,
        ...(e.replace && oldFinal !== null && newStart !== null
          ? { replacement: { oldFinal, newStart } }
          : {}),
      });
      setEntries((all) => {
        const { [row.unitId]: _done, ...rest } = all;
        return rest;
      });
      focusNext(index);
    } catch (err) {
      setEntry(row.unitId, { error: messageOf(err) });
    }
  };

  const readFile = async (file: File) => {
    setImportError(null);
    try {
      const sheet = await readRosterFile(await file.arrayBuffer());
      const read = readingImportRows(sheet.headers, sheet.rows, unitCodeOf, parseHundredths);
      if (read.missing.length > 0) {
        setImportError(`缺少列：${read.missing.join('、')}`);
        return;
      }
      setChecks(await repos.meters.checkImport(read.rows.map((r) => ({ ...r, meter, month }))));
    } catch (err) {
      setImportError(messageOf(err));
    }
  };
  const okRows = (checks ?? []).filter((c) => c.request);

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="meters-panel">
      <Space wrap>
        <span>{t('fees.meters.building')}</span>
        <Select
          style={{ width: 120 }}
          value={chosen}
          onChange={setBuilding}
          data-testid="meters-building"
          options={buildings.map((b) => ({ value: b, label: b }))}
        />
        <Select
          style={{ width: 100 }}
          value={meter}
          onChange={setMeter}
          data-testid="meters-meter"
          options={[
            { value: 'water', label: t('fees.meters.water') },
            { value: 'power', label: t('fees.meters.power') },
          ]}
        />
        <MonthFilter
          label={t('fees.meters.month')}
          state={[month, setMonth]}
          testId="meters-month"
        />
        <FileButton
          onFile={(f) => void readFile(f)}
          testId="meters-import"
          inputTestId="meters-file"
        >
          {t('fees.meters.import')}
        </FileButton>
      </Space>
      <Typography.Text type="secondary">{t('fees.meters.hint')}</Typography.Text>
      {importError && <Alert type="error" title={importError} data-testid="meters-import-error" />}
      <Table<SheetRow>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={rows ?? []}
        loading={rows === undefined}
        data-testid="meters-table"
        columns={[
          { title: t('fees.col.unit'), dataIndex: 'unitCode', width: 110 },
          {
            title: t('fees.meters.previous'),
            width: 100,
            render: (_, r) => (r.previous === undefined ? '—' : formatHundredths(r.previous)),
          },
          {
            title: t('fees.meters.value'),
            width: 300,
            render: (_, r, index) => {
              const e = entry(r.unitId);
              const keys = (ev: React.KeyboardEvent<HTMLInputElement>) => {
                if (ev.key === 'Enter') {
                  ev.preventDefault();
                  void save(r, index);
                }
              };
              // A replaced meter's two readings: the old meter's last, the new one's first.
              const replaced = (field: 'oldFinal' | 'newStart', testId: string) => (
                <Input
                  style={{ width: 90 }}
                  placeholder={t(`fees.meters.${field}`)}
                  value={e[field]}
                  data-testid={testId}
                  onChange={(ev) => setEntry(r.unitId, { [field]: ev.target.value })}
                  onKeyDown={keys}
                />
              );
              return (
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space size={4}>
                    <Input
                      style={{ width: 110 }}
                      value={e.value}
                      placeholder={r.current ? formatHundredths(r.current.value) : ''}
                      data-meter-row={index}
                      data-testid={`meter-value-${r.unitCode}`}
                      onChange={(ev) =>
                        setEntry(r.unitId, { value: ev.target.value, error: undefined })
                      }
                      onKeyDown={keys}
                    />
                    <Checkbox
                      checked={e.replace}
                      data-testid={`meter-replace-${r.unitCode}`}
                      onChange={(ev) => setEntry(r.unitId, { replace: ev.target.checked })}
                    >
                      {t('fees.meters.replace')}
                    </Checkbox>
                    {e.replace && (
                      <>
                        {replaced('oldFinal', `meter-old-${r.unitCode}`)}
                        {replaced('newStart', `meter-new-${r.unitCode}`)}
                      </>
                    )}
                  </Space>
                  {e.error && (
                    <Typography.Text type="danger" data-testid={`meter-error-${r.unitCode}`}>
                      {e.error}
                    </Typography.Text>
                  )}
                </Space>
              );
            },
          },
          {
            title: t('fees.meters.consumption'),
            width: 120,
            render: (_, r) =>
              r.current ? (
                <Space size={4} data-testid={`meter-use-${r.unitCode}`}>
                  {formatHundredths(r.current.consumption)}
                  {r.current.replacement && <Tag>{t('fees.meters.replace')}</Tag>}
                  {r.current.unusual && <Tag color="red">{t('fees.meters.unusual')}</Tag>}
                </Space>
              ) : (
                ''
              ),
          },
        ]}
      />
      {checks && (
        <Modal
          open
          title={t('fees.meters.importTitle')}
          onCancel={() => setChecks(null)}
          okText={t('fees.meters.importConfirm', { count: okRows.length })}
          okButtonProps={{
            disabled: okRows.length === 0,
            ...({ 'data-testid': 'meters-import-ok' } as Record<string, string>),
          }}
          onOk={async () => {
            const count = await repos.meters.commitImport(
              actor,
              okRows.map((c) => c.request!),
            );
            setChecks(null);
            void message.success(t('fees.meters.imported', { count }));
          }}
        >
          <div data-testid="meters-import-preview">
            <Typography.Paragraph>
              {t('fees.meters.importRows', {
                ok: okRows.length,
                bad: checks.length - okRows.length,
              })}
            </Typography.Paragraph>
            {checks
              .filter((c) => c.problems.length > 0)
              .map((c) => (
                <Typography.Paragraph key={c.row} type="danger" style={{ margin: 0 }}>
                  {t('fees.meters.rowError', {
                    row: c.row,
                    error: `${c.unitCode} ${c.problems.join('；')}`,
                  })}
                </Typography.Paragraph>
              ))}
          </div>
        </Modal>
      )}
    </Space>
  );
}
