import type {
  PrinterInfo as ElectronPrinterInfo,
  PrintToPDFOptions,
  WebContentsPrintOptions,
} from 'electron';
import type { IpcParsedRequest, PageSize, PrinterInfo } from '@shared/ipc';

/** The parsed `print:document` request. */
export type PrintJob = IpcParsedRequest<'print:document'>[0];
/** The parsed `print:pdf` request. */
export type PdfJob = IpcParsedRequest<'print:pdf'>[0];

const MICRONS_PER_MM = 1000;
const MM_PER_INCH = 25.4;

/** `webContents.print` takes a custom page size in microns (Electron 45 docs). */
export function toPrintPageSize(size: PageSize): NonNullable<WebContentsPrintOptions['pageSize']> {
  if (typeof size === 'string') return size;
  return {
    width: Math.round(size.widthMm * MICRONS_PER_MM),
    height: Math.round(size.heightMm * MICRONS_PER_MM),
  };
}

/** `webContents.printToPDF` takes a custom page size in inches, unlike `print`. */
export function toPdfPageSize(size: PageSize): NonNullable<PrintToPDFOptions['pageSize']> {
  if (typeof size === 'string') return size;
  return { width: size.widthMm / MM_PER_INCH, height: size.heightMm / MM_PER_INCH };
}

/**
 * Options for a paper print. Margins are `none` because every template sets its own in `@page`
 * CSS (a permit posted on a door and a receipt strip need different ones); Electron 45's `print`
 * has no `preferCSSPageSize`, so the page size is passed explicitly from the same request.
 */
export function printOptionsFor(job: PrintJob): WebContentsPrintOptions {
  return {
    silent: job.silent,
    ...(job.printerName !== undefined && job.printerName !== ''
      ? { deviceName: job.printerName }
      : {}),
    copies: job.copies,
    pageSize: toPrintPageSize(job.pageSize),
    landscape: job.landscape,
    margins: { marginType: 'none' },
    printBackground: true,
  };
}

/** Options for a PDF: the CSS `@page` rule wins; zero margins leave them to the template too. */
export function pdfOptionsFor(job: PdfJob): PrintToPDFOptions {
  return {
    pageSize: toPdfPageSize(job.pageSize),
    landscape: job.landscape,
    preferCSSPageSize: true,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

/** CUPS marks the system default printer with this bit in `printer-type`. */
const CUPS_PRINTER_DEFAULT = 0x20000;

/**
 * Maps Electron's printer entry to the contract's. Electron 45 no longer reports which printer
 * is the default, so this reads what the platform leaves in `options` (CUPS' `printer-type`
 * flag) and an `isDefault` field older runtimes still set; where neither exists it is `false`.
 */
export function toPrinterInfo(printer: ElectronPrinterInfo): PrinterInfo {
  const options = new Map<string, unknown>(Object.entries(printer.options));
  const printerType = Number(options.get('printer-type'));
  const legacyDefault = 'isDefault' in printer && printer.isDefault === true;
  const cupsDefault = Number.isInteger(printerType) && (printerType & CUPS_PRINTER_DEFAULT) !== 0;
  return {
    name: printer.name,
    displayName: printer.displayName === '' ? printer.name : printer.displayName,
    isDefault: legacyDefault || cupsDefault,
  };
}

/** Appends `.pdf` when the suggested name lacks it, so the dialog's filter matches. */
export function pdfFileName(suggested: string): string {
  return /\.pdf$/i.test(suggested) ? suggested : `${suggested}.pdf`;
}
