import { Alert, App, Input, Modal, Space, Tag, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ratingOfKey, SURVEY_RATINGS, type SurveyRating } from '@shared/domain/surveys';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { SaveFooter } from '../../components/formFrame';
import { UnitPicker } from '../../components/UnitPicker';
import { useFormDraft } from '../../components/useFormDraft';
import type { SurveyRoundRecord } from '../../db/records';
import { t } from '../../i18n';
import { messageOf } from '../../i18n/domainText';

interface EntryValues {
  unitCode: string;
  unitId: string;
  respondent: string;
  answers: Record<string, string>;
}

const blank = (): EntryValues => ({ unitCode: '', unitId: '', respondent: '', answers: {} });

/**
 * 录入调查表 by keyboard, one returned form after another: the unit (Enter goes on to the
 * answers), then each rating question by 1–4 (很满意 … 不满意; the cursor moves on by itself),
 * each opinion question typed and Enter, 0 skips a question, ↑ goes back; Enter on the last
 * line saves and starts the next form at the unit. What is typed is kept as a draft.
 */
export function EntryModal(props: { round: SurveyRoundRecord; onClose: () => void }) {
  const { round } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const form = useForm<EntryValues>({ defaultValues: blank() });
  const draft = useFormDraft(`surveys.entry.${round.id}`, form);
  const values = useWatch({ control: form.control }) as EntryValues;
  const answers = values.answers ?? {};
  const [cursor, setCursor] = useState(0);
  const [entered, setEntered] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const grid = useRef<HTMLDivElement>(null);
  const unitBox = useRef<HTMLDivElement>(null);
  const questions = round.questions;
  const current = questions[cursor];

  const setAnswer = (no: number, a: string | undefined) => {
    const next = { ...form.getValues('answers') };
    if (a === undefined || a === '') delete next[String(no)];
    else next[String(no)] = a;
    form.setValue('answers', next, { shouldDirty: true });
  };
  const advance = () => {
    setCursor((c) => Math.min(c + 1, questions.length));
    grid.current?.focus();
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const v = form.getValues();
      const saved = await repos.surveys.enterResponse(actor, round.id, {
        unitCode: v.unitCode,
        unitId: v.unitId,
        respondent: v.respondent,
        answers: v.answers,
      });
      draft.clear();
      form.reset(blank());
      setCursor(0);
      setEntered((n) => n + 1);
      void message.success(t('surveys.entry.saved', { seq: saved.seq }));
      unitBox.current?.querySelector('input')?.focus();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== grid.current) return;
    if (e.key === 'ArrowUp' || e.key === 'Backspace') {
      e.preventDefault();
      setCursor((c) => Math.max(0, c - 1));
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      advance();
      return;
    }
    if (!current) {
      if (e.key === 'Enter') {
        e.preventDefault();
        void save();
      }
      return;
    }
    if (e.key === '0') {
      e.preventDefault();
      setAnswer(current.no, undefined);
      advance();
      return;
    }
    const rating = current.kind === 'rating' ? ratingOfKey(e.key) : null;
    if (rating) {
      e.preventDefault();
      setAnswer(current.no, rating);
      advance();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      advance();
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('surveys.entry.title', { no: round.no })}
      onCancel={props.onClose}
      destroyOnHidden
      mask={{ closable: false }}
      afterOpenChange={(open) => open && unitBox.current?.querySelector('input')?.focus()}
      footer={
        <SaveFooter
          hint={t('surveys.entry.progress', { count: entered, total: round.formCount })}
          onCancel={props.onClose}
          cancelLabel={t('common.close')}
          onSave={() => void save()}
          saving={saving}
          saveTestId="entry-save"
          saveLabel={t('surveys.entry.save')}
        />
      }
    >
      <div data-testid="survey-entry">
        <Alert type="info" title={t('surveys.entry.hint')} style={{ marginBottom: 12 }} />
        {error && (
          <Alert
            type="error"
            title={error}
            style={{ marginBottom: 12 }}
            data-testid="entry-error"
          />
        )}
        <Space style={{ marginBottom: 12 }}>
          <div
            ref={unitBox}
            onKeyDown={(e) => {
              // The type-ahead takes Enter first (picks the unit); the cursor then goes on.
              if (e.key === 'Enter') setTimeout(() => grid.current?.focus(), 0);
            }}
          >
            <UnitPicker
              value={values.unitCode ?? ''}
              placeholder={t('surveys.entry.unit')}
              testId="entry-unit"
              style={{ width: 180 }}
              onChange={(code, unitId) => {
                form.setValue('unitCode', code);
                form.setValue('unitId', unitId);
              }}
            />
          </div>
          <Input
            placeholder={t('surveys.entry.respondent')}
            style={{ width: 160 }}
            value={values.respondent ?? ''}
            onChange={(e) => form.setValue('respondent', e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && grid.current?.focus()}
            data-testid="entry-respondent"
          />
        </Space>
        <div
          ref={grid}
          tabIndex={0}
          onKeyDown={onGridKey}
          data-testid="entry-grid"
          data-cursor={cursor}
          style={{ outline: 'none', border: '1px solid #d9d9d9', borderRadius: 6, padding: 8 }}
        >
          {questions.map((q, i) => {
            const a = answers[String(q.no)];
            const active = i === cursor;
            return (
              <div
                key={q.no}
                data-testid={`entry-q-${q.no}`}
                data-answer={a ?? ''}
                onClick={() => setCursor(i)}
                style={{
                  display: 'flex',
                  gap: 8,
                  alignItems: 'center',
                  padding: '4px 8px',
                  background: active ? '#e6f4ff' : undefined,
                  borderRadius: 4,
                }}
              >
                <span style={{ width: 28, textAlign: 'right' }}>{q.no}.</span>
                <span style={{ flex: 1 }}>{q.text}</span>
                {q.kind === 'rating' ? (
                  <Space size={4}>
                    {SURVEY_RATINGS.map((r: SurveyRating, k) => (
                      <Tag
                        key={r}
                        color={a === r ? 'blue' : undefined}
                        style={{ cursor: 'pointer', minWidth: 64, textAlign: 'center' }}
                        onClick={() => {
                          setAnswer(q.no, r);
                          setCursor(i + 1);
                        }}
                      >
                        {k + 1} {t(`surveys.rating.${r}`)}
                      </Tag>
                    ))}
                  </Space>
                ) : active ? (
                  <Input
                    autoFocus
                    style={{ width: 320 }}
                    value={a ?? ''}
                    onChange={(e) => setAnswer(q.no, e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        advance();
                      }
                    }}
                    data-testid={`entry-text-${q.no}`}
                  />
                ) : (
                  <Typography.Text type="secondary" style={{ width: 320 }}>
                    {a || t('surveys.entry.notAnswered')}
                  </Typography.Text>
                )}
              </div>
            );
          })}
          <div
            style={{
              padding: '4px 8px',
              background: cursor >= questions.length ? '#f6ffed' : undefined,
            }}
          >
            {t('surveys.entry.save')}
          </div>
        </div>
      </div>
    </Modal>
  );
}
