import { printChoiceFor, type PrintingSettings } from '@shared/domain/deskSettings';
import type { HostApi } from '../host/hostApi';
import type { BuiltDocument } from './printTypes';

export type PrintTarget = 'paper' | 'pdf';

export type PrintOutcome = { done: true; path?: string } | { done: false; error?: string };

export interface PrintDeps {
  host: Pick<HostApi, 'print' | 'printToPdf'>;
  printing: PrintingSettings;
  /** Records the print (audit, reprint count); called only once the host reports success. */
  audit: () => Promise<unknown>;
}

/**
 * Sends a built document to the host: on paper with the printer, dialog/silent mode and copies
 * set for its kind in settings, or as a PDF through a save dialog. A cancelled save or a
 * failed print is not audited as printed.
 */
export async function printDocument(
  doc: BuiltDocument,
  target: PrintTarget,
  deps: PrintDeps,
): Promise<PrintOutcome> {
  const base = {
    kind: doc.kind,
    title: doc.title,
    html: doc.html,
    pageSize: doc.pageSize,
    landscape: doc.landscape,
  };
  if (target === 'pdf') {
    const saved = await deps.host.printToPdf({ ...base, suggestedName: `${doc.title}.pdf` });
    if (!saved.saved) return { done: false };
    await deps.audit();
    return { done: true, path: saved.path };
  }
  const choice = printChoiceFor(deps.printing, doc.kind);
  const result = await deps.host.print({
    ...base,
    silent: choice.mode === 'silent',
    ...(choice.printerName ? { printerName: choice.printerName } : {}),
    copies: choice.copies,
  });
  if (!result.ok) return { done: false, error: result.error };
  await deps.audit();
  return { done: true };
}
