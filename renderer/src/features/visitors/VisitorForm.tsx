import { App, AutoComplete, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { maskIdNumber } from '@shared/domain/identity';
import { ID_TYPE_KEYS } from '@shared/domain/units';
import { visitInputSchema } from '@shared/domain/visitors';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField, RowTestIds } from '../../components/FormField';
import { DraftNotice, FormError } from '../../components/formFrame';
import { FieldGrid } from '../../components/FieldGrid';
import * as Field from '../../components/fieldRows';
import { useDraftForm } from '../../components/useDraftForm';
import { UnitField } from '../../components/UnitField';
import type { VisitRecord } from '../../db/records';
import { t } from '../../i18n';
import { mappedZodResolver } from '../../components/formResolver';
import { useFormKeys } from '../../components/useFormKeys';
import { errorText } from '../repairs/workOrderForm';

const L = Field.labelsIn('visitors.form');

interface Values {
  name: string;
  idType: (typeof ID_TYPE_KEYS)[number];
  idNumber: string;
  phone: string;
  unitId: string;
  unitCode: string;
  host: string;
  reason: string;
  people: number;
}

const EMPTY: Values = {
  name: '',
  idType: 'idCard',
  idNumber: '',
  phone: '',
  unitId: '',
  unitCode: '',
  host: '',
  reason: '',
  people: 1,
};

// A visitor shows a person's document: a business licence is no ID at the gate.
// Built at render: the labels follow the language in effect.
const VISITOR_ID_TYPES = () =>
  Field.choices(
    ID_TYPE_KEYS.filter((k) => k !== 'businessLicense'),
    (k) => t(`domain.labels.idTypes.${k}`),
  );

/**
 * 访客登记: typed at the desk with the ID in hand. 老访客 finds an earlier visit (name or the
 * ID's last 4) and fills the form from it; 拒绝进入 records a turned-away visitor with the reason.
 */
export function VisitorForm() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const resolver = useMemo(() => mappedZodResolver(visitInputSchema, (v: Values) => v), []);
  // The inline form keeps its draft like the modal forms: a reload or a trip to another
  // register between two visitors loses nothing.
  const { form, draft, frame } = useDraftForm<Values>('visitors.signIn', resolver, EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [quick, setQuick] = useState('');
  const [found, setFound] = useState<VisitRecord[]>([]);
  const [refusing, setRefusing] = useState(false);
  const [refuseReason, setRefuseReason] = useState('');

  useEffect(() => {
    let live = true;
    if (quick.trim()) void repos.visitors.frequent(quick).then((r) => live && setFound(r));
    return () => {
      live = false;
    };
  }, [quick, repos]);

  const fill = (v: VisitRecord) => {
    form.reset({
      name: v.name,
      idType: v.idType,
      idNumber: v.idNumber,
      phone: v.phone ?? '',
      unitId: v.unitId ?? '',
      unitCode: v.unitCode,
      host: v.host ?? '',
      reason: v.reason,
      people: v.people,
    });
    void form.trigger();
    setQuick('');
    form.setFocus('reason');
  };

  const submit = (refuse: boolean) =>
    void form.handleSubmit(async (v) => {
      setError(null);
      try {
        const saved = refuse
          ? await repos.visitors.refuse(actor, v, refuseReason)
          : await repos.visitors.checkIn(actor, v);
        void message.success(
          t(refuse ? 'visitors.form.refused' : 'visitors.form.checkedIn', { name: saved.name }),
        );
        draft.clear();
        form.reset(EMPTY);
        setRefusing(false);
        setRefuseReason('');
        form.setFocus('name');
      } catch (err) {
        setError(errorText(err));
      }
    })();
  const onKeyDown = useFormKeys(() => submit(false));
  const c = form.control;
  const F = Field.useRows(c);

  return (
    <Card size="small" title={t('visitors.page.formTitle')}>
      <div onKeyDown={onKeyDown} data-testid="visitor-form">
        {draft.restored && (
          <DraftNotice onDiscard={frame.onDiscardDraft} testId="visitor-draft-restored" gap={8} />
        )}
        <FormError error={error} gap={8} />
        <Form layout="horizontal" labelCol={{ flex: '76px' }} component="div">
          <Form.Item label={L('quick')}>
            <AutoComplete
              value={quick}
              onChange={setQuick}
              options={
                quick.trim()
                  ? found.map((v) => ({
                      value: v.id,
                      label: `${v.name} ${maskIdNumber(v.idNumber)} → ${v.unitCode}`,
                    }))
                  : []
              }
              onSelect={(id: string) => {
                const v = found.find((x) => x.id === id);
                if (v) fill(v);
              }}
            >
              <Input
                placeholder={t('visitors.form.quickPlaceholder')}
                data-testid="visitor-quick"
              />
            </AutoComplete>
          </Form.Item>
          <RowTestIds.Provider value="visitor">
            <FieldGrid>
              <F.Text name="name" label={L('name')} required autoFocus />
              <F.Text name="phone" label={L('phone')} />
              <F.Select
                name="idType"
                label={L('idType')}
                required
                style={{ width: '100%' }}
                options={VISITOR_ID_TYPES()}
              />
              <F.Text name="idNumber" label={L('idNumber')} required testId="visitor-id" />
              <UnitField
                control={c}
                name="unitCode"
                label={L('unit')}
                required
                testId="visitor-unit"
                onUnit={(id) => form.setValue('unitId', id)}
              />
              <F.Text name="host" label={L('host')} />
              <F.Text name="reason" label={L('reason')} required />
              <FormField
                control={c}
                name="people"
                label={L('people')}
                render={(f) => (
                  <InputNumber {...f} min={1} max={50} onChange={(v) => f.onChange(v ?? 0)} />
                )}
              />
            </FieldGrid>
          </RowTestIds.Provider>
          {refusing && (
            <Form.Item label={L('refuseReason')} required>
              <Input
                value={refuseReason}
                onChange={(e) => setRefuseReason(e.target.value)}
                placeholder={t('visitors.form.refuseReasonPlaceholder')}
                data-testid="visitor-refuse-reason"
              />
            </Form.Item>
          )}
          <Space>
            <Button
              type="primary"
              onClick={() => submit(false)}
              loading={form.formState.isSubmitting}
              data-testid="visitor-check-in"
            >
              {t('visitors.form.checkIn')}
            </Button>
            <Button
              danger
              onClick={() => (refusing ? submit(true) : setRefusing(true))}
              data-testid="visitor-refuse"
            >
              {t('visitors.form.refuse')}
            </Button>
          </Space>
        </Form>
      </div>
    </Card>
  );
}
