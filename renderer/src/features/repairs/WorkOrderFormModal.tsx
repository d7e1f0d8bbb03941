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
import { useLabelledRows } from '../../components/labelledRows';
import { useDraftForm, useFormSave } from '../../components/useDraftForm';
import { UnitField } from '../../components/UnitField';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import type { CaseRecord, EnquiryRecord, WorkOrderRecord } from '../../db/records';
import { GradeTag } from '../../components/GradeTag';
import { t } from '../../i18n';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { useSetting } from '../settings/useSettings';
import {
  errorText,
  newWorkOrderValues,
  toWorkOrderInput,
  type WorkOrderFormValues,
} from './workOrderForm';

const L = Field.labelsIn('repairs.form');

interface Props extends RecordFormProps<WorkOrderRecord> {
  kind: WorkOrderKind;
  /** 转派工单: the complaint the order is made from, and what it fills in. */
  fromCase?: { record: CaseRecord; values: Partial<WorkOrderFormValues> };
  /** 转派工单 from an enquiry (咨询). */
  fromEnquiry?: { record: EnquiryRecord; values: Partial<WorkOrderFormValues> };
}

/** 新建报修 / 新建服务 (or 转派工单 from a complaint): keyboard first, kept as a draft until saved. */
export function WorkOrderFormModal({ kind, onClose, onSaved, fromCase, fromEnquiry }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const resolver = useMemo(() => mappedZodResolver(workOrderInputSchema, toWorkOrderInput), []);
  const { form, draft, frame } = useDraftForm<WorkOrderFormValues>(
    fromCase
      ? `repairs.workOrder.case.${fromCase.record.id}`
      : fromEnquiry
        ? `repairs.workOrder.enquiry.${fromEnquiry.record.id}`
        : `repairs.workOrder.${kind}`,
    resolver,
    () => ({
      ...newWorkOrderValues(kind, kind === 'paidService' ? '客服' : '工程部'),
      ...fromCase?.values,
      ...fromEnquiry?.values,
    }),
  );
  const paidService = kind === 'paidService';
  const place = useWatch({ control: form.control, name: 'place' });
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const c = form.control;
  const F = useLabelledRows(c, L);

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
        : fromEnquiry
          ? await repos.enquiries.toWorkOrder(actor, fromEnquiry.record.id, input)
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
          : fromEnquiry
            ? `${t('repairs.form.title')} · ${t('enquiries.fromEnquiry')} ${fromEnquiry.record.no}`
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
        label={L('unit')}
        required={place === 'indoor'}
        testId="wo-unit"
        placeholder={t('repairs.form.unitPlaceholder')}
        style={{ width: 240 }}
        onUnit={(id) => form.setValue('unitId', id)}
        onPeople={fillContact}
        suffix={unitId ? <GradeTag unitId={unitId} /> : null}
      />
      <F.Text name="contactName" required testId="wo-contact" />
      <F.Text name="contactPhone" required testId="wo-phone" />
      {paidService && (
        <F.Radio
          name="serviceType"
          required
          testId="wo-service-type"
          options={Field.choices(SERVICE_TYPES, (s) => t(`repairs.serviceType.${s}`))}
        />
      )}
      <F.Text
        name="problem"
        label={t(paidService ? 'repairs.form.serviceProblem' : 'repairs.form.problem')}
        required
        testId="wo-problem"
      />
      <F.Radio
        name="place"
        testId="wo-place"
        options={Field.choices(REPAIR_PLACES, (p) => t(`repairs.place.${p}`))}
      />
      <F.Radio
        name="urgency"
        solid
        testId="wo-urgency"
        options={Field.choices(REPAIR_URGENCIES, (u) => t(`repairs.urgency.${u}`))}
      />
      {!paidService && (
        <FormField
          control={c}
          name="paid"
          label={L('paid')}
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
      <F.Select
        name="department"
        required
        style={{ width: 200 }}
        testId="wo-department"
        options={departments.map((d) => ({ value: d.name, label: d.name }))}
      />
      <F.Date
        name="appointment"
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
