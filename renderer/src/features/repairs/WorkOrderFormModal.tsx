import { App, Switch } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import {
  REPAIR_PLACES,
  REPAIR_URGENCIES,
  SERVICE_TYPES,
  contactToFill,
  workOrderInputSchema,
  type WorkOrderKind,
} from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { useDraftForm, useFormSave } from '../../components/useDraftForm';
import { UnitField } from '../../components/UnitField';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import type { CaseRecord, WorkOrderRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { useSetting } from '../settings/useSettings';
import {
  errorText,
  newWorkOrderValues,
  toWorkOrderInput,
  type WorkOrderFormValues,
} from './workOrderForm';
import { DateField } from '../../components/DateField';

interface Props {
  kind: WorkOrderKind;
  onClose: () => void;
  onSaved: (order: WorkOrderRecord) => void;
  /** 转派工单: the complaint the order is made from, and what it fills in. */
  fromCase?: { record: CaseRecord; values: Partial<WorkOrderFormValues> };
}

/** 新建报修 / 新建服务 (or 转派工单 from a complaint): keyboard first, kept as a draft until saved. */
export function WorkOrderFormModal({ kind, onClose, onSaved, fromCase }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const resolver = useMemo(() => mappedZodResolver(workOrderInputSchema, toWorkOrderInput), []);
  const { form, draft, frame } = useDraftForm<WorkOrderFormValues>(
    fromCase ? `repairs.workOrder.case.${fromCase.record.id}` : `repairs.workOrder.${kind}`,
    resolver,
    () => ({
      ...newWorkOrderValues(kind, kind === 'paidService' ? '客服' : '工程部'),
      ...fromCase?.values,
    }),
  );
  const paidService = kind === 'paidService';
  const place = useWatch({ control: form.control, name: 'place' });
  const c = form.control;

  // A unit picked from the archive brings its occupant as the contact, unless she typed one.
  const fillContact = (people: ArchivePerson[]) => {
    const fill = contactToFill(form.getValues(), people);
    if (!fill) return;
    form.setValue('contactName', fill.contactName, { shouldValidate: true });
    form.setValue('contactPhone', fill.contactPhone, { shouldValidate: true });
  };

  const { save, error } = useFormSave(
    form,
    async (values) => {
      const input = toWorkOrderInput(values);
      const order = fromCase
        ? await repos.workOrders.createFromCase(actor, fromCase.record.id, input)
        : await repos.workOrders.create(actor, input);
      draft.clear();
      void message.success(t('repairs.form.saved', { no: order.no }));
      onSaved(order);
    },
    errorText,
  );

  return (
    <FormModal
      title={
        fromCase
          ? t('repairs.fromCase.title', { no: fromCase.record.no })
          : t(paidService ? 'repairs.form.serviceTitle' : 'repairs.form.title')
      }
      testId="work-order-form"
      {...frame}
      error={error}
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('unitCode')}
    >
      <UnitField
        control={c}
        name="unitCode"
        label={t('repairs.form.unit')}
        required={place === 'indoor'}
        testId="wo-unit"
        placeholder={t('repairs.form.unitPlaceholder')}
        style={{ width: 240 }}
        onUnit={(id) => form.setValue('unitId', id)}
        onPeople={fillContact}
      />
      <Field.Text
        control={c}
        name="contactName"
        label={t('repairs.form.contactName')}
        required
        testId="wo-contact"
      />
      <Field.Text
        control={c}
        name="contactPhone"
        label={t('repairs.form.contactPhone')}
        required
        testId="wo-phone"
      />
      {paidService && (
        <Field.Radio
          control={c}
          name="serviceType"
          label={t('repairs.form.serviceType')}
          required
          testId="wo-service-type"
          options={Field.choices(SERVICE_TYPES, (s) => t(`repairs.serviceType.${s}`))}
        />
      )}
      <Field.Text
        control={c}
        name="problem"
        label={t(paidService ? 'repairs.form.serviceProblem' : 'repairs.form.problem')}
        required
        testId="wo-problem"
      />
      <Field.Radio
        control={c}
        name="place"
        label={t('repairs.form.place')}
        testId="wo-place"
        options={Field.choices(REPAIR_PLACES, (p) => t(`repairs.place.${p}`))}
      />
      <Field.Radio
        control={c}
        name="urgency"
        label={t('repairs.form.urgency')}
        solid
        testId="wo-urgency"
        options={Field.choices(REPAIR_URGENCIES, (u) => t(`repairs.urgency.${u}`))}
      />
      {!paidService && (
        <FormField
          control={c}
          name="paid"
          label={t('repairs.form.paid')}
          render={(field) => (
            <Switch
              checked={field.value}
              onChange={field.onChange}
              checkedChildren={t('repairs.paid.true')}
              unCheckedChildren={t('repairs.paid.false')}
              data-testid="wo-paid"
            />
          )}
        />
      )}
      <Field.Select
        control={c}
        name="department"
        label={t('repairs.form.department')}
        required
        style={{ width: 200 }}
        testId="wo-department"
        options={departments.map((d) => ({ value: d.name, label: d.name }))}
      />
      <DateField
        control={c}
        name="appointment"
        label={t('repairs.form.appointment')}
        kind="time"
        valueFormat="YYYY-MM-DD HH:mm"
        defaultTime="09:00"
        placeholder={t('repairs.form.appointmentPlaceholder')}
        style={{ width: 220 }}
        testId="wo-appointment"
      />
    </FormModal>
  );
}
