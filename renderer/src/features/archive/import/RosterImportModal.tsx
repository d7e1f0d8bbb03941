import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Result, Spin, Steps, Upload } from 'antd';
import { useState } from 'react';
import { guessColumnMapping, type RosterMapping, type RosterResult } from '@shared/domain/roster';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import type { ArchiveBatchResult } from '../../../db/repositories/rosterImportRepository';
import { t } from '../../../i18n';
import { readRosterFile, type RosterSheet } from '../excel/readRosterFile';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { checkRoster, commitRoster, errorRowCount, hasFileError } from './rosterImport';
import { messageOf } from '../../../i18n/domainText';

type Stage =
  | { step: 'file' }
  | { step: 'mapping'; file: string; sheet: RosterSheet; mapping: RosterMapping }
  | {
      step: 'preview';
      file: string;
      sheet: RosterSheet;
      mapping: RosterMapping;
      result: RosterResult;
    }
  | { step: 'done'; done: ArchiveBatchResult };

const STEP_INDEX: Record<Stage['step'], number> = { file: 0, mapping: 1, preview: 2, done: 3 };

/**
 * Import an estate's Excel roster: choose the file → check the column mapping → preview every
 * row with its errors → confirm. Nothing is written before the confirm, and then all in one go.
 */
export function RosterImportModal({ onClose }: { onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { modal } = App.useApp();
  const [stage, setStage] = useState<Stage>({ step: 'file' });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const readFile = (file: File) =>
    run(t('archive.import.reading'), async () => {
      const sheet = await readRosterFile(await file.arrayBuffer());
      setStage({
        step: 'mapping',
        file: file.name,
        sheet,
        mapping: guessColumnMapping(sheet.headers),
      });
    });

  const check = () => {
    if (stage.step !== 'mapping') return;
    void run(t('archive.import.checking'), async () => {
      const result = await checkRoster(repos, stage.sheet, stage.mapping);
      setStage({ ...stage, step: 'preview', result });
    });
  };

  const commit = (onlyValid: boolean) => {
    // One commit at a time: a second click while the first is writing is ignored (issue 15).
    if (stage.step !== 'preview' || busy !== null) return;
    void run(t('archive.import.importing'), async () => {
      const done = await commitRoster(repos, actor, stage.file, stage.result, onlyValid);
      setStage({ step: 'done', done });
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
        <Button key="check" type="primary" onClick={check} data-testid="roster-validate">
          {t('archive.import.validate')}
        </Button>,
      ];
    }
    if (stage.step === 'preview') {
      const { result } = stage;
      const bad = errorRowCount(result);
      const canOnlyValid = bad > 0 && !hasFileError(result) && result.valid.length > 0;
      return [
        <Button key="back" onClick={() => setStage({ ...stage, step: 'mapping' })}>
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
