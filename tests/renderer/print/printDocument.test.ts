import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PRINTING, type PrintingSettings } from '@shared/domain/deskSettings';
import { printDocument, type PrintDeps } from '../../../renderer/src/print/printDocument';
import type { BuiltDocument } from '../../../renderer/src/print/printTypes';

const doc: BuiltDocument = {
  kind: 'receipt',
  title: '收据 SJ2026-000001',
  html: '<!doctype html><p>收据</p>',
  pageSize: { widthMm: 210, heightMm: 148.5 },
  landscape: false,
  widthMm: 210,
  heightMm: 148.5,
};

type Print = PrintDeps['host']['print'];
type Pdf = PrintDeps['host']['printToPdf'];

function deps(printing: PrintingSettings, over: { print?: Print; printToPdf?: Pdf } = {}) {
  const host = {
    print: vi.fn<Print>(over.print ?? (async () => ({ ok: true }))),
    printToPdf: vi.fn<Pdf>(over.printToPdf ?? (async () => ({ saved: true, path: '/tmp/x.pdf' }))),
  };
  const audit = vi.fn(async () => undefined);
  return { host, audit, printing };
}

describe('printDocument', () => {
  it('prints through the dialog on the default printer when the kind has no setting', async () => {
    const d = deps(DEFAULT_PRINTING);
    expect(await printDocument(doc, 'paper', d)).toEqual({ done: true });
    expect(d.host.print).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'receipt',
        silent: false,
        copies: 1,
        pageSize: { widthMm: 210, heightMm: 148.5 },
      }),
    );
    expect(d.host.print.mock.calls[0]?.[0]).not.toHaveProperty('printerName');
    expect(d.audit).toHaveBeenCalledOnce();
  });

  it("uses the kind's printer, silent mode and copies from settings", async () => {
    const d = deps({
      receiptPaper: '241x93',
      documents: { receipt: { printerName: 'EPSON LQ-630K', mode: 'silent', copies: 2 } },
    });
    await printDocument(doc, 'paper', d);
    expect(d.host.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: true, printerName: 'EPSON LQ-630K', copies: 2 }),
    );
  });

  it('saves a PDF under the document title and reports the path', async () => {
    const d = deps(DEFAULT_PRINTING);
    expect(await printDocument(doc, 'pdf', d)).toEqual({ done: true, path: '/tmp/x.pdf' });
    expect(d.host.printToPdf).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: '收据 SJ2026-000001.pdf' }),
    );
  });

  it('does not audit a failed print or a cancelled save', async () => {
    const failed = deps(DEFAULT_PRINTING, { print: async () => ({ ok: false, error: '缺纸' }) });
    expect(await printDocument(doc, 'paper', failed)).toEqual({ done: false, error: '缺纸' });
    expect(failed.audit).not.toHaveBeenCalled();
    const cancelled = deps(DEFAULT_PRINTING, { printToPdf: async () => ({ saved: false }) });
    expect(await printDocument(doc, 'pdf', cancelled)).toEqual({ done: false });
    expect(cancelled.audit).not.toHaveBeenCalled();
  });
});
