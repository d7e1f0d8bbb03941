import { App, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { HistoryList } from '../../components/HistoryList';
import { RecordDrawer } from '../../components/RecordDrawer';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { convertProblems } from '@shared/domain/enquiries';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { GradeTag } from '../../components/GradeTag';
import { TextPromptModal } from '../../components/TextPromptModal';
import { nowIso } from '../../db/ids';
import type { EnquiryLink, EnquirySource } from '../../db/records';
import { t } from '../../i18n';
import { PersonFormModal } from '../archive/forms/PersonFormModal';
import { IntakeFormModal } from '../complaints/IntakeFormModal';
import { WorkOrderFormModal } from '../repairs/WorkOrderFormModal';
import { intakeFromEnquiry, workOrderFromEnquiry } from './enquiryForm';
import { HandOverModal } from './HandOverModal';

type Dialog = 'settle' | 'handOver' | 'complaint' | 'suggestion' | 'workOrder' | 'person';

const time = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '');

/** Where a link opens: the complaint register or the repairs register. */
export const linkPath = (l: EnquiryLink) =>
  l.kind === 'workOrder' ? `/repairs?open=${l.id}` : `/complaints?open=${l.id}`;

/** Where the record an enquiry was raised from opens: the visit, or the survey round. */
export const sourcePath = (s: EnquirySource) =>
  s.kind === 'visit'
    ? `/visits?open=${encodeURIComponent(s.id)}`
    : `/surveys?open=${encodeURIComponent(s.id)}`;

/** One enquiry: what was asked and answered, its owner and hand-overs, what it became. */
export function EnquiryDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const e = useLiveQuery(() => repos.enquiries.get(id), [repos, id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  if (!e) return null;
  const open = e.status === 'open';
  const canConvert = convertProblems(e).length === 0;
  const done = (text: string) => {
    setDialog(null);
    void message.success(text);
  };

  return (
    <RecordDrawer
      width={680}
      onClose={onClose}
      title={t('enquiries.detail.title', { no: e.no })}
      extra={<Tag data-testid="enquiry-drawer-status">{t(`enquiries.status.${e.status}`)}</Tag>}
      testId="enquiry-drawer"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {open && (
          <Button onClick={() => setDialog('settle')} data-testid="enquiry-action-settle">
            {t('enquiries.action.settle')}
          </Button>
        )}
        {open && (
          <Button onClick={() => setDialog('handOver')} data-testid="enquiry-action-handOver">
            {t('enquiries.action.handOver')}
          </Button>
        )}
        {canConvert &&
          (['complaint', 'suggestion', 'workOrder'] as const).map((k) => (
            <Button key={k} onClick={() => setDialog(k)} data-testid={`enquiry-action-${k}`}>
              {t(
                k === 'complaint'
                  ? 'enquiries.action.toComplaint'
                  : k === 'suggestion'
                    ? 'enquiries.action.toSuggestion'
                    : 'enquiries.action.toWorkOrder',
              )}
            </Button>
          ))}
        {!e.personId && e.unitId && (
          <Button onClick={() => setDialog('person')} data-testid="enquiry-action-person">
            {t('enquiries.action.addPerson')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('enquiries.detail.received')}>
          {time(e.receivedAt)} · {t(`enquiries.channel.${e.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('enquiries.detail.owner')}>
          <span data-testid="enquiry-drawer-owner">{e.ownerName}</span>（
          {t('enquiries.detail.receiver')} {e.receiverName}）
        </Descriptions.Item>
        <Descriptions.Item label={t('enquiries.detail.caller')} span={2}>
          {e.callerName} {e.unitCode ?? ''} {e.callerPhone ?? ''}{' '}
          <GradeTag personId={e.personId} unitId={e.unitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('enquiries.detail.topic')}>{e.topic}</Descriptions.Item>
        <Descriptions.Item label={t('enquiries.detail.firstContact')}>
          {t(e.firstContactSettled ? 'enquiries.detail.yes' : 'enquiries.detail.no')}
        </Descriptions.Item>
        <Descriptions.Item label={t('enquiries.detail.question')} span={2}>
          {e.question}
        </Descriptions.Item>
        <Descriptions.Item label={t('enquiries.detail.answer')} span={2}>
          {e.answer || '—'}
          {e.settledAt &&
            ` · ${t('enquiries.detail.settledAt')} ${time(e.settledAt)} ${e.settledByName ?? ''}`}
        </Descriptions.Item>
        {e.source && (
          <Descriptions.Item label={t('enquiries.detail.source')} span={2}>
            <Typography.Link
              onClick={() => e.source && void navigate(sourcePath(e.source))}
              data-testid="enquiry-source"
            >
              {t(`enquiries.sourceKind.${e.source.kind}`)} {e.source.no}
            </Typography.Link>
          </Descriptions.Item>
        )}
        {e.links.length > 0 && (
          <Descriptions.Item label={t('enquiries.detail.links')} span={2}>
            {e.links.map((l) => (
              <Typography.Link
                key={l.id}
                onClick={() => void navigate(linkPath(l))}
                data-testid="enquiry-link"
                style={{ marginRight: 12 }}
              >
                {t(`enquiries.linkKind.${l.kind}`)} {l.no}
              </Typography.Link>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      <HistoryList
        title={t('enquiries.detail.handOvers')}
        items={e.handOvers}
        testId="enquiry-handovers"
        line={(h) => (
          <>
            {t('enquiries.detail.handOverLine', {
              at: time(h.at),
              from: h.fromName,
              to: h.toName,
              by: h.byName,
              reason: h.reason,
            })}
          </>
        )}
      />
      {dialog === 'settle' && (
        <TextPromptModal
          title={t('enquiries.action.settleTitle', { no: e.no })}
          label={t('enquiries.action.answer')}
          testId="enquiry-settle"
          initial={e.answer}
          onSubmit={async (answer) => {
            await repos.enquiries.settle(actor, e.id, { answer });
            void message.success(t('enquiries.action.done'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'handOver' && (
        <HandOverModal
          record={e}
          onClose={() => setDialog(null)}
          onDone={() => done(t('enquiries.action.done'))}
        />
      )}
      {(dialog === 'complaint' || dialog === 'suggestion') && (
        <IntakeFormModal
          fromEnquiry={{ record: e, values: intakeFromEnquiry(e, dialog, nowIso()) }}
          onClose={() => setDialog(null)}
          onSaved={(c) =>
            done(
              t('enquiries.action.converted', {
                kind: t(`enquiries.linkKind.${c.kind}`),
                no: c.no,
              }),
            )
          }
        />
      )}
      {dialog === 'workOrder' && (
        <WorkOrderFormModal
          kind="repair"
          fromEnquiry={{ record: e, values: workOrderFromEnquiry(e) }}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog === 'person' && e.unitId && (
        <PersonFormModal
          unit={{ id: e.unitId, code: e.unitCode ?? '' }}
          initial={{ name: e.callerName, ...(e.callerPhone ? { phone: e.callerPhone } : {}) }}
          onClose={() => setDialog(null)}
          onSaved={(p) => {
            void repos.enquiries
              .linkPerson(actor, e.id, p.id)
              .then(() => done(t('enquiries.action.personAdded')));
          }}
        />
      )}
    </RecordDrawer>
  );
}
