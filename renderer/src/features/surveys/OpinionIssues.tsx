import { App, Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SurveyQuestion } from '@shared/domain/surveys';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { EnquiryRecord, SurveyResponseRecord } from '../../db/records';
import { t } from '../../i18n';
import { IntakeFormModal } from '../complaints/IntakeFormModal';
import { linkPath } from '../enquiries/EnquiryDrawer';
import { intakeFromEnquiry } from '../enquiries/enquiryForm';

/**
 * The opinions of the returned forms (text answers), each with its way on: 转投诉 raises it as
 * an enquiry naming the round (surveys.raiseIssue) and opens the complaint intake from that
 * enquiry; once raised it links to the enquiry and to what the enquiry became.
 */
export function OpinionIssues({
  questions,
  forms,
}: {
  questions: readonly SurveyQuestion[];
  forms: readonly SurveyResponseRecord[];
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [intake, setIntake] = useState<EnquiryRecord | null>(null);
  const raisedIds = forms.flatMap((f) => (f.issues ?? []).map((i) => i.enquiryId));
  const enquiries = useLiveQuery(async () => {
    const rows = await Promise.all(raisedIds.map((id) => repos.enquiries.get(id)));
    return new Map(rows.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  }, [repos, raisedIds.join()]);
  const toComplaint = async (f: SurveyResponseRecord, questionNo: number) => {
    setIntake(await repos.surveys.raiseIssue(actor, f.id, questionNo));
  };

  return (
    <>
      <ul data-testid="survey-opinions">
        {forms.flatMap((f) =>
          questions
            .filter((q) => q.kind === 'text' && f.answers[String(q.no)])
            .map((q) => {
              const raised = f.issues?.find((i) => i.questionNo === q.no);
              const e = raised ? enquiries?.get(raised.enquiryId) : undefined;
              const passedOn = e?.links.find((l) => l.kind === 'complaint');
              return (
                <li key={`${f.id}-${q.no}`} data-testid={`survey-opinion-${f.seq}-${q.no}`}>
                  <Space wrap size={8}>
                    <span>
                      {[f.unitCode, `${q.no}. ${f.answers[String(q.no)] ?? ''}`]
                        .filter(Boolean)
                        .join('：')}
                    </span>
                    {raised && (
                      <Typography.Link
                        onClick={() => void navigate(`/enquiries?open=${raised.enquiryId}`)}
                        data-testid="opinion-enquiry"
                      >
                        {t('surveys.opinion.enquiry', { no: raised.enquiryNo })}
                      </Typography.Link>
                    )}
                    {passedOn && (
                      <Typography.Link
                        onClick={() => void navigate(linkPath(passedOn))}
                        data-testid="opinion-complaint"
                      >
                        {t('surveys.opinion.complaint', { no: passedOn.no })}
                      </Typography.Link>
                    )}
                    {!passedOn && (!e || e.status === 'open') && (
                      <Button
                        size="small"
                        onClick={() => void toComplaint(f, q.no)}
                        data-testid="opinion-to-complaint"
                      >
                        {t('surveys.opinion.toComplaint')}
                      </Button>
                    )}
                  </Space>
                </li>
              );
            }),
        )}
      </ul>
      {intake && (
        <IntakeFormModal
          fromEnquiry={{ record: intake, values: intakeFromEnquiry(intake, 'complaint', nowIso()) }}
          onClose={() => setIntake(null)}
          onSaved={(c) => {
            setIntake(null);
            void message.success(t('surveys.opinion.converted', { no: c.no }));
          }}
        />
      )}
    </>
  );
}
