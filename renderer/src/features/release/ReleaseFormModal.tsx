import { Alert, Button, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { releasePassSchema, type ReleasePassInput } from '@shared/domain/releasePass';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import type { ReleasePassRecord } from '../../db/records';
import { t } from '../../i18n';
import { mappedZodResolver } from '../../components/formResolver';
import { useFormKeys } from '../../components/useFormKeys';
import { UnitPicker } from '../../components/UnitPicker';
import { DateField } from '../../components/DateField';
import { domainText } from '../../i18n/domainText';

type Values = {
  unitId: string;
  unitCode: string;
  company: string;
  carrier: string;
  carrierPhone: string;
  approvedBy: string;
  outAt: string;
  items: { name: string; quantity: number }[];
  note: string;
};

/** Now as `YYYY-MM-DDTHH:mm` in local (office) time, for a datetime-local input. */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

const blank = (): Values => ({
  unitId: '',
  unitCode: '',
  company: '',
  carrier: '',
  carrierPhone: '',
  approvedBy: '',
  outAt: localNow(),
  items: [{ name: '', quantity: 1 }],
  note: '',
});

const toInput = (v: Values): ReleasePassInput => ({ ...v, unitId: v.unitId || undefined });

const DRAFT_KEY = 'release.new';

/** 开放行条: unit or company, carrier, items with quantities, who approved. Ctrl+S saves. */
export function ReleaseFormModal(props: {
  onClose: () => void;
  onSaved: (pass: ReleasePassRecord) => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'onChange',
    resolver: mappedZodResolver(releasePassSchema, toInput),
    defaultValues: blank(),
  });
  const draft = useFormDraft(DRAFT_KEY, form);
  const items = useFieldArray({ control: form.control, name: 'items' });
  const save = () =>
    void form.handleSubmit(async (v) => {
      setError(null);
      try {
        const pass = await repos.releasePasses.create(actor, toInput(v));
        draft.clear();
        props.onSaved(pass);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
  const onKeyDown = useFormKeys(save);
  const errors = form.formState.errors.items;
  // The list's own error (none, too many) or the first row's, shown once under the list.
  const itemMessage =
    errors?.message ??
    errors?.root?.message ??
    (Array.isArray(errors)
      ? domainText(errors.map((e) => e?.name?.message ?? e?.quantity?.message).find(Boolean))
      : undefined);

  return (
    <Modal
      open
      title={t('release.form.title')}
      width={680}
      onCancel={props.onClose}
      destroyOnHidden
      mask={{ closable: false }}
      afterOpenChange={(open) => open && form.setFocus('carrier')}
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" onClick={save} data-testid="release-form-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      <div onKeyDown={onKeyDown} data-testid="release-form">
        {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
        <Typography.Paragraph type="secondary">{t('release.form.dangerHint')}</Typography.Paragraph>
        <Form layout="horizontal" labelCol={{ flex: '100px' }} component="div">
          <FormField
            control={form.control}
            name="unitCode"
            label={t('release.form.unit')}
            render={(f) => (
              <UnitPicker
                id="unitCode"
                value={f.value}
                testId="release-unit"
                onChange={(code, id) => {
                  f.onChange(code);
                  form.setValue('unitId', id);
                }}
              />
            )}
          />
          <FormField
            control={form.control}
            name="company"
            label={t('release.form.company')}
            render={(f) => <Input {...f} id="company" data-testid="release-company" />}
          />
          <FormField
            control={form.control}
            name="carrier"
            label={t('release.form.carrier')}
            required
            render={(f) => <Input {...f} id="carrier" data-testid="release-carrier" />}
          />
          <FormField
            control={form.control}
            name="carrierPhone"
            label={t('release.form.carrierPhone')}
            render={(f) => <Input {...f} id="carrierPhone" data-testid="release-phone" />}
          />
          <FormField
            control={form.control}
            name="approvedBy"
            label={t('release.form.approvedBy')}
            required
            render={(f) => <Input {...f} id="approvedBy" data-testid="release-approved" />}
          />
          <DateField
            control={form.control}
            name="outAt"
            label={t('release.form.outAt')}
            required
            kind="time"
            testId="release-out-at"
          />
          <Form.Item
            label={t('release.form.items')}
            required
            validateStatus={itemMessage ? 'error' : undefined}
            help={itemMessage}
          >
            {items.fields.map((row, i) => (
              <Space key={row.id} style={{ display: 'flex', marginBottom: 4 }}>
                <Controller
                  control={form.control}
                  name={`items.${i}.name`}
                  render={({ field }) => (
                    <Input
                      {...field}
                      onChange={(e) => {
                        field.onChange(e);
                        void form.trigger('items');
                      }}
                      placeholder={t('release.form.itemName')}
                      data-testid={`release-item-${i}`}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name={`items.${i}.quantity`}
                  render={({ field }) => (
                    <InputNumber
                      {...field}
                      min={1}
                      onChange={(q) => {
                        field.onChange(q ?? 0);
                        void form.trigger('items');
                      }}
                      placeholder={t('release.form.quantity')}
                      id={`release-qty-${i}`}
                      data-testid={`release-qty-${i}`}
                    />
                  )}
                />
                {items.fields.length > 1 && <Button onClick={() => items.remove(i)}>×</Button>}
              </Space>
            ))}
            <Button
              onClick={() => items.append({ name: '', quantity: 1 })}
              disabled={items.fields.length >= 12}
              data-testid="release-add-item"
            >
              {t('release.form.addItem')}
            </Button>
          </Form.Item>
          <FormField
            control={form.control}
            name="note"
            label={t('release.form.note')}
            render={(f) => <Input {...f} id="note" />}
          />
        </Form>
      </div>
    </Modal>
  );
}
