import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Row,
  Col,
  Select,
  Space,
} from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { maskIdNumber } from '@shared/domain/identity';
import { ID_TYPE_KEYS } from '@shared/domain/units';
import { visitInputSchema } from '@shared/domain/visitors';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import type { VisitRecord } from '../../db/records';
import { t } from '../../i18n';
import { mappedZodResolver } from '../../components/formResolver';
import { useFormKeys } from '../../components/useFormKeys';
import { UnitPicker } from '../../components/UnitPicker';
import { errorText } from '../repairs/workOrderForm';

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

/**
 * 访客登记: typed at the desk with the ID in hand. 老访客 finds an earlier visit (name or the
 * ID's last 4) and fills the form from it; 拒绝进入 records a turned-away visitor with the reason.
 */
export function VisitorForm() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const form = useForm<Values>({
    mode: 'onChange',
    resolver: mappedZodResolver(visitInputSchema, (v: Values) => v),
    defaultValues: EMPTY,
  });
  // The inline form keeps its draft like the modal forms: a reload or a trip to another
  // register between two visitors loses nothing.
  const draft = useFormDraft('visitors.signIn', form);
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

  return (
    <Card size="small" title={t('visitors.page.formTitle')}>
      <div onKeyDown={onKeyDown} data-testid="visitor-form">
        {draft.restored && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('common.draftRestored')}
            data-testid="visitor-draft-restored"
            action={
              <Button
                size="small"
                onClick={() => {
                  draft.clear();
                  form.reset(EMPTY);
                }}
              >
                {t('common.discardDraft')}
              </Button>
            }
          />
        )}
        {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
        <Form layout="horizontal" labelCol={{ flex: '76px' }} component="div">
          <Form.Item label={t('visitors.form.quick')}>
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
          <Row gutter={8}>
            <Col span={12}>
              <FormField
                control={c}
                name="name"
                label={t('visitors.form.name')}
                required
                render={(f) => <Input {...f} id="name" autoFocus data-testid="visitor-name" />}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={c}
                name="phone"
                label={t('visitors.form.phone')}
                render={(f) => <Input {...f} id="phone" />}
              />
            </Col>
          </Row>
          <Row gutter={8}>
            <Col span={12}>
              <FormField
                control={c}
                name="idType"
                label={t('visitors.form.idType')}
                required
                render={(f) => (
                  <Select
                    {...f}
                    style={{ width: '100%' }}
                    options={ID_TYPE_KEYS.filter((k) => k !== 'businessLicense').map((k) => ({
                      value: k,
                      label: t(`domain.labels.idTypes.${k}`),
                    }))}
                  />
                )}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={c}
                name="idNumber"
                label={t('visitors.form.idNumber')}
                required
                render={(f) => <Input {...f} id="idNumber" data-testid="visitor-id" />}
              />
            </Col>
          </Row>
          <Row gutter={8}>
            <Col span={12}>
              <FormField
                control={c}
                name="unitCode"
                label={t('visitors.form.unit')}
                required
                render={(f) => (
                  <UnitPicker
                    id="unitCode"
                    value={f.value}
                    testId="visitor-unit"
                    onChange={(code, id) => {
                      f.onChange(code);
                      form.setValue('unitId', id);
                    }}
                  />
                )}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={c}
                name="host"
                label={t('visitors.form.host')}
                render={(f) => <Input {...f} id="host" />}
              />
            </Col>
          </Row>
          <Row gutter={8}>
            <Col span={12}>
              <FormField
                control={c}
                name="reason"
                label={t('visitors.form.reason')}
                required
                render={(f) => <Input {...f} id="reason" data-testid="visitor-reason" />}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={c}
                name="people"
                label={t('visitors.form.people')}
                render={(f) => (
                  <InputNumber {...f} min={1} max={50} onChange={(v) => f.onChange(v ?? 0)} />
                )}
              />
            </Col>
          </Row>
          {refusing && (
            <Form.Item label={t('visitors.form.refuseReason')} required>
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
