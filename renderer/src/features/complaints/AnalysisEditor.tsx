import { Alert, App, Button, Card, Input, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { analysisScopes, type MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { scopeText } from '../../print/analysisTable';
import { messageOf } from '../../i18n/domainText';

interface Props {
  month: string;
  byCategory: Readonly<Record<string, number>>;
  /** The month's complaints; the major ones get a row of their own. */
  cases: readonly CaseRecord[];
}

type Draft = Record<string, { cause: string; measures: string }>;

/**
 * 原因分析 and 纠正/预防措施 of the month, per category with complaints and per major case:
 * written by the supervisor (a clerk reads them), stored with the month and audited.
 */
export function AnalysisEditor({ month, byCategory, cases }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const saved = useLiveQuery(() => repos.complaintAnalysis.get(month), [repos, month]);
  const canEdit = hasRole(actor.role, 'supervisor');
  const scopes = useMemo(() => {
    const major = cases.filter((c) => c.severity === 'major').map((c) => c.no);
    const fromSaved = (saved?.entries ?? []).map((e) => e.scope);
    return [...new Set([...analysisScopes(byCategory, major), ...fromSaved])];
  }, [byCategory, cases, saved]);
  const [draft, setDraft] = useState<{ month: string; rows: Draft } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows: Draft =
    draft?.month === month
      ? draft.rows
      : Object.fromEntries(
          (saved?.entries ?? []).map((e) => [e.scope, { cause: e.cause, measures: e.measures }]),
        );
  const set = (scope: string, field: 'cause' | 'measures', value: string) =>
    setDraft({
      month,
      rows: {
        ...rows,
        [scope]: { ...(rows[scope] ?? { cause: '', measures: '' }), [field]: value },
      },
    });

  // The two written columns: one growing text box per scope, read-only for a clerk.
  const textColumn = (field: 'cause' | 'measures') => ({
    title: t(`complaints.analysis.${field}`),
    render: (_: unknown, s: string) => (
      <Input.TextArea
        autoSize
        disabled={!canEdit}
        value={rows[s]?.[field] ?? ''}
        onChange={(e) => set(s, field, e.target.value)}
        data-testid={`analysis-${field}-${s}`}
      />
    ),
  });

  const save = async () => {
    setError(null);
    const entries: MonthlyAnalysisEntry[] = scopes.flatMap((scope) => {
      const r = rows[scope];
      return r && (r.cause.trim() || r.measures.trim()) ? [{ scope, ...r }] : [];
    });
    try {
      await repos.complaintAnalysis.save(actor, month, { entries });
      setDraft(null);
      void message.success(t('complaints.analysis.saved'));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <Card size="small" title={t('complaints.analysis.title')} data-testid="analysis-editor">
      {!canEdit && (
        <Typography.Paragraph type="secondary">
          {t('complaints.analysis.readOnly')}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <Table
        size="small"
        pagination={false}
        rowKey={(s) => s}
        dataSource={scopes}
        locale={{ emptyText: t('complaints.analysis.empty') }}
        columns={[
          { title: t('complaints.analysis.scope'), width: 150, render: (_, s) => scopeText(s) },
          textColumn('cause'),
          textColumn('measures'),
        ]}
      />
      {canEdit && scopes.length > 0 && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" onClick={() => void save()} data-testid="analysis-save">
            {t('complaints.analysis.save')}
          </Button>
          {saved && (
            <Typography.Text type="secondary">
              {t('complaints.analysis.by', { name: saved.byName })}
            </Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
