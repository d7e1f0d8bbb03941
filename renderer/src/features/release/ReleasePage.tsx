import { App, Button, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ReleasePassStatus } from '@shared/domain/releasePass';
import { officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { TextPromptModal } from '../../components/TextPromptModal';
import type { ReleasePassRecord } from '../../db/records';
import { choice, RegisterPage, RegisterTable, useNewShortcut } from '../../components/RegisterPage';
import { useExportButton } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { usePrintPreview } from '../../print/PrintPreview';
import { buildReleasePass } from './print/releasePassTemplate';
import { usePropertyProfile } from '../settings/useSettings';
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
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('no') ?? '');
  const [status, setStatus] = useState<ReleasePassStatus | undefined>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const rows = useReleasePasses({ text, ...(status ? { status } : {}) });
  const profile = usePropertyProfile() ?? { name: '' };
  const { preview, modal } = usePrintPreview();

  const openNew = useCallback(() => setDialog({ kind: 'new' }), []);
  useNewShortcut(openNew, dialog === null);

  const print = (pass: ReleasePassRecord) =>
    preview(buildReleasePass(pass, profile), () => repos.releasePasses.markPrinted(actor, pass.id));

  const exportButton = useExportButton(t('release.page.export'), rows, (list) => ({
    table: 'releasePasses',
    fileName: t('release.excel.fileName', { date: officeDateOf(new Date().toISOString()) }),
    sheetName: t('release.excel.sheet'),
    columns: [
      { header: t('release.col.no'), width: 16, value: (p) => p.no },
      { header: t('release.col.unit'), width: 20, value: (p) => p.unitCode ?? p.company ?? '' },
      { header: t('release.col.carrier'), width: 14, value: (p) => p.carrier },
      { header: t('release.col.items'), width: 40, value: itemsText },
      { header: t('release.col.outAt'), width: 17, value: (p) => p.outAt.replace('T', ' ') },
      {
        header: t('release.col.status'),
        width: 10,
        value: (p) => t(`release.status.${p.status}`),
      },
      { header: t('release.excel.guard'), width: 10, value: (p) => p.guardName ?? '' },
      { header: t('release.excel.reason'), width: 30, value: (p) => p.refusedReason ?? '' },
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
      search={{
        placeholder: t('release.page.search'),
        width: 280,
        state: [text, setText],
        testId: 'release-search',
      }}
      choices={[
        choice({
          placeholder: t('release.page.allStatuses'),
          width: 140,
          state: [status, setStatus],
          options: STATUSES.map((s) => ({ value: s, label: t(`release.status.${s}`) })),
        }),
      ]}
    >
      <RegisterTable<ReleasePassRecord>
        rows={rows}
        testId="release-table"
        columns={[
          { title: t('release.col.no'), dataIndex: 'no', width: 150 },
          {
            title: t('release.col.unit'),
            width: 160,
            render: (_, p) => [p.unitCode, p.company].filter(Boolean).join(' '),
          },
          { title: t('release.col.carrier'), dataIndex: 'carrier', width: 120 },
          { title: t('release.col.items'), render: (_, p) => itemsText(p) },
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
      {dialog?.kind === 'checkOut' && (
        <TextPromptModal
          title={t('release.checkOut.title', { no: dialog.pass.no })}
          label={t('release.checkOut.guard')}
          testId="release-guard"
          onClose={() => setDialog(null)}
          onSubmit={async (guard) => {
            await repos.releasePasses.checkOut(actor, dialog.pass.id, guard);
            void message.success(t('release.checkOut.done', { no: dialog.pass.no }));
          }}
        />
      )}
      {dialog?.kind === 'void' && (
        <TextPromptModal
          title={t('release.voidDialog.title', { no: dialog.pass.no })}
          label={t('release.voidDialog.reason')}
          testId="release-void-reason"
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            await repos.releasePasses.void(actor, dialog.pass.id, reason);
            void message.success(t('release.voidDialog.done', { no: dialog.pass.no }));
          }}
        />
      )}
      {modal}
    </RegisterPage>
  );
}
