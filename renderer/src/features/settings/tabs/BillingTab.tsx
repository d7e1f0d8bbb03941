import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Space, Typography } from 'antd';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  BILLING_CYCLE_KEYS,
  UNIT_TYPE_KEYS,
  UNIT_TYPES,
  VACANT_MODE_KEYS,
  addMonths,
  type BillingSettings,
  type FeeStandard,
} from '@shared/domain/billing';
import { DEFAULT_CUSTODY_RULES } from '@shared/domain/movein';
import * as Field from '../../../components/fieldRows';
import { useOfficeToday } from '../../../components/useOfficeClock';
import { t } from '../../../i18n';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';
import { useSetting } from '../useSettings';

const L = Field.labelsIn('fees.standards');

/** Prices as the manager types them: yuan with two decimals. */
const yuan = z.number('请输入金额').min(0, '金额不能为负数').max(1_000_000, '金额过大');
const standardForm = z.object({
  from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '起始月份格式应为 YYYY-MM'),
  rates: z.object(
    Object.fromEntries(UNIT_TYPE_KEYS.map((k) => [k, yuan])) as Record<
      (typeof UNIT_TYPE_KEYS)[number],
      typeof yuan
    >,
  ),
  water: yuan,
  power: yuan,
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string().trim().min(1, '请输入项目名称').max(30, '项目名称最多 30 个字'),
      amount: yuan,
    }),
  ),
});
const schema = z.object({
  cycle: z.enum(BILLING_CYCLE_KEYS),
  vacantMode: z.enum(VACANT_MODE_KEYS),
  vacantPercent: z.number('请输入比例').int('比例须为整数').min(0).max(100),
  majorYuan: yuan,
  majorMonths: z.number('请输入月数').int('月数须为整数').min(0).max(120),
  unusualFactor: z.number('请输入倍数').min(1, '倍数至少为 1').max(100),
  standards: z.array(standardForm).min(1),
});
type BillingForm = z.infer<typeof schema>;

const toFen = (v: number) => Math.round(v * 100);
const toYuan = (fen: number) => fen / 100;

function standardToForm(s: FeeStandard): BillingForm['standards'][number] {
  return {
    from: s.from,
    rates: Object.fromEntries(
      UNIT_TYPE_KEYS.map((k) => [k, toYuan(s.propertyRates[k])]),
    ) as BillingForm['standards'][number]['rates'],
    water: toYuan(s.waterUnitFen),
    power: toYuan(s.powerUnitFen),
    items: s.monthlyItems.map((i) => ({ code: i.code, name: i.name, amount: toYuan(i.amountFen) })),
  };
}

function toSetting(v: BillingForm): BillingSettings {
  return {
    cycle: v.cycle,
    vacantMode: v.vacantMode,
    vacantPercent: v.vacantPercent,
    majorArrearsFen: toFen(v.majorYuan),
    majorArrearsMonths: v.majorMonths,
    unusualFactor: v.unusualFactor,
    standards: v.standards.map((s, si) => ({
      from: s.from,
      propertyRates: Object.fromEntries(
        UNIT_TYPE_KEYS.map((k) => [k, toFen(s.rates[k])]),
      ) as FeeStandard['propertyRates'],
      waterUnitFen: toFen(s.water),
      powerUnitFen: toFen(s.power),
      // A new item gets a code of its own; an existing one keeps it (bills store the code).
      monthlyItems: s.items.map((i, ii) => ({
        code: i.code || `item_${si + 1}_${ii + 1}_${Date.now().toString(36)}`,
        name: i.name.trim(),
        amountFen: toFen(i.amount),
      })),
    })),
  };
}

/**
 * 物业费标准 (manager only, audited): property fee per ㎡ by unit type, monthly items, water and
 * power prices, dated so a new standard applies from its month on; cycle, vacant units, the
 * 重大欠费 thresholds. The custody percentage is the one of the 托管 tab.
 */
export function BillingTab() {
  return <SettingTab setting="billing" Editor={BillingEditor} />;
}

function BillingEditor({ initial, editor }: SettingEditorProps<'billing'>) {
  const today = useOfficeToday();
  const custody = useSetting('custody') ?? DEFAULT_CUSTODY_RULES;
  const { form, frame } = useSettingTabForm<BillingForm, 'billing'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: {
      cycle: initial.cycle,
      vacantMode: initial.vacantMode,
      vacantPercent: initial.vacantPercent,
      majorYuan: toYuan(initial.majorArrearsFen),
      majorMonths: initial.majorArrearsMonths,
      unusualFactor: initial.unusualFactor,
      standards: [...initial.standards]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map(standardToForm),
    },
    toSetting,
  });
  const standards = useFieldArray({ control: form.control, name: 'standards' });
  const vacantMode = useWatch({ control: form.control, name: 'vacantMode' });
  const money = (name: string, label: string, testId: string) => (
    <Field.Number
      key={testId}
      control={form.control}
      name={name as 'majorYuan'}
      label={label}
      precision={2}
      min={0}
      width={140}
      testId={testId}
    />
  );
  const whole = (name: 'vacantPercent' | 'majorMonths' | 'unusualFactor', label: string) => (
    <Field.Number
      control={form.control}
      name={name}
      label={label}
      precision={name === 'unusualFactor' ? 1 : 0}
      width={140}
      testId={`billing-${name}`}
    />
  );

  const cycles = Field.choices(BILLING_CYCLE_KEYS, (k) => t(`fees.generate.cycle.${k}`));
  const vacantModes = Field.choices(VACANT_MODE_KEYS, (k) => t(`fees.standards.vacantMode.${k}`));
  const pick = <V extends string>(
    name: 'cycle' | 'vacantMode',
    label: string,
    width: number,
    testId: string,
    options: Field.ChoiceOption<V>[],
  ) => (
    <Field.Select
      control={form.control}
      name={name}
      label={label}
      style={{ width }}
      testId={testId}
      options={options}
    />
  );

  return (
    <SettingForm {...frame} maxWidth={900} gap={12}>
      <Space wrap size={24} align="start">
        {pick('cycle', L('cycle'), 120, 'billing-cycle', cycles)}
        {pick('vacantMode', L('vacant'), 140, 'billing-vacant', vacantModes)}
        {vacantMode === 'percent' && whole('vacantPercent', t('fees.standards.vacantPercent'))}
        {money('majorYuan', t('fees.standards.majorFen'), 'billing-major-yuan')}
        {whole('majorMonths', t('fees.standards.majorMonths'))}
        {whole('unusualFactor', t('fees.standards.unusual'))}
      </Space>
      <Typography.Paragraph type="secondary">
        {t('fees.standards.custody', { percent: custody.feePercent })}
      </Typography.Paragraph>
      {standards.fields.map((s, si) => (
        <Card
          key={s.id}
          size="small"
          style={{ marginBottom: 12 }}
          title={
            <Space>
              {t('fees.standards.from')}
              <Field.Text
                control={form.control}
                name={`standards.${si}.from`}
                label=""
                style={{ width: 110 }}
                testId={`billing-from-${si}`}
              />
            </Space>
          }
        >
          <Typography.Text strong>{t('fees.standards.propertyRate')}</Typography.Text>
          <Space wrap>
            {UNIT_TYPE_KEYS.map((k) =>
              money(`standards.${si}.rates.${k}`, UNIT_TYPES[k], `billing-rate-${si}-${k}`),
            )}
          </Space>
          <Space wrap>
            {money(`standards.${si}.water`, t('fees.standards.water'), `billing-water-${si}`)}
            {money(`standards.${si}.power`, t('fees.standards.power'), `billing-power-${si}`)}
          </Space>
          <MonthlyItems form={form} index={si} money={money} />
        </Card>
      ))}
      <Button
        onClick={() => {
          const last = form.getValues('standards').at(-1);
          if (!last) return;
          standards.append({
            ...last,
            from: addMonths(today.slice(0, 7), 1),
            items: last.items.map((i) => ({ ...i })),
          });
        }}
        data-testid="billing-add-standard"
      >
        {t('fees.standards.addVersion')}
      </Button>
    </SettingForm>
  );
}

function MonthlyItems({
  form,
  index,
  money,
}: {
  form: UseFormReturn<BillingForm>;
  index: number;
  money: (name: string, label: string, testId: string) => React.ReactNode;
}) {
  const items = useFieldArray({ control: form.control, name: `standards.${index}.items` });
  return (
    <div>
      <Typography.Text strong>{t('fees.standards.monthlyItems')}</Typography.Text>
      {items.fields.map((item, ii) => (
        <Space key={item.id} align="start">
          <Field.Text
            control={form.control}
            name={`standards.${index}.items.${ii}.name`}
            label={L('itemName')}
            style={{ width: 160 }}
            testId={`billing-item-name-${index}-${ii}`}
          />
          {money(
            `standards.${index}.items.${ii}.amount`,
            t('fees.standards.itemAmount'),
            `billing-item-amount-${index}-${ii}`,
          )}
        </Space>
      ))}
      <div>
        <Button size="small" onClick={() => items.append({ code: '', name: '', amount: 0 })}>
          +
        </Button>
      </div>
    </div>
  );
}
