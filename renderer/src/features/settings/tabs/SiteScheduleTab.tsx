import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { siteScheduleSchema, type SiteSchedule } from '@shared/domain/siteDue';
import * as Field from '../../../components/fieldRows';
import { t } from '../../../i18n';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

/** The day's times are typed on one line (`10:00 15:00 20:00`). */
type ScheduleForm = Omit<SiteSchedule, 'patrolTimes' | 'deskCheckTimes'> & {
  patrolTimes: string;
  deskCheckTimes: string;
};

const times = (text: string) => text.split(/[\s,，、;；]+/).filter(Boolean);

const toSettings = (f: ScheduleForm): SiteSchedule => ({
  ...f,
  patrolTimes: times(f.patrolTimes),
  deskCheckTimes: times(f.deskCheckTimes),
});

// A bad time of a list is named at the list's one input (its issue path ends in the index).
const schema = z.custom<ScheduleForm>().superRefine((form, ctx) => {
  for (const issue of siteScheduleSchema.safeParse(toSettings(form)).error?.issues ?? [])
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.slice(0, 1) });
});

const TIME_FIELDS = ['patrolTimes', 'deskCheckTimes', 'inspectionTime', 'dailyLogTime'] as const;
const DAY_FIELDS = [
  'cleaningEveryDays',
  'greeneryEveryDays',
  'vacantCleanDay',
  'custodyCheckEveryDays',
  'signoffHours',
] as const;

/** 巡查计划: when patrols, inspections, the daily log and custody checks fall due (issue 19). */
export function SiteScheduleTab() {
  return <SettingTab setting="siteSchedule" Editor={SiteScheduleEditor} />;
}

function SiteScheduleEditor({ initial, editor }: SettingEditorProps<'siteSchedule'>) {
  const { form, frame } = useSettingTabForm<ScheduleForm, 'siteSchedule'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: {
      ...initial,
      patrolTimes: initial.patrolTimes.join(' '),
      deskCheckTimes: initial.deskCheckTimes.join(' '),
    },
    toSetting: toSettings,
  });
  const F = Field.useRows(form.control);

  return (
    <SettingForm {...frame} maxWidth={560} intro={t('settings.siteSchedule.intro')}>
      {TIME_FIELDS.map((name) => (
        <F.Text
          key={name}
          name={name}
          label={t(`settings.siteSchedule.${name}`)}
          extra={t(`settings.siteSchedule.${name}Extra`)}
          style={{ width: 260 }}
          testId={`site-schedule-${name}`}
        />
      ))}
      {DAY_FIELDS.map((name) => (
        <F.Number
          key={name}
          name={name}
          label={t(`settings.siteSchedule.${name}`)}
          precision={0}
          width={120}
          testId={`site-schedule-${name}`}
        />
      ))}
    </SettingForm>
  );
}
