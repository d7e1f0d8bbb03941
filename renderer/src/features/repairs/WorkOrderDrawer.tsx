import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { RecordDrawer } from '../../components/RecordDrawer';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { GradeTag } from '../../components/GradeTag';
import type { WorkOrderRecord } from '../../db/records';
import { t } from '../../i18n';
import { linkedRecordItem } from '../../components/linkedRecordItem';
import { actionsOf, type WorkOrderAction } from './workOrderActions';

const time = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '—');

function revisitText(o: WorkOrderRecord): string {
  if (o.revisitStatus === 'none') return t('repairs.detail.revisitNone');
  const reason = t(`repairs.revisitReason.${o.revisitReason ?? 'sample'}`);
  if (o.revisitStatus === 'due') return t('repairs.detail.revisitDue', { reason });
  return t('repairs.detail.revisitDone', {
    result: o.revisitResult ? t(`repairs.revisitResult.${o.revisitResult}`) : '',
    at: time(o.revisitAt),
    by: o.revisitByName ?? '',
  });
}

interface Props {
  id: string;
  onClose: () => void;
  onAction: (action: WorkOrderAction, order: WorkOrderRecord) => void;
}

/** One saved work order opened again: intake, the worker's result, the charge, the revisit. */
export function WorkOrderDrawer({ id, onClose, onAction }: Props) {
  const repos = useRepos();
  const navigate = useNavigate();
  const o = useLiveQuery(() => repos.workOrders.get(id), [repos, id]);
  if (!o) return null;
  const yesNo = (v: boolean | undefined) => t(v ? 'repairs.detail.yes' : 'repairs.detail.no');
  return (
    <RecordDrawer
      width={680}
      onClose={onClose}
      title={t('repairs.detail.title', { kind: t(`repairs.kind.${o.kind}`), no: o.no })}
      testId="wo-drawer"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {actionsOf(o).map((a) => (
          <Button key={a} onClick={() => onAction(a, o)} data-testid={`wo-drawer-${a}`}>
            {t(`repairs.action.${a}`)}
          </Button>
        ))}
      </Space>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('repairs.detail.status')}>
          <span data-testid="wo-drawer-status">{t(`repairs.status.${o.status}`)}</span>
          {o.reopenCount > 0 && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t('repairs.detail.reopened', { count: o.reopenCount })}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairs.detail.received')}>
          {time(o.receivedAt)} {o.receivedByName}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairs.detail.unit')}>
          {o.unitCode || t(`repairs.place.${o.place}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairs.detail.contact')}>
          {o.contactName} {o.contactPhone} <GradeTag unitId={o.unitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('repairs.detail.problem')} span={2}>
          {o.urgency === 'emergency' && <Tag color="red">{t('repairs.urgency.emergency')}</Tag>}
          {o.serviceType && o.kind === 'paidService' && (
            <Tag>{t(`repairs.serviceType.${o.serviceType}`)}</Tag>
          )}
          {o.problem}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairs.detail.department')}>{o.department}</Descriptions.Item>
        <Descriptions.Item label={t('repairs.detail.appointment')}>
          {o.appointment || '—'}
        </Descriptions.Item>
        {o.enquiryId &&
          linkedRecordItem({
            label: t('enquiries.fromEnquiry'),
            route: `/enquiries?open=${o.enquiryId}`,
            text: `${t('enquiries.fromEnquiry')} ${o.enquiryNo ?? ''}`,
            testId: 'wo-drawer-enquiry',
            navigate,
          })}
        {o.caseId &&
          linkedRecordItem({
            label: t('repairs.detail.case'),
            route: `/complaints?open=${o.caseId}`,
            text: o.caseNo,
            testId: 'wo-drawer-case',
            navigate,
          })}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('repairs.detail.resultHeading')}
      </Typography.Title>
      {o.workDone ? (
        <Descriptions size="small" column={2} bordered data-testid="wo-drawer-result">
          <Descriptions.Item label={t('repairs.detail.workDone')} span={2}>
            {o.workDone}
          </Descriptions.Item>
          <Descriptions.Item label={t('repairs.detail.materials')}>
            {o.materials || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('repairs.detail.worker')}>{o.worker}</Descriptions.Item>
          <Descriptions.Item label={t('repairs.detail.completedAt')}>
            {time(o.completedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('repairs.detail.signed')}>
            {yesNo(o.customerSigned)}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('repairs.detail.noResult')}</Typography.Text>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('repairs.detail.chargeHeading')}
      </Typography.Title>
      <Typography.Paragraph data-testid="wo-drawer-charge">
        {!o.paid
          ? t('repairs.detail.free')
          : `${t('repairs.detail.charge')} ${o.chargeFen ? formatFen(o.chargeFen) : '—'} · ${
              o.receiptNo
                ? `${t('repairs.detail.receipt')} ${o.receiptNo}`
                : t('repairs.detail.notCharged')
            }`}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('repairs.detail.revisitHeading')}</Typography.Title>
      <Typography.Paragraph data-testid="wo-drawer-revisit">
        {revisitText(o)}
        {o.revisitNote ? ` · ${t('repairs.detail.revisitNote')}：${o.revisitNote}` : ''}
      </Typography.Paragraph>
      {o.closedAt && (
        <Typography.Text type="secondary">
          {t('repairs.detail.closedAt')} {time(o.closedAt)}
        </Typography.Text>
      )}
    </RecordDrawer>
  );
}
