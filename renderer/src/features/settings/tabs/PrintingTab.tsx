import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, InputNumber, Radio, Select, Table } from 'antd';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { Controller, type Control } from 'react-hook-form';
import {
  PRINT_DOCUMENT_KINDS,
  printChoiceFor,
  printingSettingsSchema,
  type PrintDocumentKind,
  type PrintingSettings,
  type ReceiptPaper,
} from '@shared/domain/deskSettings';
import type { PrinterInfo } from '@shared/ipc';
import * as Field from '../../../components/fieldRows';
import { getHost } from '../../../host/hostApi';
import { t } from '../../../i18n';
import { formSchemaFor } from '../formSchema';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

/** Every document type has a row; printer '' = the system default printer. */
interface PrintingForm {
  receiptPaper: ReceiptPaper;
  documents: Record<
    PrintDocumentKind,
    { printerName: string; mode: 'dialog' | 'silent'; copies: number }
  >;
}

const schema = formSchemaFor<PrintingForm>(printingSettingsSchema);

function toForm(s: PrintingSettings): PrintingForm {
  const entries = PRINT_DOCUMENT_KINDS.map((kind) => {
    const c = printChoiceFor(s, kind);
    return [kind, { printerName: c.printerName ?? '', mode: c.mode, copies: c.copies }] as const;
  });
  return {
    receiptPaper: s.receiptPaper,
    documents: Object.fromEntries(entries) as PrintingForm['documents'],
  };
}

function toSettings(f: PrintingForm): PrintingSettings {
  const entries = PRINT_DOCUMENT_KINDS.map((kind) => {
    const { printerName, ...rest } = f.documents[kind];
    return [kind, printerName ? { printerName, ...rest } : rest] as const;
  });
  return { receiptPaper: f.receiptPaper, documents: Object.fromEntries(entries) };
}

type DocumentChoice = PrintingForm['documents'][PrintDocumentKind];

/** A column of the per-document table: one choice of each document type's row. */
function documentColumn(control: Control<PrintingForm>) {
  return <K extends keyof DocumentChoice>(
    title: string,
    key: K,
    render: (
      kind: PrintDocumentKind,
      field: { value: DocumentChoice[K]; onChange: (value: DocumentChoice[K]) => void },
    ) => ReactElement,
  ) => ({
    title,
    render: (_: unknown, r: { kind: PrintDocumentKind }) => (
      <Controller
        control={control}
        name={`documents.${r.kind}.${key}`}
        render={({ field }) =>
          render(r.kind, {
            value: field.value as DocumentChoice[K],
            onChange: field.onChange,
          })
        }
      />
    ),
  });
}

/** 打印: printer, dialog or silent, and copies per document type; the receipt paper size. */
export function PrintingTab() {
  return <SettingTab setting="printing" Editor={PrintingEditor} />;
}

function PrintingEditor({ initial, editor }: SettingEditorProps<'printing'>) {
  const [printers, setPrinters] = useState<PrinterInfo[] | null>(null);
  const { form, frame } = useSettingTabForm<PrintingForm, 'printing'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: toForm(initial),
    toSetting: toSettings,
  });
  const perKind = documentColumn(form.control);

  const loadPrinters = useCallback(() => {
    void getHost()
      .listPrinters()
      .then(setPrinters, () => setPrinters([]));
  }, []);
  useEffect(loadPrinters, [loadPrinters]);

  const printerOptions = [
    { value: '', label: t('settings.printing.defaultPrinter') },
    ...(printers ?? []).map((p) => ({ value: p.name, label: p.displayName || p.name })),
  ];

  return (
    <SettingForm
      {...frame}
      maxWidth={900}
      intro={t('settings.printing.intro')}
      gap={12}
      notice={
        printers?.length === 0 && (
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            title={t('settings.printing.noPrinters')}
          />
        )
      }
      actions={<Button onClick={loadPrinters}>{t('settings.printing.refresh')}</Button>}
    >
      <Field.Radio
        control={form.control}
        name="receiptPaper"
        label={t('settings.printing.receiptPaper')}
        round
        testId="printing-receipt-paper"
        options={[
          { value: 'half-A4', label: t('settings.printing.paperHalfA4') },
          { value: '241x93', label: t('settings.printing.paper241') },
        ]}
      />
      <Table<{ kind: PrintDocumentKind }>
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={PRINT_DOCUMENT_KINDS.map((kind) => ({ kind }))}
        columns={[
          {
            title: t('settings.printing.documentKind'),
            render: (_: unknown, r) => t(`settings.printing.kinds.${r.kind}`),
          },
          perKind(t('settings.printing.printer'), 'printerName', (kind, field) => (
            <Select
              value={field.value}
              onChange={field.onChange}
              options={printerOptions}
              style={{ width: 260 }}
              data-testid={`printing-printer-${kind}`}
            />
          )),
          perKind(t('settings.printing.mode'), 'mode', (_kind, field) => (
            <Radio.Group
              value={field.value}
              onChange={(e) => field.onChange(e.target.value)}
              options={[
                { value: 'dialog', label: t('settings.printing.modeDialog') },
                { value: 'silent', label: t('settings.printing.modeSilent') },
              ]}
            />
          )),
          perKind(t('settings.printing.copies'), 'copies', (_kind, field) => (
            <InputNumber
              value={field.value}
              onChange={(v) => field.onChange(v ?? 1)}
              min={1}
              max={5}
              precision={0}
              style={{ width: 70 }}
            />
          )),
        ]}
      />
    </SettingForm>
  );
}
