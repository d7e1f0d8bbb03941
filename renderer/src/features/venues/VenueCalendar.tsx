import { Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { buildCalendar } from '@shared/domain/calendar';
import { addDaysToDate } from '@shared/domain/officeTime';
import { hoursOn, weekdayIndex } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSetting } from '../../app/useSetting';
import { DateInput } from '../../components/DateInput';
import type { VenueBookingRecord, VenueSpaceRecord } from '../../db/records';
import { t } from '../../i18n';
import { bookerText, statusColor, WEEKDAY_KEYS } from './bookingText';

type Mode = 'day' | 'week';

/** The dates a view shows: the day, or Monday to Sunday of its week. */
function datesOf(mode: Mode, date: string): string[] {
  if (mode === 'day') return [date];
  const monday = addDaysToDate(date, -weekdayIndex(date));
  return Array.from({ length: 7 }, (_, i) => addDaysToDate(monday, i));
}

const live = (b: VenueBookingRecord) => b.status !== 'refused' && b.status !== 'cancelled';

/**
 * 日历: spaces down, days across (one day or a week); each booking a button (Tab reaches it,
 * Enter opens it), each open day a 预约 button that starts a booking of that space and date.
 */
export function VenueCalendar(props: {
  spaces: readonly VenueSpaceRecord[];
  today: string;
  onOpen: (id: string) => void;
  onNew: (spaceId: string, date: string) => void;
}) {
  const repos = useRepos();
  const overrides = useSetting('calendarOverrides');
  const cal = useMemo(() => buildCalendar(overrides ?? []), [overrides]);
  const [mode, setMode] = useState<Mode>('week');
  const [date, setDate] = useState(props.today);
  const dates = datesOf(mode, date);
  const first = dates[0] ?? date;
  const last = dates[dates.length - 1] ?? date;
  const rows = useLiveQuery(() => repos.venues.between(first, last), [repos, first, last]);
  const step = mode === 'day' ? 1 : 7;
  const unit = t(`venues.calendar.${mode}`);

  const cell = (space: VenueSpaceRecord, day: string) => {
    const hours = hoursOn(space, day, cal);
    const booked = (rows ?? []).filter((b) => b.spaceId === space.id && b.date === day && live(b));
    return (
      <Space direction="vertical" size={2} data-testid={`venue-cell-${day}`}>
        {hours ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hours.from}–{hours.to}
          </Typography.Text>
        ) : (
          <Tag>{t('venues.calendar.closed')}</Tag>
        )}
        {booked.map((b) => (
          <Button
            key={b.id}
            size="small"
            onClick={() => props.onOpen(b.id)}
            data-testid="venue-cal-booking"
            title={`${b.no} ${b.purpose}`}
          >
            <Tag color={statusColor(b.status)} style={{ marginInlineEnd: 4 }}>
              {t(`venues.status.${b.status}`)}
            </Tag>
            {b.from}–{b.to} {bookerText(b)}
          </Button>
        ))}
        {hours && space.active && (
          <Button
            size="small"
            type="dashed"
            onClick={() => props.onNew(space.id, day)}
            aria-label={`${space.name} ${day} ${t('venues.page.new')}`}
          >
            +
          </Button>
        )}
      </Space>
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="venue-calendar">
      <Space wrap>
        <Segmented<Mode>
          value={mode}
          onChange={setMode}
          options={[
            { value: 'day', label: t('venues.calendar.day') },
            { value: 'week', label: t('venues.calendar.week') },
          ]}
          data-testid="venue-cal-mode"
        />
        <Button onClick={() => setDate(addDaysToDate(date, -step))} data-testid="venue-cal-prev">
          {t('venues.calendar.prev', { unit })}
        </Button>
        <DateInput
          id="venue-cal-date"
          value={date}
          onChange={(d) => d && setDate(d)}
          testId="venue-cal-date"
        />
        <Button onClick={() => setDate(addDaysToDate(date, step))} data-testid="venue-cal-next">
          {t('venues.calendar.next', { unit })}
        </Button>
        <Button onClick={() => setDate(props.today)}>{t('venues.calendar.today')}</Button>
        <Typography.Text type="secondary">{t('venues.calendar.hint')}</Typography.Text>
      </Space>
      {props.spaces.length === 0 ? (
        <Empty description={t('venues.page.noSpaces')} />
      ) : (
        <Table<VenueSpaceRecord>
          size="small"
          rowKey="id"
          pagination={false}
          loading={rows === undefined}
          dataSource={[...props.spaces]}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('venues.col.space'), dataIndex: 'name', width: 120, fixed: 'left' },
            ...dates.map((day) => ({
              key: day,
              title: (
                <span style={{ fontWeight: day === props.today ? 700 : 400 }}>
                  {t(`venues.weekday.${WEEKDAY_KEYS[weekdayIndex(day)] ?? 'mon'}`)} {day.slice(5)}
                </span>
              ),
              width: mode === 'day' ? 360 : 170,
              render: (_: unknown, space: VenueSpaceRecord) => cell(space, day),
            })),
          ]}
        />
      )}
    </Space>
  );
}
