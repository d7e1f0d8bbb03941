import { describe, expect, it } from 'vitest';
import type { PrinterInfo as ElectronPrinterInfo } from 'electron';
import { listPrinters } from '../../electron/main/print';
import {
  pdfFileName,
  toPdfPageSize,
  toPrinterInfo,
  toPrintPageSize,
} from '../../electron/main/printOptions';

function printer(
  overrides: Partial<ElectronPrinterInfo> & { options?: Record<string, string> },
): ElectronPrinterInfo {
  return {
    name: 'HP_LaserJet',
    displayName: 'HP LaserJet',
    description: '',
    options: {},
    ...overrides,
  };
}

describe('page sizes', () => {
  it.each(['A4', 'A5', 'A6'] as const)('passes the named size %s through to both APIs', (size) => {
    expect(toPrintPageSize(size)).toBe(size);
    expect(toPdfPageSize(size)).toBe(size);
  });

  it('converts custom millimetres to microns for print and inches for PDF', () => {
    expect(toPrintPageSize({ widthMm: 210, heightMm: 297 })).toEqual({
      width: 210000,
      height: 297000,
    });
    expect(toPdfPageSize({ widthMm: 215.9, heightMm: 279.4 })).toEqual({ width: 8.5, height: 11 });
  });
});

describe('printers', () => {
  it('maps Electron’s entries and finds the CUPS default', async () => {
    const printers = await listPrinters(async () => [
      printer({
        name: 'EPSON_LQ',
        displayName: 'EPSON LQ-630K',
        options: { 'printer-type': String(0x20000 | 0x4) },
      }),
      printer({ name: 'Brother_QL', displayName: '', options: { 'printer-type': '4' } }),
    ]);
    expect(printers).toEqual([
      { name: 'EPSON_LQ', displayName: 'EPSON LQ-630K', isDefault: true },
      { name: 'Brother_QL', displayName: 'Brother_QL', isDefault: false },
    ]);
  });

  it('honours an isDefault flag when the runtime still sets one', () => {
    const legacy = { ...printer({}), isDefault: true };
    expect(toPrinterInfo(legacy).isDefault).toBe(true);
    expect(toPrinterInfo(printer({})).isDefault).toBe(false);
  });
});

describe('pdfFileName', () => {
  it('adds .pdf only when missing', () => {
    expect(pdfFileName('收据-0001')).toBe('收据-0001.pdf');
    expect(pdfFileName('permit.PDF')).toBe('permit.PDF');
  });
});
