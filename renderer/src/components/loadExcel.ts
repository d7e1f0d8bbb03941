import type * as ExcelJS from 'exceljs';

type ExcelModule = typeof ExcelJS;

/**
 * Loads exceljs on first use: it is large, and most visits to the archive never touch Excel.
 * The package is CommonJS, so depending on the bundler its API sits on `default` or at the top.
 */
export async function loadExcel(): Promise<ExcelModule> {
  const mod: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return mod.default ?? mod;
}
