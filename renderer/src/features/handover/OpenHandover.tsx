import { Alert, App, Button, Card, Form, Input, Space, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  TakerPinError,
  suggestedTaker,
  takerCandidates,
  type EquipmentCheck,
  type HandoverItem,
} from '@shared/domain/handover';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { TextPromptModal } from '../../components/TextPromptModal';
import type { CashupRecord, HandoverRecord } from '../../db/records';
import { t } from '../../i18n';
import { HandoverItems } from './HandoverItems';
import { ShiftCashup } from './ShiftCashup';
import { TakerFields } from './TakerFields';
import { messageOf } from '../../i18n/domainText';

interface Props {
  handover: HandoverRecord;
  /** The leaving clerk's cash-up closed during this shift (null: none yet). */
  cashup: CashupRecord | null | undefined;
}

/** The shift's open handover: items, equipment, log, cash; 交接完成 refuses while anything is open. */
export function OpenHandover({ handover: h, cashup }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const operators = useLiveQuery(() => repos.operators.list(), [repos]);
  const candidates = operators && takerCandidates(operators, h.fromId);
  const [picked, setPicked] = useState(h.toId ?? '');
  // Until she picks, the handover offers whom the cash-up already named (交接给).
  const toId = picked || (candidates && suggestedTaker(candidates, cashup?.handedTo)?.id) || '';
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<string | null>(null);
  const [equipment, setEquipment] = useState<EquipmentCheck[]>(h.equipment);
  const [log, setLog] = useState(h.log);
  const [problems, setProblems] = useState<string | null>(null);
  const [closing, setClosing] = useState<HandoverItem | null>(null);
  const draft = { ...(toId ? { toId } : {}), equipment, log };
  const run = async (action: () => Promise<unknown>) => {
    setProblems(null);
    try {
      await action();
    } catch (err) {
      setProblems(messageOf(err));
    }
  };
  const takerName = candidates?.find((o) => o.id === toId)?.name ?? '';
  const handOver = () =>
    void run(async () => {
      setPinError(null);
      if (toId && !pin) {
        setPinError(t('handover.card.pinRequired'));
        return;
      }
      try {
        await repos.handovers.close(actor, h.id, draft, pin);
        void message.success(t('handover.card.closedMsg', { no: h.no, to: takerName }));
      } catch (err) {
        if (!(err instanceof TakerPinError)) throw err;
        setPin('');
        setPinError(err.message);
        setLockedUntil(err.lockedUntil ?? null);
      }
    });
  const setCheck = (i: number, patch: Partial<EquipmentCheck>) =>
    setEquipment((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  return (
    <Card
      size="small"
      title={t('handover.card.title', {
        no: h.no,
        from: h.fromName,
        at: formatOfficeDateTime(h.openedAt),
      })}
      data-testid="handover-open"
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('handover.page.creed')}</Typography.Text>
        <Typography.Title level={5}>{t('handover.card.items')}</Typography.Title>
        <HandoverItems
          items={h.items}
          onAdd={(text) => run(() => repos.handovers.addItem(actor, h.id, text))}
          onAcknowledge={(item) =>
            void run(() => repos.handovers.acknowledge(actor, h.id, item.id))
          }
          onClose={setClosing}
        />
        <Typography.Title level={5}>{t('handover.card.equipment')}</Typography.Title>
        <Space wrap>
          {equipment.map((e, i) => (
            <Space key={e.name} size={4}>
              <Typography.Text>{e.name}</Typography.Text>
              <Switch
                checked={e.ok}
                checkedChildren={t('handover.card.ok')}
                unCheckedChildren={t('handover.card.broken')}
                onChange={(ok) => setCheck(i, { ok })}
                data-testid={`handover-equipment-${i}`}
              />
              {!e.ok && (
                <Input
                  size="small"
                  style={{ width: 160 }}
                  placeholder={t('handover.card.brokenNote')}
                  value={e.note ?? ''}
                  onChange={(ev) => setCheck(i, { note: ev.target.value })}
                />
              )}
            </Space>
          ))}
        </Space>
        <Typography.Title level={5}>{t('handover.card.log')}</Typography.Title>
        <Input.TextArea
          rows={3}
          value={log}
          placeholder={t('handover.card.logPlaceholder')}
          onChange={(e) => setLog(e.target.value)}
          data-testid="handover-log"
        />
        <Typography.Title level={5}>{t('handover.card.cash')}</Typography.Title>
        <ShiftCashup cashup={cashup} />
        <Form layout="horizontal" labelCol={{ flex: '110px' }} component="div">
          <TakerFields
            candidates={candidates}
            toId={toId}
            onToId={(id) => {
              setPicked(id);
              setPinError(null);
              setLockedUntil(null);
            }}
            pin={pin}
            onPin={(v) => {
              setPin(v);
              setPinError(null);
            }}
            pinError={pinError}
            lockedUntil={lockedUntil}
            onLockExpired={() => setLockedUntil(null)}
            onSubmit={handOver}
          />
        </Form>
        {problems && <Alert type="error" showIcon title={problems} data-testid="handover-error" />}
        <Space>
          <Button
            onClick={() =>
              void run(async () => {
                await repos.handovers.saveDraft(actor, h.id, draft);
                void message.success(t('handover.card.saved'));
              })
            }
            data-testid="handover-save"
          >
            {t('handover.card.save')}
          </Button>
          <Button type="primary" onClick={handOver} data-testid="handover-close">
            {t('handover.card.close')}
          </Button>
        </Space>
      </Space>
      {closing && (
        <TextPromptModal
          title={t('handover.card.closeItemTitle')}
          label={t('handover.card.closeNote')}
          testId="handover-close-note"
          onClose={() => setClosing(null)}
          onSubmit={async (note) => {
            await repos.handovers.closeItem(actor, h.id, closing.id, note);
          }}
        />
      )}
    </Card>
  );
}
