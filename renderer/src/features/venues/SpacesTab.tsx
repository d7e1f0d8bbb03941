import { App, Button, Checkbox, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { formatFen } from '@shared/domain/money';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useRowEditor } from '../../components/useRowEditor';
import { useSetting } from '../../app/useSetting';
import type { VenueSpaceRecord } from '../../db/records';
import { t } from '../../i18n';
import { WEEKDAY_KEYS } from './bookingText';
import { SpaceFormModal } from './SpaceFormModal';
import { messageOf } from '../../i18n/domainText';

/** The opening hours as one line: 周一 不开放 · 周二 08:00–21:00 … */
function hoursText(s: VenueSpaceRecord): string {
  return s.weekly
    .map(
      (d, i) =>
        `${t(`venues.weekday.${WEEKDAY_KEYS[i] ?? 'mon'}`)} ${d.open ? `${d.from}–${d.to}` : t('venues.calendar.closed')}`,
    )
    .join(' · ');
}

/** 场地设置: the spaces and the register's setting (approval, refund days), kept by a supervisor. */
export function SpacesTab(props: { spaces: readonly VenueSpaceRecord[] }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const settings = useSetting('venues');
  const ed = useRowEditor<VenueSpaceRecord>((s) => t('venues.spaces.saved', { name: s.name }));
  const may = hasRole(actor.role, 'supervisor');
  const saveSetting = async (patch: Partial<NonNullable<typeof settings>>) => {
    if (!settings) return;
    try {
      await repos.settings.set('venues', { ...settings, ...patch }, actor);
      void message.success(t('venues.spaces.settingsSaved'));
    } catch (err) {
      void message.error(messageOf(err));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {may ? (
          <Button type="primary" onClick={ed.startNew} data-testid="space-add">
            {t('venues.spaces.add')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('venues.spaces.supervisorOnly')}</Typography.Text>
        )}
        <Checkbox
          checked={settings?.approvalRequired ?? true}
          disabled={!may || !settings}
          onChange={(e) => void saveSetting({ approvalRequired: e.target.checked })}
          data-testid="venue-approval-setting"
        >
          {t('venues.spaces.approvalRequired')}
        </Checkbox>
        <span>{t('venues.spaces.refundDays')}</span>
        <InputNumber
          min={0}
          max={30}
          value={settings?.refundDays}
          disabled={!may || !settings}
          onChange={(n) => typeof n === 'number' && void saveSetting({ refundDays: n })}
          aria-label={t('venues.spaces.refundDays')}
        />
      </Space>
      <Table<VenueSpaceRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...props.spaces]}
        data-testid="space-table"
        columns={[
          {
            title: t('venues.spaces.name'),
            width: 140,
            render: (_, s) => (
              <Space>
                {s.name}
                {!s.active && <Tag>{t('venues.spaces.inactive')}</Tag>}
              </Space>
            ),
          },
          { title: t('venues.spaces.place'), dataIndex: 'place', width: 110 },
          { title: t('venues.spaces.capacity'), dataIndex: 'capacity', width: 80 },
          { title: t('venues.spaces.hours'), render: (_, s) => hoursText(s) },
          {
            title: t('venues.spaces.fee'),
            width: 120,
            render: (_, s) => `${formatFen(s.feeFen)} / ${t(`venues.feeUnit.${s.feeUnit}`)}`,
          },
          {
            title: t('venues.spaces.deposit'),
            width: 90,
            render: (_, s) => formatFen(s.depositFen),
          },
          ed.editColumn(may, t('venues.spaces.edit')),
        ]}
      />
      {ed.form && <SpaceFormModal {...ed.form} />}
    </Space>
  );
}
