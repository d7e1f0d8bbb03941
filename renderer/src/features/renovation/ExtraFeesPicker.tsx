import { App, Button, InputNumber, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { DEFAULT_FEE_ITEMS, type FeeItem } from '@shared/domain/fees';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import type { RenovationPayer } from '@shared/domain/renovationMoney';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';

/** An item the clerk adds to a payer's receipt (装修垃圾清运费 …). */
export interface ExtraFee {
  code: string;
  name: string;
  payer: RenovationPayer;
  /** Set when the item has no standard price. */
  unitFen?: number;
  amountFen: number;
}

/** Items that may be added: enabled charges (not deposits or deductions) not already planned. */
function addable(items: readonly FeeItem[], planned: ReadonlySet<string>): FeeItem[] {
  return items.filter(
    (i) => i.enabled && (i.category === 'fee' || i.category === 'service') && !planned.has(i.code),
  );
}

interface Props {
  planned: ReadonlySet<string>;
  value: readonly ExtraFee[];
  onChange: (next: ExtraFee[]) => void;
}

/** Picks extra fee items from the settings fee table, each charged to one payer. */
export function ExtraFeesPicker({ planned, value, onChange }: Props) {
  const { message } = App.useApp();
  const items = addable(useSetting('fees') ?? DEFAULT_FEE_ITEMS, planned);
  const maxFen = (useSetting('limits') ?? DEFAULT_LIMITS).maxAmountFen;
  const [code, setCode] = useState<string | null>(null);
  const [payer, setPayer] = useState<RenovationPayer>('contractor');
  const [amount, setAmount] = useState<string | null>(null);
  const item = items.find((i) => i.code === code);

  const add = () => {
    if (!item) return;
    let unitFen: number | undefined;
    if (item.amountFen === 0) {
      const parsed = parseAmountToFen(amount ?? '', { maxFen });
      if (!parsed.ok) return void message.error(parsed.error);
      if (parsed.fen <= 0) return void message.error(t('renovation.extra.amountMissing'));
      unitFen = parsed.fen;
    }
    const fee: ExtraFee = {
      code: item.code,
      name: item.name,
      payer,
      amountFen: unitFen ?? item.amountFen,
      ...(unitFen !== undefined ? { unitFen } : {}),
    };
    onChange([...value, fee]);
    setCode(null);
    setAmount(null);
  };

  return (
    <Space wrap style={{ marginTop: 8, display: 'flex' }}>
      {value.map((f, i) => (
        <Tag
          key={`${f.code}${i}`}
          closable
          onClose={() => onChange(value.filter((_, j) => j !== i))}
          data-testid={`reno-extra-${f.code}`}
        >
          {t(`renovation.payer.${f.payer}`)} {f.name} ¥{formatFen(f.amountFen)}
        </Tag>
      ))}
      <Select<string>
        value={code}
        onChange={(c) => {
          setCode(c);
          const picked = items.find((i) => i.code === c);
          if (picked?.payer === 'owner' || picked?.payer === 'contractor') setPayer(picked.payer);
        }}
        placeholder={t('renovation.extra.item')}
        style={{ width: 200 }}
        options={items.map((i) => ({
          value: i.code,
          label: i.amountFen > 0 ? `${i.name} ¥${formatFen(i.amountFen)}` : i.name,
        }))}
        data-testid="reno-extra-item"
      />
      <Select<RenovationPayer>
        value={payer}
        onChange={setPayer}
        style={{ width: 110 }}
        options={(['contractor', 'owner'] as const).map((p) => ({
          value: p,
          label: t(`renovation.payer.${p}`),
        }))}
      />
      {item?.amountFen === 0 && (
        <InputNumber<string>
          stringMode
          min="0"
          precision={2}
          placeholder={t('renovation.extra.amount')}
          value={amount}
          onChange={setAmount}
          onPressEnter={add}
          data-testid="reno-extra-amount"
        />
      )}
      <Button onClick={add} disabled={!item} data-testid="reno-extra-add">
        {t('renovation.extra.add')}
      </Button>
    </Space>
  );
}
