import { Alert, App, Input, Radio, Select, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
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
import { useFormDraft } from '../../components/useFormDraft';
import type { CaseRecord, EnquiryRecord, WorkOrderRecord } from '../../db/records';
import { GradeTag } from '../../components/GradeTag';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { UnitPicker } from '../../components/UnitPicker';
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
  /** 转派工单 from an enquiry (咨询). */
  fromEnquiry?: { record: EnquiryRecord; values: Partial<WorkOrderFormValues> };
}

/** 新建报修 / 新建服务 (or 转派工单 from a complaint): keyboard first, kept as a draft until saved. */
export function WorkOrderFormModal({ kind, onClose, onSaved, fromCase, fromEnquiry }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const [defaults] = useState(() => ({
    ...newWorkOrderValues(kind, kind === 'paidService' ? '客服' : '工程部'),
    ...fromCase?.values,
    ...fromEnquiry?.values,
  }));
  const resolver = useMemo(() => mappedZodResolver(workOrderInputSchema, toWorkOrderInput), []);
  const form = useForm<WorkOrderFormValues>({
    mode: 'onChange',
    resolver,
    defaultValues: defaults,
  });
  const draft = useFormDraft(
    fromCase
      ? `repairs.workOrder.case.${fromCase.record.id}`
      : fromEnquiry
        ? `repairs.workOrder.enquiry.${fromEnquiry.record.id}`
        : `repairs.workOrder.${kind}`,
    form,
  );
  const [error, setError] = useState<string | null>(null);
  const paidService = kind === 'paidService';
  const place = useWatch({ control: form.control, name: 'place' });
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const c = form.control;

  // A unit picked from the archive brings its occupant as the contact, unless she typed one.
  const fillContact = async (unitId: string) => {
    const people = await repos.people.listByUnit(unitId);
    const fill = contactToFill(form.getValues(), people);
    if (!fill) return;
    form.setValue('contactName', fill.contactName, { shouldValidate: true });
    form.setValue('contactPhone', fill.contactPhone, { shouldValidate: true });
  };

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      try {
        const input = toWorkOrderInput(values);
        const order = fromCase
          ? await repos.workOrders.createFromCase(actor, fromCase.record.id, input)
          : fromEnquiry
            ? await repos.enquiries.toWorkOrder(actor, fromEnquiry.record.id, input)
            : await repos.workOrders.create(actor, input);
        draft.clear();
        void message.success(t('repairs.form.saved', { no: order.no }));
        onSaved(order);
      } catch (err) {
        setError(errorText(err));
      }
    })();

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
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('unitCode')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <FormField
        control={c}
        name="unitCode"
        label={t('repairs.form.unit')}
        required={place === 'indoor'}
        render={(field) => (
          <UnitPicker
            id="unitCode"
            value={field.value}
            testId="wo-unit"
            placeholder={t('repairs.form.unitPlaceholder')}
            style={{ width: 240 }}
            onChange={(code, id) => {
              field.onChange(code);
              form.setValue('unitId', id);
              if (id) void fillContact(id);
            }}
          />
        )}
      />
      {unitId && (
        <div style={{ margin: '-8px 0 8px 88px' }}>
          <GradeTag unitId={unitId} />
        </div>
      )}
      <FormField
        control={c}
        name="contactName"
        label={t('repairs.form.contactName')}
        required
        render={(field) => <Input {...field} id="contactName" data-testid="wo-contact" />}
      />
      <FormField
        control={c}
        name="contactPhone"
        label={t('repairs.form.contactPhone')}
        required
        render={(field) => <Input {...field} id="contactPhone" data-testid="wo-phone" />}
      />
      {paidService && (
        <FormField
          control={c}
          name="serviceType"
          label={t('repairs.form.serviceType')}
          required
          render={(field) => (
            <Radio.Group
              {...field}
              optionType="button"
              data-testid="wo-service-type"
              options={SERVICE_TYPES.map((s) => ({
                value: s,
                label: t(`repairs.serviceType.${s}`),
              }))}
            />
          )}
        />
      )}
      <FormField
        control={c}
        name="problem"
        label={t(paidService ? 'repairs.form.serviceProblem' : 'repairs.form.problem')}
        required
        render={(field) => <Input {...field} id="problem" data-testid="wo-problem" />}
      />
      <FormField
        control={c}
        name="place"
        label={t('repairs.form.place')}
        render={(field) => (
          <Radio.Group
            {...field}
            optionType="button"
            data-testid="wo-place"
            options={REPAIR_PLACES.map((p) => ({ value: p, label: t(`repairs.place.${p}`) }))}
          />
        )}
      />
      <FormField
        control={c}
        name="urgency"
        label={t('repairs.form.urgency')}
        render={(field) => (
          <Radio.Group
            {...field}
            optionType="button"
            buttonStyle="solid"
            data-testid="wo-urgency"
            options={REPAIR_URGENCIES.map((u) => ({ value: u, label: t(`repairs.urgency.${u}`) }))}
          />
        )}
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
      <FormField
        control={c}
        name="department"
        label={t('repairs.form.department')}
        required
        render={(field) => (
          <Select
            {...field}
            style={{ width: 200 }}
            data-testid="wo-department"
            options={departments.map((d) => ({ value: d.name, label: d.name }))}
          />
        )}
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
