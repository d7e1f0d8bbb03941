import { Alert, App, Button, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import {
  MAIL_KINDS,
  mailBatchInputSchema,
  mailRowProblems,
  type MailKind,
} from '@shared/domain/mail';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { UnitField } from '../../components/UnitField';
import { mappedZodResolver } from '../../components/formResolver';
import { useFormDraft } from '../../components/useFormDraft';
import { t } from '../../i18n';
import { errorText } from '../repairs/workOrderForm';
import { domainText } from '../../i18n/domainText';

// A type, not an interface: the domain schema reads rows as records of unknown fields.
type Row = {
  kind: MailKind;
  count: number;
  unitId: string;
  unitCode: string;
  addressee: string;
  trackingNo: string;
};
interface Values {
  carrier: string;
  items: Row[];
}

/** Column labels over the rows, as wide as the inputs below them. */
const HEADERS = [
  ['unit', 130],
  ['kind', 96],
  ['count', 64],
  ['addressee', 100],
  ['trackingNo', 170],
] as const;

const emptyRow = (kind: MailKind = 'letter'): Row => ({
  kind,
  count: 1,
  unitId: '',
  unitCode: '',
  addressee: '',
  trackingNo: '',
});

function RowFields({
  control,
  index,
  onUnit,
  problem,
}: {
  control: Control<Values>;
  index: number;
  onUnit: (id: string) => void;
  /** Why the row cannot be signed for, once a save was tried. */
  problem: string | undefined;
}) {
  const at = <K extends keyof Row>(k: K) => `items.${index}.${k}` as const;
  // Every cell of the row: no label (the columns have headers), the message shown below the row.
  const cell = { control, label: '', hideHelp: true };
  return (
    <div data-testid={`mail-row-${index}`} data-problem={problem ? 'true' : undefined}>
      <Space align="start" size={6}>
        <UnitField
          {...cell}
          name={at('unitCode')}
          onUnit={onUnit}
          placeholder={t('mail.col.unit')}
          testId={`mail-row-${index}-unit`}
          style={{ width: 130 }}
        />
        <Field.Select
          {...cell}
          name={at('kind')}
          style={{ width: 96 }}
          options={Field.choices(MAIL_KINDS, (k) => t(`mail.kind.${k}`))}
          testId={`mail-row-${index}-kind`}
        />
        <FormField
          {...cell}
          name={at('count')}
          render={(f) => (
            <InputNumber
              {...f}
              min={1}
              max={999}
              style={{ width: 64 }}
              onChange={(v) => f.onChange(v ?? 0)}
            />
          )}
        />
        <Field.Text
          {...cell}
          name={at('addressee')}
          placeholder={t('mail.col.addressee')}
          style={{ width: 100 }}
          testId={`mail-row-${index}-addressee`}
        />
        <Field.Text
          {...cell}
          name={at('trackingNo')}
          placeholder={t('mail.col.trackingNo')}
          style={{ width: 170 }}
          data-row-last="true"
          data-row-index={index}
          testId={`mail-row-${index}-tracking`}
        />
      </Space>
      {problem && (
        <Typography.Text
          type="danger"
          style={{ display: 'block', marginTop: -16, marginBottom: 8 }}
          data-testid={`mail-row-${index}-problem`}
        >
          {t('mail.batch.rowProblem', { n: index + 1, message: domainText(problem) })}
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * 批量登记: a morning's delivery typed row after row. Enter moves along a row; Enter in the
 * tracking-number box of the last row starts the next row with the same kind and puts the
 * cursor in it; Ctrl+S signs for all of it. Blank rows are left out; if any other row cannot
 * be signed for, nothing is saved, each such row says why, and everything typed stays.
 */
export function MailBatchModal({ onClose }: { onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'onChange',
    // Errors keep their row and field (`items.2.unitCode`): the field turns red, the row says why.
    resolver: mappedZodResolver(mailBatchInputSchema, (v: Values) => v, { perRowErrors: true }),
    defaultValues: { carrier: '', items: [emptyRow()] },
  });
  const F = Field.useRows(form.control);
  const draft = useFormDraft('mail.batch', form);
  const rows = useFieldArray({ control: form.control, name: 'items' });

  const tried = form.formState.submitCount > 0;
  const items = useWatch({ control: form.control, name: 'items' });
  const problems = tried ? mailRowProblems(items) : new Map<number, string>();

  const save = () =>
    void form.handleSubmit(
      async (v) => {
        setError(null);
        try {
          const saved = await repos.mail.receiveBatch(actor, v);
          draft.clear();
          void message.success(t('mail.batch.saved', { count: saved.length }));
          onClose();
        } catch (err) {
          setError(errorText(err));
        }
      },
      (errors) => {
        const bad = mailRowProblems(form.getValues('items')).size;
        // Only blank rows: the list itself is refused (至少登记一件).
        setError(
          bad > 0
            ? t('mail.batch.notSaved', { count: bad })
            : (domainText(errors.items?.message) ?? null),
        );
      },
    )();

  /** Puts the cursor into a row's unit box once the row is on screen. */
  const focusRow = (index: number) =>
    setTimeout(
      () =>
        document.querySelector<HTMLInputElement>(`[data-testid="mail-row-${index}-unit"]`)?.focus(),
      0,
    );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      save();
      return;
    }
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || !(e.target instanceof HTMLInputElement))
      return;
    if (e.target.getAttribute('aria-expanded') === 'true') return;
    e.preventDefault();
    if (e.target.dataset.rowLast === 'true') {
      const current = form.getValues('items');
      const index = Number(e.target.dataset.rowIndex);
      if (index >= current.length - 1) rows.append(emptyRow(current.at(-1)?.kind));
      focusRow(index + 1);
      return;
    }
    const fields = Array.from(
      e.currentTarget.querySelectorAll<HTMLInputElement>('input:not([disabled])'),
    );
    fields[fields.indexOf(e.target) + 1]?.focus();
  };

  return (
    <Modal
      open
      title={t('mail.batch.title')}
      width={760}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      afterOpenChange={(open) => {
        // The clerk may already be typing in a row when the opening animation ends.
        const typing = document.activeElement?.closest('[data-testid="mail-batch"]');
        if (open && !typing) form.setFocus('carrier');
      }}
      footer={[
        <Typography.Text key="hint" type="secondary" style={{ float: 'left', lineHeight: '32px' }}>
          {t('mail.batch.hint')}
        </Typography.Text>,
        <Button key="add" onClick={() => rows.append(emptyRow())} data-testid="mail-add-row">
          {t('mail.batch.addRow')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={form.formState.isSubmitting}
          onClick={save}
          data-testid="mail-batch-save"
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      <div onKeyDown={onKeyDown} data-testid="mail-batch">
        {draft.restored && (
          <Alert
            type="info"
            showIcon
            title={t('common.draftRestored')}
            style={{ marginBottom: 8 }}
          />
        )}
        {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
        <Form layout="vertical" component="div">
          <F.Text
            name="carrier"
            label={t('mail.batch.carrier')}
            required
            placeholder={t('mail.batch.carrierPlaceholder')}
            style={{ width: 240 }}
            testId="mail-carrier"
          />
          <Space size={6} style={{ marginBottom: 4 }}>
            {HEADERS.map(([key, width]) => (
              <Typography.Text
                key={key}
                type="secondary"
                style={{ display: 'inline-block', width }}
              >
                {t(`mail.col.${key}`)}
              </Typography.Text>
            ))}
          </Space>
          {rows.fields.map((field, i) => (
            <Space key={field.id} align="start">
              <RowFields
                control={form.control}
                index={i}
                onUnit={(id) => form.setValue(`items.${i}.unitId`, id)}
                problem={problems.get(i)}
              />
              {rows.fields.length > 1 && (
                <Button type="link" onClick={() => rows.remove(i)}>
                  {t('mail.batch.removeRow')}
                </Button>
              )}
            </Space>
          ))}
        </Form>
      </div>
    </Modal>
  );
}
