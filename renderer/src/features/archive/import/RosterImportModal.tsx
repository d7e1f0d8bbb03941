import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Result, Spin, Steps, Upload } from 'antd';
import { useState } from 'react';
import { guessColumnMapping, type RosterMapping, type RosterResult } from '@shared/domain/roster';
import {
  codeMapOf,
  findCodeColumns,
  rememberCodes,
  type CodeColumn,
  type CodeMap,
} from '@shared/domain/rosterCodes';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import { useBusyRun } from '../../../components/useBusyRun';
import type { ArchiveBatchResult } from '../../../db/repositories/rosterImportRepository';
import { t } from '../../../i18n';
import { readRosterFile, type RosterSheet } from '../excel/readRosterFile';
import { CodesStep } from './CodesStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import {
  checkRoster,
  commitRoster,
  errorRowCount,
  hasFileError,
  rememberRosterCodes,
} from './rosterImport';

interface Read {
  file: string;
  sheet: RosterSheet;
  mapping: RosterMapping;
  /** Translations remembered from earlier imports (setting `rosterCodes`). */
  remembered: CodeMap;
}

type Stage =
  | { step: 'file' }
  | ({ step: 'mapping' } & Read)
  | ({ step: 'codes'; codes: CodeColumn[] } & Read)
  | ({ step: 'preview'; codes: CodeColumn[]; result: RosterResult } & Read)
  | { step: 'done'; done: ArchiveBatchResult };

const STEP_INDEX: Record<Stage['step'], number> = {
  file: 0,
  mapping: 1,
  codes: 2,
  preview: 3,
  done: 4,
};

/**
 * Import an estate's Excel roster: choose the file → check the column mapping → translate
 * another system's codes (when the file has any) → preview every row with its errors →
 * confirm. Nothing is written before the confirm, and then all in one go.
 */
export function RosterImportModal({ onClose }: { onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { modal } = App.useApp();
  const [stage, setStage] = useState<Stage>({ step: 'file' });
  const { busy, error, run } = useBusyRun();

  const readFile = (file: File) =>
    run(t('archive.import.reading'), async () => {
      const sheet = await readRosterFile(await file.arrayBuffer());
      const remembered = await repos.settings.get('rosterCodes');
      setStage({
        step: 'mapping',
        file: file.name,
        sheet,
        mapping: guessColumnMapping(sheet.headers),
        remembered,
      });
    });

  const check = (read: Read, codes: CodeColumn[]) =>
    void run(t('archive.import.checking'), async () => {
      const result = await checkRoster(repos, read.sheet, read.mapping, codeMapOf(codes));
      setStage({ ...read, step: 'preview', codes, result });
    });

  // From the columns to the codes, or straight to the check when the file holds none.
  const next = () => {
    if (stage.step !== 'mapping') return;
    const codes = findCodeColumns(stage.sheet.rows, stage.mapping, stage.remembered);
    if (codes.length === 0) check(stage, codes);
    else setStage({ ...stage, step: 'codes', codes });
  };
  const back = () => {
    // What she translated stays filled in when she comes back to the codes.
    if (stage.step === 'codes')
      setStage({
        ...stage,
        step: 'mapping',
        remembered: rememberCodes(stage.remembered, codeMapOf(stage.codes)),
      });
    if (stage.step === 'preview')
      setStage({ ...stage, step: stage.codes.length ? 'codes' : 'mapping' });
  };

  const commit = (onlyValid: boolean) => {
    // One commit at a time: a second click while the first is writing is ignored (issue 15).
    if (stage.step !== 'preview' || busy !== null) return;
    void run(t('archive.import.importing'), async () => {
      const done = await commitRoster(repos, actor, stage.file, stage.result, onlyValid);
      setStage({ step: 'done', done });
      // After the write: the roster is in even if keeping the translations failed.
      await rememberRosterCodes(repos, actor, stage.remembered, codeMapOf(stage.codes));
    });
  };

  const confirmOnlyValid = (result: RosterResult) =>
    modal.confirm({
      title: t('archive.import.onlyValid', { count: result.valid.length }),
      content: t('archive.import.onlyValidConfirm', {
        errors: errorRowCount(result),
        valid: result.valid.length,
      }),
      okButtonProps: { type: 'primary', ...{ 'data-testid': 'roster-valid-only-ok' } },
      onOk: () => commit(true),
    });

  const footer = () => {
    if (stage.step === 'mapping') {
      return [
        <Button key="back" onClick={() => setStage({ step: 'file' })}>
          {t('common.previous')}
        </Button>,
        <Button key="check" type="primary" onClick={next} data-testid="roster-validate">
          {t('archive.import.validate')}
        </Button>,
      ];
    }
    if (stage.step === 'codes') {
      return [
        <Button key="back" onClick={back} data-testid="roster-codes-back">
          {t('common.previous')}
        </Button>,
        <Button
          key="check"
          type="primary"
          onClick={() => check(stage, stage.codes)}
          data-testid="roster-codes-validate"
        >
          {t('archive.import.validate')}
        </Button>,
      ];
    }
    if (stage.step === 'preview') {
      const { result } = stage;
      const bad = errorRowCount(result);
      const canOnlyValid = bad > 0 && !hasFileError(result) && result.valid.length > 0;
      return [
        <Button key="back" onClick={back}>
          {t('common.previous')}
        </Button>,
        canOnlyValid && (
          <Button
            key="valid"
            disabled={busy !== null}
            onClick={() => confirmOnlyValid(result)}
            data-testid="roster-confirm-valid-only"
          >
            {t('archive.import.onlyValid', { count: result.valid.length })}
          </Button>
        ),
        <Button
          key="confirm"
          type="primary"
          disabled={bad > 0 || result.valid.length === 0 || busy !== null}
          loading={busy !== null}
          onClick={() => commit(false)}
          data-testid="roster-confirm"
        >
          {t('archive.import.confirm', { count: result.valid.length })}
        </Button>,
      ];
    }
    if (stage.step === 'done') {
      return [
        <Button key="again" onClick={() => setStage({ step: 'file' })}>
          {t('archive.import.again')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose} data-testid="roster-close">
          {t('common.close')}
        </Button>,
      ];
    }
    return null;
  };

  return (
    <Modal
      open
      width={900}
      title={t('archive.import.title')}
      onCancel={onClose}
      footer={footer()}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={STEP_INDEX[stage.step]}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('archive.import.stepFile') },
          { title: t('archive.import.stepMapping') },
          { title: t('archive.import.stepCodes') },
          { title: t('archive.import.stepPreview') },
          { title: t('archive.import.stepDone') },
        ]}
      />
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="roster-error"
        />
      )}
      <Spin spinning={busy !== null} tip={busy ?? undefined}>
        {stage.step === 'file' && (
          <div data-testid="roster-file">
            <Upload.Dragger
              accept=".xlsx"
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                void readFile(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('archive.import.dropHint')}</p>
              <p className="ant-upload-hint">{t('archive.import.dropSub')}</p>
            </Upload.Dragger>
          </div>
        )}
        {stage.step === 'mapping' && (
          <>
            <Alert
              type="info"
              style={{ marginBottom: 12 }}
              title={t('archive.import.fileInfo', {
                file: stage.file,
                sheet: stage.sheet.sheetName,
                rows: stage.sheet.rows.length,
              })}
            />
            <MappingStep
              sheet={stage.sheet}
              mapping={stage.mapping}
              onChange={(mapping) => setStage({ ...stage, mapping })}
            />
          </>
        )}
        {stage.step === 'codes' && (
          <CodesStep codes={stage.codes} onChange={(codes) => setStage({ ...stage, codes })} />
        )}
        {stage.step === 'preview' && <PreviewStep result={stage.result} />}
        {stage.step === 'done' && (
          <Result
            status="success"
            title={t('archive.import.done')}
            subTitle={stage.done.summary}
            data-testid="roster-done"
          />
        )}
      </Spin>
    </Modal>
  );
}
