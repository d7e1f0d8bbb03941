import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  calendarOverrideSchema,
  missingCalendarYears,
  officeDateOf,
  type CalendarOverride,
} from '@shared/domain/calendar';
import { useFormDraft } from '../../../components/useFormDraft';
import { t } from '../../../i18n';
import { formSchemaFor } from '../formSchema';
import { RoleNotice } from '../RoleNotice';
import { useWorkCalendar } from '../useSettings';
import { useSettingEditor } from '../useSettingEditor';
import { calendarYears, formatRun, yearRuns, type DayRun } from './calendarRuns';
import * as Field from '../../../components/fieldRows';
import { useLabelledRows } from '../../../components/labelledRows';

const L = Field.labelsIn('settings.calendar');

interface OverrideForm {
  date: string;
  kind: CalendarOverride['kind'];
  name: string;
}
const overrideFormSchema = formSchemaFor<OverrideForm>(calendarOverrideSchema);
const EMPTY: OverrideForm = { date: '', kind: 'holiday', name: '' };

function Runs({ title, runs, color }: { title: string; runs: DayRun[]; color: string }) {
  return (
    <Card size="small" title={title}>
      {runs.length === 0 && (
        <Typography.Text type="secondary">{t('settings.calendar.none')}</Typography.Text>
      )}
      {runs.map((r) => (
        <Tag key={r.from} color={r.local ? 'purple' : color} style={{ marginBottom: 4 }}>
          {formatRun(r)}
          {r.name ? ` ${r.name}` : ''}
          {r.local ? `（${t('settings.calendar.local')}）` : ''}
        </Tag>
      ))}
    </Card>
  );
}

/** 工作日历: the year's holidays and make-up days, and the local overrides that win over them. */
export function CalendarTab() {
  const editor = useSettingEditor('calendarOverrides');
  const calendar = useWorkCalendar();
  const thisYear = Number(officeDateOf(new Date().toISOString()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const overrides = editor.value;

  const form = useForm<OverrideForm>({
    mode: 'onChange',
    resolver: zodResolver(overrideFormSchema),
    defaultValues: EMPTY,
  });

  const F = useLabelledRows(form.control, L);
  const draft = useFormDraft('settings.calendarOverride', form);

  const missing = useMemo(
    () => (overrides ? missingCalendarYears(new Date().toISOString(), overrides) : []),
    [overrides],
  );
  if (!overrides || !calendar) return <Spin />;
  const { canEdit, requiredRole, save } = editor;

  const add = form.handleSubmit(async ({ date, kind, name }) => {
    const entry: CalendarOverride = { date, kind, ...(name.trim() ? { name: name.trim() } : {}) };
    const next = [...overrides.filter((o) => o.date !== date), entry].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    if (await save(next)) {
      draft.clear();
      form.reset(EMPTY);
    }
  });
  const removeOverride = (date: string) => void save(overrides.filter((o) => o.date !== date));

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('settings.calendar.intro')}</Typography.Paragraph>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-missing-years"
          title={t('settings.calendar.missingYears', { years: missing.join('、') })}
        />
      )}
      <Select
        value={year}
        onChange={setYear}
        style={{ width: 140 }}
        aria-label={L('year')}
        data-testid="calendar-year"
        options={calendarYears(calendar, thisYear).map((y) => ({
          value: y,
          label: t('settings.calendar.yearOption', { year: y }),
        }))}
      />
      <Row gutter={16}>
        {(['holidays', 'workdays'] as const).map((kind) => (
          <Col span={12} key={kind}>
            <Runs
              title={t(`settings.calendar.${kind}`)}
              runs={yearRuns(calendar[kind], year, overrides)}
              color={kind === 'holidays' ? 'red' : 'blue'}
            />
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('settings.calendar.localOverrides')}>
        <Table<CalendarOverride>
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={overrides}
          locale={{ emptyText: t('settings.calendar.noLocal') }}
          columns={[
            { title: t('settings.calendar.date'), dataIndex: 'date' },
            {
              title: t('settings.calendar.kind'),
              dataIndex: 'kind',
              render: (k: CalendarOverride['kind']) =>
                k === 'holiday'
                  ? t('settings.calendar.kindHoliday')
                  : t('settings.calendar.kindWorkday'),
            },
            { title: t('settings.calendar.name'), dataIndex: 'name' },
            {
              title: '',
              key: 'remove',
              render: (_: unknown, o) => (
                <Button type="link" disabled={!canEdit} onClick={() => removeOverride(o.date)}>
                  {t('settings.calendar.remove')}
                </Button>
              ),
            },
          ]}
        />
        <form onSubmit={(e) => void add(e)} aria-label={L('addTitle')} style={{ marginTop: 12 }}>
          <Form layout="inline" component={false} disabled={!canEdit}>
            <Space align="start" wrap>
              <F.Date name="date" style={{ width: 150 }} testId="calendar-date" />
              <F.Radio
                name="kind"
                round
                options={[
                  { value: 'holiday', label: t('settings.calendar.kindHoliday') },
                  { value: 'workday', label: t('settings.calendar.kindWorkday') },
                ]}
              />
              <F.Text
                name="name"
                placeholder={t('settings.calendar.namePlaceholder')}
                style={{ width: 140 }}
              />
              <Button
                type="primary"
                htmlType="submit"
                disabled={!canEdit}
                data-testid="calendar-add"
              >
                {t('settings.calendar.add')}
              </Button>
            </Space>
          </Form>
        </form>
      </Card>
    </Space>
  );
}
