import { Form, Select, Typography } from 'antd';
import type { OperatorSummary } from '../../db/repositories/operatorRepository';
import { PinInput } from '../../components/PinField';
import { t } from '../../i18n';
import { LockoutCountdown } from '../operators/LockoutCountdown';

interface Props {
  candidates: readonly OperatorSummary[] | undefined;
  toId: string;
  onToId: (id: string) => void;
  pin: string;
  onPin: (pin: string) => void;
  pinError: string | null;
  lockedUntil: string | null;
  onLockExpired: () => void;
  /** Enter in the PIN field hands the shift over. */
  onSubmit: () => void;
}

/**
 * 接班人: picked from the operators (active, not the leaving clerk), who confirms with her own
 * PIN; a wrong PIN shows at the field and counts towards her lockout as at sign-in.
 */
export function TakerFields(p: Props) {
  const none = p.candidates !== undefined && p.candidates.length === 0;
  return (
    <>
      <Form.Item label={t('handover.card.to')} required style={{ marginBottom: 8 }}>
        <Select
          id="handover-to"
          value={p.toId || undefined}
          onChange={(v: string) => p.onToId(v)}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('handover.card.toPlaceholder')}
          style={{ width: 220 }}
          loading={p.candidates === undefined}
          data-testid="handover-to"
          options={(p.candidates ?? []).map((o) => ({
            value: o.id,
            label: `${o.name}（${t(`operators.roles.${o.role}`)}）`,
          }))}
        />
        {none && (
          <Typography.Text type="warning" style={{ marginLeft: 8 }}>
            {t('handover.card.noTakers')}
          </Typography.Text>
        )}
      </Form.Item>
      {p.lockedUntil && <LockoutCountdown until={p.lockedUntil} onExpired={p.onLockExpired} />}
      <Form.Item
        label={t('handover.card.pin')}
        required
        validateStatus={p.pinError ? 'error' : undefined}
        help={p.pinError ?? undefined}
        style={{ marginBottom: 8 }}
      >
        <PinInput
          id="handover-pin"
          value={p.pin}
          onChange={p.onPin}
          onPressEnter={p.onSubmit}
          placeholder={t('handover.card.pinPlaceholder')}
          style={{ width: 220 }}
          testId="handover-pin"
        />
      </Form.Item>
    </>
  );
}
