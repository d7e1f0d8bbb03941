import type { Actor } from '@shared/domain/record';
import { validateRoster, type RosterMapping, type RosterResult } from '@shared/domain/roster';
import { rememberCodes, type CodeMap } from '@shared/domain/rosterCodes';
import type { Repositories } from '../../../db/repositories';
import type { ArchiveBatchResult } from '../../../db/repositories/rosterImportRepository';
import { t } from '../../../i18n';
import type { RosterSheet } from '../excel/readRosterFile';

/** Rows with errors: distinct Excel rows, not error lines (one row may have several). */
export function errorRowCount(result: RosterResult): number {
  return new Set(result.errors.map((e) => e.row)).size;
}

/** A problem with the whole file (too many rows, a required column not mapped): nothing can go in. */
export function hasFileError(result: RosterResult): boolean {
  return result.errors.some((e) => e.row === 0);
}

/** Checks the sheet against the rules and the stored archive. Writes nothing. */
export async function checkRoster(
  repos: Repositories,
  sheet: RosterSheet,
  mapping: RosterMapping,
  codes: CodeMap = {},
): Promise<RosterResult> {
  const existing = await repos.units.existingForRoster();
  return validateRoster(sheet.rows, mapping, existing, codes);
}

/** Keeps this file's code translations for the next import from the same system. */
export async function rememberRosterCodes(
  repos: Repositories,
  actor: Actor,
  remembered: CodeMap,
  chosen: CodeMap,
): Promise<void> {
  if (Object.keys(chosen).length === 0) return;
  await repos.settings.set('rosterCodes', rememberCodes(remembered, chosen), actor);
}

/**
 * Writes the checked rows. With errors in the file nothing is written unless the clerk chose
 * "仅导入无误的行" (`onlyValid`); then the good rows go in and the bad ones are counted as skipped.
 */
export async function commitRoster(
  repos: Repositories,
  actor: Actor,
  fileName: string,
  result: RosterResult,
  onlyValid: boolean,
): Promise<ArchiveBatchResult> {
  const bad = errorRowCount(result);
  if (hasFileError(result) || (bad > 0 && !onlyValid))
    throw new Error(t('archive.import.blocked', { count: bad }));
  if (result.valid.length === 0)
    throw new Error(t('archive.import.summary', { valid: 0, errors: bad, blank: result.skipped }));
  return repos.units.importBatch(result.valid, actor, {
    title: t('archive.import.auditTitle', { file: fileName }),
    skippedRows: bad,
  });
}
