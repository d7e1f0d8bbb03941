import { App, Button, Descriptions, Space } from 'antd';
import { HistoryList } from '../../components/HistoryList';
import { RecordDrawer } from '../../components/RecordDrawer';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { canApply, caseStatusLabel } from '@shared/domain/complaints';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { caseWorkOrderProblems, workOrderFromCase } from '@shared/domain/repairs';
import { GradeTag, useCustomerGrade } from '../../components/GradeTag';
import { nowIso } from '../../db/ids';
import { t } from '../../i18n';
import { linkedRecordItem } from '../../components/linkedRecordItem';
import { useWorkOrderPrinting } from '../repairs/useWorkOrderPrinting';
import { WorkOrderFormModal } from '../repairs/WorkOrderFormModal';
import { useSetting } from '../settings/useSettings';
import { CaseActionModal } from './CaseActionModal';
import type { CaseFormAction } from './caseActions';
import { DeadlineTag } from './DeadlineTag';
import { useCase, useDepartmentName, useNextDeadline } from './useComplaints';
import { useComplaintPrinting } from './useComplaintPrinting';
import { domainText } from '../../i18n/domainText';

const ACTIONS: readonly CaseFormAction[] = [
  'classify',
  'dispatch',
  'departmentReply',
  'feedback',
  'agreeDate',
  'close',
  'revisit',
  'reply',
  'handOver',
];

const time = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '');

/** One case: what was said, the deadlines, every dispatch, revisit and step; the next steps. */
export function CaseDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const c = useCase(id);
  const { message } = App.useApp();
  const [action, setAction] = useState<CaseFormAction | null>(null);
  const [converting, setConverting] = useState(false);
  const navigate = useNavigate();
  const next = useNextDeadline();
  const departmentName = useDepartmentName();
  const departments = useSetting('departments') ?? DEFAULT_DEPARTMENTS;
  const { printDispatch, printModal } = useComplaintPrinting();
  const { printWorkOrder, printModal: workOrderPrintModal } = useWorkOrderPrinting();
  const grade = useCustomerGrade({ personId: c?.personId, unitId: c?.unitId });
  if (!c) return null;
  const isComplaint = c.kind === 'complaint';
  const label = (a: CaseFormAction) =>
    a === 'dispatch' && c.dispatches.length > 0
      ? t('complaints.action.redispatch')
      : t(`complaints.action.${a}`);

  return (
    <RecordDrawer
      width={720}
      onClose={onClose}
      title={t('complaints.detail.title', { kind: t(`complaints.kind.${c.kind}`), no: c.no })}
      extra={<DeadlineTag next={next(c, nowIso())} />}
      testId="case-drawer"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {ACTIONS.filter((a) => canApply(c.kind, c.status, a)).map((a) => (
          <Button key={a} onClick={() => setAction(a)} data-testid={`case-action-${a}`}>
            {label(a)}
          </Button>
        ))}
        {caseWorkOrderProblems(c).length === 0 && (
          <Button onClick={() => setConverting(true)} data-testid="case-action-workOrder">
            {t('complaints.action.workOrder')}
          </Button>
        )}
        <Button onClick={() => printDispatch(c, grade)} data-testid="case-print">
          {t('complaints.action.print')}
        </Button>
      </Space>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('complaints.column.status')}>
          <span data-testid="case-drawer-status">
            {domainText(caseStatusLabel(c.kind, c.status))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.detail.received')}>
          {time(c.receivedAt)} · {t(`complaints.channel.${c.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.detail.customer')}>
          {c.customerName} {c.unitCode ?? ''} {c.customerPhone ?? ''}{' '}
          <GradeTag personId={c.personId} unitId={c.unitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.detail.owner')}>
          {c.ownerName}（{t('complaints.detail.receiver')} {c.receiverName}）
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.detail.content')} span={2}>
          {c.content}
        </Descriptions.Item>
        {isComplaint && (
          <Descriptions.Item label={t('complaints.detail.classification')} span={2}>
            {c.category
              ? `${t(`complaints.category.${c.category}`)}（${t(`complaints.categoryMeaning.${c.category}`)}）`
              : t('complaints.category.none')}
            {' · '}
            {t(`complaints.severity.${c.severity ?? 'none'}`)}
            {' · '}
            {t('complaints.detail.valid')}：
            {c.valid === undefined
              ? '—'
              : c.valid
                ? t('complaints.detail.yes')
                : t('complaints.detail.no')}
            {' · '}
            {departmentName(c.department)}
          </Descriptions.Item>
        )}
        {c.enquiryId &&
          linkedRecordItem({
            label: t('enquiries.fromEnquiry'),
            route: `/enquiries?open=${c.enquiryId}`,
            text: `${t('enquiries.fromEnquiry')} ${c.enquiryNo ?? ''}`,
            testId: 'case-enquiry',
            navigate,
          })}
        {c.workOrderId &&
          linkedRecordItem({
            label: t('complaints.detail.workOrder'),
            route: `/repairs?open=${c.workOrderId}`,
            text: c.workOrderNo,
            testId: 'case-work-order',
            navigate,
          })}
        {c.agreedDueAt && (
          <Descriptions.Item label={t('complaints.detail.agreedDue')}>
            {time(c.agreedDueAt)}
          </Descriptions.Item>
        )}
        {(c.result ?? c.reply) && (
          <Descriptions.Item label={t('complaints.detail.result')} span={2}>
            {c.result ?? c.reply}
            {c.closedAt &&
              ` · ${time(c.closedAt)} ${c.closedOnTime ? t('complaints.detail.onTime') : t('complaints.detail.late')}`}
            {c.adopted !== undefined &&
              ` · ${t(c.adopted ? 'complaints.adoption.adopted' : 'complaints.adoption.rejected')}`}
          </Descriptions.Item>
        )}
        {c.revisitDueAt && c.status === 'closed' && (
          <Descriptions.Item label={t('complaints.detail.revisitDue')}>
            {time(c.revisitDueAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <HistoryList
        title={t('complaints.detail.dispatches')}
        items={c.dispatches}
        line={(d) => (
          <>
            {time(d.at)} {departmentName(d.department)}（{d.byName}）{d.note ?? ''}
            {d.action && ` → ${d.action}，${t('complaints.form.dueBy')} ${time(d.dueBy)}`}
          </>
        )}
      />
      <HistoryList
        title={t('complaints.detail.revisits')}
        items={c.revisits}
        testId="case-revisits"
        line={(r) => (
          <>
            {time(r.at)} {t(`complaints.revisitMethod.${r.method}`)}{' '}
            {t(`complaints.satisfaction.${r.satisfaction}`)} {r.comment}{' '}
            {r.signed
              ? t('complaints.detail.signedBy', { name: r.signedName })
              : t('complaints.detail.unsigned')}
          </>
        )}
      />
      <HistoryList
        title={t('complaints.detail.history')}
        items={c.history}
        testId="case-history"
        line={(e) => (
          <>
            {time(e.at)} {t(`complaints.action.${e.kind === 'reopen' ? 'revisit' : e.kind}`)}（
            {e.byName}）{e.text}
          </>
        )}
      />
      {action && (
        <CaseActionModal
          record={c}
          action={action}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            void message.success(t('complaints.action.done'));
          }}
        />
      )}
      {converting && (
        <WorkOrderFormModal
          kind="repair"
          fromCase={{ record: c, values: workOrderFromCase(c, departments) }}
          onClose={() => setConverting(false)}
          onSaved={(order) => {
            // The form already said "已建工作单 WX-…"; the 派工单 goes to the department.
            setConverting(false);
            void printWorkOrder(order);
          }}
        />
      )}
      {printModal}
      {workOrderPrintModal}
    </RecordDrawer>
  );
}
