import { Alert, App, Button, Card, Descriptions, Form, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { cashDifferenceFen, type CashupSummary } from '@shared/domain/cashup';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useFormDraft } from '../../components/useFormDraft';
import type { CashupRecord } from '../../db/records';
import { t } from '../../i18n';
import { capitalAmount } from '../../i18n/text';
import { cashupFormSchema, EMPTY_CASHUP, typedFen, type CashupFormValues } from './cashupForm';
import { DocLinesTable } from './DocLinesTable';
import { SummaryTable } from './SummaryTable';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { messageOf } from '../../i18n/domainText';

const L = Field.labelsIn('money.cashup');

interface Props {
  maxFen: number;
  onClosed: (record: CashupRecord) => void;
}

function differenceText(diff: number): string {
  if (diff === 0) return t('money.cashup.agrees');
  return t(diff > 0 ? 'money.cashup.surplus' : 'money.cashup.shortage', {
    amount: formatFen(Math.abs(diff)),
  });
}

/** The signed-in clerk's open shift: figures live, cash counted, difference explained, closed. */
export function CurrentShift({ maxFen, onClosed }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  // The schema needs the live summary, which depends on a form value (the float): the resolver
  // reads the latest summary through a ref instead of being rebuilt with it.
  const summaryRef = useRef<CashupSummary | undefined>(undefined);
  const resolver = useMemo<Resolver<CashupFormValues>>(
    () => (values, context, options) =>
      zodResolver(cashupFormSchema(summaryRef.current, maxFen))(values, context, options),
    [maxFen],
  );
  const form = useForm<CashupFormValues>({
    mode: 'onChange',
    resolver,
    defaultValues: EMPTY_CASHUP,
  });
  const F = useLabelledRows(form.control, L);
  const draft = useFormDraft(`cashup.${actor.id}`, form);
  const values = useWatch({ control: form.control }) as CashupFormValues;
  const floatFen = typedFen(values.float ?? '', maxFen) ?? 0;
  const shift = useLiveQuery(
    () => repos.cashups.currentShift(actor.id, floatFen),
    [repos, actor.id, floatFen],
  );
  const summary = shift?.summary;
  const countedFen = typedFen(values.counted ?? '', maxFen);
  const diff =
    summary && countedFen !== undefined
      ? cashDifferenceFen(summary.expectedCashFen, countedFen)
      : undefined;

  // The figures moved (a receipt came in, the float changed): check the explanation again.
  useEffect(() => {
    summaryRef.current = summary;
    if (form.getValues('counted')) void form.trigger(['counted', 'explanation']);
  }, [summary, form]);

  const close = () =>
    void form.handleSubmit(
      async (v) => {
        if (!summary) return;
        setError(null);
        try {
          const record = await repos.cashups.close(actor, {
            floatFen,
            countedCashFen: typedFen(v.counted, maxFen) ?? 0,
            explanation: v.explanation,
            handedTo: v.handedTo,
            expectedCashFen: summary.expectedCashFen,
          });
          draft.clear();
          form.reset(EMPTY_CASHUP);
          void message.success(
            t('money.cashup.closed', {
              expected: formatFen(record.summary.expectedCashFen),
              counted: formatFen(record.countedCashFen),
            }),
          );
          onClosed(record);
        } catch (err) {
          setError(messageOf(err));
        }
      },
      () => undefined,
    )();

  if (!shift || !summary) return null;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="cashup-shift">
      <Typography.Text type="secondary">
        {shift.docs.length > 0 || shift.periodFrom !== shift.periodTo
          ? t('money.cashup.period', {
              from: formatOfficeDateTime(shift.periodFrom),
              clerk: actor.name,
            })
          : t('money.cashup.firstShift', { clerk: actor.name })}
      </Typography.Text>
      <SummaryTable summary={summary} testId="cashup-summary" />
      <Card size="small">
        {error && (
          <Alert
            type="error"
            title={error}
            style={{ marginBottom: 12 }}
            data-testid="cashup-error"
          />
        )}
        <Form layout="horizontal" labelCol={{ flex: '110px' }} component="div">
          <F.Text name="float" style={{ width: 160 }} testId="cashup-float" />
          <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={L('expected')}>
              <span data-testid="cashup-expected">{formatFen(summary.expectedCashFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={L('difference')}>
              <span data-testid="cashup-difference">
                {diff === undefined ? '—' : differenceText(diff)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('print.cashup.countedCapital')}>
              {countedFen === undefined ? '—' : capitalAmount(countedFen)}
            </Descriptions.Item>
          </Descriptions>
          <F.Text name="counted" required style={{ width: 160 }} testId="cashup-counted" />
          <F.TextArea
            name="explanation"
            required={diff !== undefined && diff !== 0}
            rows={2}
            placeholder={t('money.cashup.explanationPlaceholder')}
            testId="cashup-explanation"
          />
          <F.Text name="handedTo" style={{ width: 160 }} testId="cashup-handed-to" />
          <Button
            type="primary"
            onClick={close}
            loading={form.formState.isSubmitting}
            data-testid="cashup-close"
          >
            {t('money.cashup.close')}
          </Button>
        </Form>
      </Card>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('money.cashup.docs')}
      </Typography.Title>
      <DocLinesTable docs={shift.docs} testId="cashup-docs" />
    </Space>
  );
}
