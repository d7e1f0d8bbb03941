import { App, Button, Checkbox, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import { INSPECTION_POINTS } from '@shared/domain/movein';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { MoveInRecord } from '../../db/records';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';
import { messageOf } from '../../i18n/domainText';

/** 房屋质量验收: each defect becomes a work order; the second inspection ticks what was fixed. */
export function MoveInDefects({ moveIn: m }: { moveIn: MoveInRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const [point, setPoint] = useState<string>(INSPECTION_POINTS[0]);
  const [description, setDescription] = useState('');
  const [department, setDepartment] = useState(departments[0]?.name ?? '');
  const [fixed, setFixed] = useState<string[]>([]);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="movein-defects">
      <Typography.Title level={5}>{t('movein.defects.title')}</Typography.Title>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('movein.defects.none') }}
        dataSource={m.defects}
        renderItem={(d) => (
          <List.Item>
            <Checkbox
              disabled={Boolean(d.fixedAt)}
              checked={Boolean(d.fixedAt) || fixed.includes(d.id)}
              onChange={(e) =>
                setFixed((f) => (e.target.checked ? [...f, d.id] : f.filter((x) => x !== d.id)))
              }
            >
              {d.point}：{d.description}
            </Checkbox>
            <Space>
              {d.workOrderNo && <Tag>{t('movein.defects.workOrder', { no: d.workOrderNo })}</Tag>}
              <Tag color={d.fixedAt ? 'green' : 'orange'}>
                {t(d.fixedAt ? 'movein.defects.fixed' : 'movein.defects.open')}
              </Tag>
            </Space>
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: '100%' }}>
        <Select
          style={{ width: 150 }}
          value={point}
          onChange={setPoint}
          options={INSPECTION_POINTS.map((p) => ({ value: p, label: p }))}
        />
        <Input
          placeholder={t('movein.defects.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          data-testid="movein-defect-text"
        />
        <Select
          style={{ width: 110 }}
          value={department}
          onChange={setDepartment}
          options={departments.map((d) => ({ value: d.name, label: d.name }))}
        />
        <Button
          onClick={() =>
            void run(async () => {
              await repos.moveIns.addDefect(actor, m.id, { point, description, department });
              setDescription('');
            })
          }
          data-testid="movein-defect-add"
        >
          {t('movein.defects.add')}
        </Button>
      </Space.Compact>
      <Space>
        <Button
          disabled={fixed.length === 0}
          onClick={() =>
            void run(async () => {
              await repos.moveIns.secondInspection(actor, m.id, fixed);
              setFixed([]);
            })
          }
        >
          {t('movein.defects.second')}
        </Button>
        {m.secondInspectionAt && (
          <Typography.Text type="secondary">
            {t('movein.defects.secondAt', { time: formatOfficeDateTime(m.secondInspectionAt) })}
          </Typography.Text>
        )}
      </Space>
    </Space>
  );
}
