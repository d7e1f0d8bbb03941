import { App, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useRepos } from '../../app/ReposContext';
import { useOfficeToday } from '../../components/useOfficeClock';
import { useOpenParam } from '../../components/useOpenParam';
import { UnitPicker } from '../../components/UnitPicker';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';
import { ArrearsPanel } from './ArrearsPanel';
import { ChaseModal } from './ChaseModal';
import { GeneratePanel } from './GeneratePanel';
import { HistoryPanel } from './HistoryPanel';
import { MetersPanel } from './MetersPanel';
import { PayBillsModal } from './PayBillsModal';
import { UnitBillsPanel } from './UnitBillsPanel';

type UnitRef = { unitId: string; unitCode: string };

/**
 * 物业收费: arrears and chasing, generating a period's bills, meter readings, a unit's bills, and
 * the former system's fee history.
 */
export default function FeesPage() {
  const repos = useRepos();
  const { message } = App.useApp();
  const today = useOfficeToday();
  const [month, setMonth] = useState(today.slice(0, 7));
  const [tab, setTab] = useState('arrears');
  const [paying, setPaying] = useState<UnitRef | null>(null);
  const [chasing, setChasing] = useState<UnitRef | null>(null);
  const [unit, setUnit] = useState<{ code: string; id: string }>({ code: '', id: '' });
  const { printMoneyDoc, printModal } = useMoneyPrinting();
  // Opened from the today board (a broken promise) or the archive: that unit's bills.
  useOpenParam((unitId) => {
    void repos.units.get(unitId).then((u) => {
      if (!u) return;
      setUnit({ code: u.code, id: u.id });
      setTab('unit');
    });
  });
  const paid = (receipt: ReceiptRecord) => {
    setPaying(null);
    void message.success(t('fees.pay.issued', { no: receipt.no }));
    void printMoneyDoc(receipt);
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="fees-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('fees.page.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'arrears',
            label: t('fees.page.arrearsTab'),
            children: (
              <ArrearsPanel
                month={month}
                today={today}
                onMonth={setMonth}
                onPay={(r) => setPaying(r)}
                onChase={(r) => setChasing(r)}
              />
            ),
          },
          {
            key: 'generate',
            label: t('fees.page.generateTab'),
            children: <GeneratePanel month={month} />,
          },
          {
            key: 'meters',
            label: t('fees.page.metersTab'),
            children: <MetersPanel month={month} />,
          },
          {
            key: 'unit',
            label: t('fees.page.unitTab'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space>
                  <span>{t('fees.unit.pick')}</span>
                  <UnitPicker
                    value={unit.code}
                    testId="fees-unit-picker"
                    placeholder={t('fees.unit.pickHint')}
                    style={{ width: 220 }}
                    onChange={(code, id) => setUnit({ code, id })}
                  />
                </Space>
                {unit.id && (
                  <UnitBillsPanel
                    unitId={unit.id}
                    onPay={() => setPaying({ unitId: unit.id, unitCode: unit.code })}
                  />
                )}
              </Space>
            ),
          },
          {
            key: 'history',
            label: t('fees.page.historyTab'),
            children: <HistoryPanel />,
          },
        ]}
      />
      {paying && (
        <PayBillsModal
          unitId={paying.unitId}
          unitCode={paying.unitCode}
          onClose={() => setPaying(null)}
          onPaid={paid}
        />
      )}
      {chasing && (
        <ChaseModal
          unitId={chasing.unitId}
          unitCode={chasing.unitCode}
          onClose={() => setChasing(null)}
          onSaved={() => {
            setChasing(null);
            void message.success(t('fees.chase.saved'));
          }}
        />
      )}
      {printModal}
    </Space>
  );
}
