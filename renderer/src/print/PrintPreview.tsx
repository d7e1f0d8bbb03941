import { App, Button, Modal, Typography } from 'antd';
import { useCallback, useState, type ReactElement } from 'react';
import { DEFAULT_PRINTING } from '@shared/domain/deskSettings';
import { useSetting } from '../app/useSetting';
import { getHost } from '../host/hostApi';
import { t } from '../i18n';
import { printDocument, type PrintTarget } from './printDocument';
import type { BuiltDocument, PrintProfile } from './printTypes';
import { messageOf } from '../i18n/domainText';

interface Pending {
  doc: BuiltDocument;
  audit: () => Promise<unknown>;
}

/**
 * The print preview: the page at true size (CSS millimetres) in a sandboxed iframe that runs
 * no script, then 打印 (printer settings of the document's kind) or 导出 PDF. Returns `preview`
 * to open it and the modal element to render. Documents previewed while one is open wait
 * their turn (one click that issues two receipts shows, and prints, both): printing or closing
 * one shows the next.
 */
export function usePrintPreview(): {
  preview: (doc: BuiltDocument, audit: () => Promise<unknown>) => void;
  modal: ReactElement;
} {
  const { message } = App.useApp();
  const printing = useSetting('printing') ?? DEFAULT_PRINTING;
  const [queue, setQueue] = useState<{ list: Pending[]; shown: number }>({ list: [], shown: 0 });
  const [busy, setBusy] = useState<PrintTarget | null>(null);
  const pending = queue.list[0] ?? null;
  // The next document, or nothing once the last one is done.
  const next = () =>
    setQueue((q) =>
      q.list.length > 1 ? { list: q.list.slice(1), shown: q.shown + 1 } : { list: [], shown: 0 },
    );

  const preview = useCallback(
    (doc: BuiltDocument, audit: () => Promise<unknown>) =>
      setQueue((q) => ({ list: [...q.list, { doc, audit }], shown: q.shown })),
    [],
  );

  const run = async (target: PrintTarget) => {
    if (!pending) return;
    setBusy(target);
    try {
      const outcome = await printDocument(pending.doc, target, {
        host: getHost(),
        printing,
        audit: pending.audit,
      });
      if (outcome.done) {
        void message.success(
          target === 'pdf'
            ? t('print.preview.pdfSaved', { path: outcome.path ?? '' })
            : t('print.preview.printed'),
        );
        next();
      } else if (outcome.error) {
        void message.error(t('print.preview.failed', { message: outcome.error }));
      }
    } catch (err) {
      void message.error(t('print.preview.failed', { message: messageOf(err) }));
    } finally {
      setBusy(null);
    }
  };

  const doc = pending?.doc;
  const total = queue.shown + queue.list.length;
  const modal = (
    <Modal
      open={doc !== undefined}
      title={
        doc
          ? t('print.preview.title', { title: doc.title }) +
            (total > 1 ? t('print.preview.queue', { n: queue.shown + 1, total }) : '')
          : ''
      }
      width={doc ? `calc(${doc.widthMm}mm + 96px)` : undefined}
      onCancel={next}
      style={{ top: 16 }}
      destroyOnHidden
      // Paper is the usual way out, so it is the primary button and Enter's.
      footer={(['pdf', 'paper'] as const).map((how) => (
        <Button
          key={how}
          type={how === 'paper' ? 'primary' : undefined}
          autoFocus={how === 'paper'}
          onClick={() => void run(how)}
          loading={busy === how}
          disabled={busy !== null}
          data-testid={`print-${how}`}
        >
          {t(`print.preview.${how}`)}
        </Button>
      ))}
    >
      {doc && (
        <div data-testid="print-preview">
          <Typography.Text type="secondary">
            {t('print.preview.hint', { width: doc.widthMm, height: doc.heightMm })}
          </Typography.Text>
          <div
            style={{
              overflow: 'auto',
              maxHeight: 'calc(100vh - 230px)',
              background: '#8c8c8c',
              padding: 16,
              marginTop: 8,
            }}
          >
            <iframe
              title={doc.title}
              sandbox=""
              srcDoc={doc.html}
              data-testid="print-preview-frame"
              style={{
                display: 'block',
                width: `${doc.widthMm}mm`,
                height: `${doc.heightMm}mm`,
                border: 0,
                background: '#fff',
                boxShadow: '0 2px 8px rgba(0,0,0,0.35)',
              }}
            />
          </div>
        </div>
      )}
    </Modal>
  );
  return { preview, modal };
}

const NO_PROFILE: PrintProfile = { name: '' };

/**
 * The preview with the office's profile that every printout carries (name, logo, stamp): a
 * register's print buttons need both; an office without a profile yet prints a blank name.
 */
export function useProfilePreview() {
  const profile: PrintProfile = useSetting('profile') ?? NO_PROFILE;
  return { profile, ...usePrintPreview() };
}
