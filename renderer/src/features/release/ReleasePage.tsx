import { App, Button, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import type { ReleasePassStatus } from '@shared/domain/releasePass';
import { officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { TextPromptModal } from '../../components/TextPromptModal';
import type { ReleasePassRecord } from '../../db/records';
import { RegisterPage, RegisterTable, useNewShortcut } from '../../components/RegisterPage';
import { column, sheetColumn } from '../../components/registerColumns';
import { useSearchAndStatus } from '../../components/useRegisterFilters';
import { useExportButton } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
import { buildReleasePass } from './print/releasePassTemplate';
import { ReleaseFormModal } from './ReleaseFormModal';
import { useReleasePasses } from './useReleasePasses';

const STATUSES: ReleasePassStatus[] = ['issued', 'checkedOut', 'refused', 'void'];
const STATUS_COLORS: Record<ReleasePassStatus, string> = {
  issued: 'blue',
  checkedOut: 'green',
  refused: 'red',
  void: 'default',
};

type Dialog =
  | { kind: 'new' }
  | { kind: 'checkOut'; pass: ReleasePassRecord }
  | { kind: 'void'; pass: ReleasePassRecord }
  | null;

const itemsText = (p: ReleasePassRecord) =>
  p.items.map((i) => `${i.name}×${i.quantity}`).join('、');

/** 携物放行条: open a pass (Alt+N), print the two parts, the guard's check-out, the register. */
export default function ReleasePage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  // The global search opens a pass by its number (`/release?no=FX-…`).
  const { text, search, status, statusFilter } = useSearchAndStatus('release', STATUSES);
  const [dialog, setDialog] = useState<Dialog>(null);
  const rows = useReleasePasses({ text, ...(status ? { status } : {}) });
  const { profile, preview, modal } = useProfilePreview();

  const openNew = useCallback(() => setDialog({ kind: 'new' }), []);
  useNewShortcut(openNew, dialog === null);

  const print = (pass: ReleasePassRecord) =>
    preview(buildReleasePass(pass, profile), () => repos.releasePasses.markPrinted(actor, pass.id));

  const exportButton = useExportButton(t('release.page.export'), rows, (list) => ({
    table: 'releasePasses',
    fileName: t('release.excel.fileName', { date: officeDateOf(new Date().toISOString()) }),
    sheetName: t('release.excel.sheet'),
    columns: [
      sheetColumn(t('release.col.no'), 16, (p) => p.no),
      sheetColumn(t('release.col.unit'), 20, (p) => p.unitCode ?? p.company ?? ''),
      sheetColumn(t('release.col.carrier'), 14, (p) => p.carrier),
      sheetColumn(t('release.col.items'), 40, itemsText),
      sheetColumn(t('release.col.outAt'), 17, (p) => p.outAt.replace('T', ' ')),
      sheetColumn(t('release.col.status'), 10, (p) => t(`release.status.${p.status}`)),
      sheetColumn(t('release.excel.guard'), 10, (p) => p.guardName ?? ''),
      sheetColumn(t('release.excel.reason'), 30, (p) => p.refusedReason ?? ''),
    ],
    done: t('release.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      testId="release-page"
      title={t('release.page.title')}
      exportButton={exportButton}
      newButton={{ label: t('release.page.new'), onClick: openNew, testId: 'release-new' }}
      filterCard
      search={search}
      choices={[statusFilter]}
    >
      <RegisterTable<ReleasePassRecord>
        rows={rows}
        testId="release-table"
        columns={[
          column(t('release.col.no'), 150, (p) => p.no),
          column(t('release.col.unit'), 160, (p) =>
            [p.unitCode, p.company].filter(Boolean).join(' '),
          ),
          column(t('release.col.carrier'), 120, (p) => p.carrier),
          column(t('release.col.items'), undefined, itemsText),
          {
            title: t('release.col.outAt'),
            width: 210,
            render: (_, p) => (
              <Space size={4} wrap data-testid={`release-when-${p.no}`}>
                <Tag color={p.direction === 'in' ? 'purple' : 'cyan'}>
                  {t(`release.direction.${p.direction ?? 'out'}`)}
                </Tag>
                {p.moving
                  ? t('release.movingTag', {
                      date: p.movingDate ?? '',
                      from: p.windowFrom ?? '',
                      to: p.windowTo ?? '',
                      lift: p.lift ?? '',
                    })
                  : p.outAt.replace('T', ' ')}
              </Space>
            ),
          },
          {
            title: t('release.col.status'),
            width: 100,
            render: (_, p) => (
              <Tag color={STATUS_COLORS[p.status]} title={p.refusedReason}>
                {t(`release.status.${p.status}`)}
              </Tag>
            ),
          },
          {
            title: t('release.col.actions'),
            width: 220,
            render: (_, p) => (
              <Space size={4}>
                {p.status === 'issued' && (
                  <>
                    <Button
                      size="small"
                      onClick={() => print(p)}
                      data-testid={`release-print-${p.no}`}
                    >
                      {t('release.action.print')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setDialog({ kind: 'checkOut', pass: p })}
                      data-testid={`release-checkout-${p.no}`}
                    >
                      {t('release.action.checkOut')}
                    </Button>
                  </>
                )}
                {actor.role !== 'clerk' && p.status !== 'checkedOut' && p.status !== 'void' && (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'void', pass: p })}>
                    {t('release.action.void')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'new' && (
        <ReleaseFormModal
          onClose={() => setDialog(null)}
          onSaved={(pass) => {
            setDialog(null);
            if (pass.status === 'refused')
              void message.warning(t('release.form.refused', { no: pass.no }));
            else {
              void message.success(t('release.form.saved', { no: pass.no }));
              print(pass);
            }
          }}
        />
      )}
      {dialog && dialog.kind !== 'new' && (
        <PassStep step={dialog.kind} pass={dialog.pass} onClose={() => setDialog(null)} />
      )}
      {modal}
    </RegisterPage>
  );
}

/** 门岗放行 (the guard's name) or 作废 (the reason): one line of text on a pass, then done. */
function PassStep(props: {
  step: 'checkOut' | 'void';
  pass: ReleasePassRecord;
  onClose: () => void;
}) {
  const { step, pass } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const words = step === 'checkOut' ? 'release.checkOut' : 'release.voidDialog';
  return (
    <TextPromptModal
      title={t(`${words}.title`, { no: pass.no })}
      label={t(step === 'checkOut' ? 'release.checkOut.guard' : 'release.voidDialog.reason')}
      testId={step === 'checkOut' ? 'release-guard' : 'release-void-reason'}
      onClose={props.onClose}
      onSubmit={async (text) => {
        if (step === 'checkOut') await repos.releasePasses.checkOut(actor, pass.id, text);
        else await repos.releasePasses.void(actor, pass.id, text);
        void message.success(t(`${words}.done`, { no: pass.no }));
      }}
    />
  );
}
