import { Form, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { buildCalendar } from '@shared/domain/calendar';
import { formatFen } from '@shared/domain/money';
import { contactToFill } from '@shared/domain/repairs';
import { BOOKER_KINDS, VenueRuleError, bookingCharges, hoursOn } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useSetting } from '../../app/useSetting';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { ValueBox } from '../../components/ValueBox';
import { plainError, useRecordForm } from '../../components/useDraftForm';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import type { VenueBookingRecord } from '../../db/records';
import { t, type zhCN } from '../../i18n';
import {
  blankBooking,
  bookingResolver,
  toBookingInput,
  type BookingContext,
  type BookingValues,
} from './venueForm';

type TextName =
  'from' | 'to' | 'orgName' | 'contactName' | 'contactPhone' | 'purpose' | 'attendees' | 'note';

const L = Field.labelsIn('venues.form');
const bookerChoices = () => Field.choices(BOOKER_KINDS, (k) => t(`venues.booker.${k}`));

/** 场地使用申请: space, date and slot, who books, purpose. Ctrl+S saves. */
export function BookingFormModal(
  props: RecordFormProps<VenueBookingRecord> & {
    initial?: Partial<BookingValues>;
  },
) {
  const repos = useRepos();
  const { actor } = useSession();
  const spaces = useLiveQuery(() => repos.venues.spaces(), [repos]);
  const overrides = useSetting('calendarOverrides');
  const venueSettings = useSetting('venues');
  const [box] = useState(
    () => new ValueBox<BookingContext>({ spaces: [], sameDay: [], calendar: buildCalendar() }),
  );
  const resolver = useMemo(() => bookingResolver(box.get), [box]);
  const { form, frame } = useRecordForm<BookingValues, VenueBookingRecord>({
    draftKey: 'venues.new',
    resolver,
    defaults: () => blankBooking(props.initial),
    save: (v) => repos.venues.create(actor, toBookingInput(v)),
    onSaved: props.onSaved,
    // A clash found in the write (another desk took the slot) shows at its field.
    describe: (err) => {
      if (err instanceof VenueRuleError && err.field) {
        form.setError(err.field, { message: err.message });
        return null;
      }
      return plainError(err);
    },
  });
  const c = form.control;
  const [spaceId, date, from, to, bookerKind] = useWatch({
    control: c,
    name: ['spaceId', 'date', 'from', 'to', 'bookerKind'],
  });
  const sameDay = useLiveQuery(() => repos.venues.sameDay(spaceId, date), [repos, spaceId, date]);
  const calendar = useMemo(() => buildCalendar(overrides ?? []), [overrides]);
  // The day's bookings or the spaces arrived, or another part of the slot changed: check the
  // slot again at 开始时间 (a field's own change re-checks only that field).
  useEffect(() => {
    box.set({ spaces: spaces ?? [], sameDay: sameDay ?? [], calendar });
    if (form.getValues('from')) void form.trigger('from');
    if (form.getValues('attendees')) void form.trigger('attendees');
  }, [box, sameDay, spaces, calendar, form, spaceId, date, to]);

  const space = spaces?.find((s) => s.id === spaceId);
  const hours = space && /^\d{4}-\d{2}-\d{2}$/.test(date) ? hoursOn(space, date, calendar) : null;
  const charges =
    space && /^\d\d:\d\d$/.test(from) && /^\d\d:\d\d$/.test(to) && to > from
      ? bookingCharges(space, { from, to })
      : null;
  const F = useLabelledRows(c, L);
  // One row per text field: the label from the catalog, `venue-<name>` as its test id.
  const text = (
    name: TextName,
    label: keyof (typeof zhCN)['venues']['form'],
    o: { narrow?: boolean; placeholder?: string; required?: boolean; testId?: string } = {},
  ) => (
    <Field.Text
      control={c}
      name={name}
      label={t(`venues.form.${label}`)}
      required={o.required ?? true}
      {...(o.narrow ? { style: { width: 120 } } : {})}
      {...(o.placeholder ? { placeholder: o.placeholder } : {})}
      testId={`venue-${o.testId ?? name}`}
    />
  );
  const fillContact = (people: ArchivePerson[]) => {
    const fill = contactToFill(form.getValues(), people);
    if (!fill) return;
    form.setValue('contactName', fill.contactName, { shouldValidate: true });
    form.setValue('contactPhone', fill.contactPhone, { shouldValidate: true });
  };

  return (
    <FormModal
      title={t('venues.form.title')}
      testId="venue-form"
      width={680}
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('spaceId')}
      intro={
        venueSettings?.approvalRequired ? (
          <Typography.Paragraph type="secondary">{t('venues.form.approval')}</Typography.Paragraph>
        ) : undefined
      }
    >
      <F.Select
        name="spaceId"
        label={L('space')}
        required
        emptyIsNone
        testId="venue-space"
        options={(spaces ?? [])
          .filter((s) => s.active)
          .map((s) => ({ value: s.id, label: `${s.name}（${s.capacity} 人）` }))}
      />
      <F.Date name="date" required testId="venue-date" />
      {space && /^\d{4}-\d{2}-\d{2}$/.test(date) && (
        <Form.Item label=" " colon={false}>
          <Typography.Text type="secondary" data-testid="venue-hours">
            {hours
              ? t('venues.form.hours', { space: space.name, from: hours.from, to: hours.to })
              : t('venues.form.closed', { space: space.name })}
          </Typography.Text>
        </Form.Item>
      )}
      {text('from', 'from', { narrow: true, placeholder: t('venues.form.fromHint') })}
      {text('to', 'to', { narrow: true, placeholder: '11:00' })}
      <F.Radio name="bookerKind" required solid testId="venue-booker" options={bookerChoices()} />
      {bookerKind === 'unit' ? (
        <F.Unit
          name="unitCode"
          label={L('unit')}
          required
          testId="venue-unit"
          onUnit={(id) => form.setValue('unitId', id)}
          onPeople={fillContact}
        />
      ) : (
        text('orgName', 'org', { testId: 'org' })
      )}
      {text('contactName', 'contact', { testId: 'contact' })}
      {text('contactPhone', 'phone', { testId: 'phone' })}
      {text('purpose', 'purpose')}
      {text('attendees', 'attendees', { narrow: true })}
      {charges && (
        <Form.Item label=" " colon={false}>
          <Typography.Text strong data-testid="venue-charges">
            {charges.totalFen === 0
              ? t('venues.form.free')
              : t('venues.form.charges', {
                  fee: formatFen(charges.feeFen),
                  deposit: formatFen(charges.depositFen),
                })}
          </Typography.Text>
        </Form.Item>
      )}
      {text('note', 'note', { required: false })}
    </FormModal>
  );
}
