/**
 * Code columns of an imported roster (issue 18): another system's export writes a unit's type,
 * its status, its lift or a person's kind or sex as codes (`1`, `2`, `1001`), not as the words the archive reads.
 * The clerk translates each distinct code found in the file to the app's value, or leaves it out,
 * in a small mapping step; what she chose is remembered (setting `rosterCodes`) for the next file
 * from the same system.
 *
 * Policy:
 * - A cell that is one of the column's known words (`住宅`, `业主` …) needs no translation.
 * - A code translated to `null` is left out: the field falls back to its default, as if the cell
 *   were blank. A code not translated at all is a row error, so nothing is guessed.
 * - Codes are compared as trimmed text (`1001` typed as a number or as text is one code).
 */
import { z } from 'zod';
import { UNIT_TYPES, UNIT_TYPE_KEYS } from './billingSettings';
import {
  ELEVATOR_ANSWERS,
  ELEVATOR_ANSWER_KEYS,
  GENDERS,
  GENDER_KEYS,
  GRADES,
  GRADE_KEYS,
  ID_TYPES,
  ID_TYPE_KEYS,
  PERSON_KINDS,
  PERSON_KIND_KEYS,
  UNIT_STATUSES,
  UNIT_STATUS_KEYS,
} from './units';
import { readCell } from './rosterCells';
import {
  ELEVATOR_WORDS,
  GENDER_WORDS,
  GRADE_WORDS,
  ID_TYPE_WORDS,
  KIND_WORDS,
  UNIT_STATUS_WORDS,
  UNIT_TYPE_WORDS,
  type RosterField,
  type RosterMapping,
} from './rosterColumns';

/** The roster fields whose cells are a value from a fixed list. */
export const CODE_FIELDS = [
  'unitType',
  'unitStatus',
  'kind',
  'idType',
  'grade',
  'hasElevator',
  'gender',
] as const;
export type CodeField = (typeof CODE_FIELDS)[number];

/** The app's values of each code field, with their Chinese labels, in list order. */
export const CODE_VALUES: Record<CodeField, Readonly<Record<string, string>>> = {
  unitType: UNIT_TYPES,
  unitStatus: UNIT_STATUSES,
  kind: PERSON_KINDS,
  idType: ID_TYPES,
  grade: GRADES,
  hasElevator: ELEVATOR_ANSWERS,
  gender: GENDERS,
};

const WORDS: Record<CodeField, Readonly<Record<string, string>>> = {
  unitType: UNIT_TYPE_WORDS,
  unitStatus: UNIT_STATUS_WORDS,
  kind: KIND_WORDS,
  idType: ID_TYPE_WORDS,
  grade: GRADE_WORDS,
  hasElevator: ELEVATOR_WORDS,
  gender: GENDER_WORDS,
};

/** field → code → the app's value, or null to leave the code out. */
export type CodeMap = Partial<Record<CodeField, Record<string, string | null>>>;

const translations = (keys: readonly [string, ...string[]]) =>
  z.record(z.string().min(1).max(40), z.enum(keys).nullable());

/** The remembered translations (setting `rosterCodes`). */
export const codeMapSchema = z
  .object({
    unitType: translations(UNIT_TYPE_KEYS),
    unitStatus: translations(UNIT_STATUS_KEYS),
    kind: translations(PERSON_KIND_KEYS),
    idType: translations(ID_TYPE_KEYS),
    grade: translations(GRADE_KEYS),
    hasElevator: translations(ELEVATOR_ANSWER_KEYS),
    gender: translations(GENDER_KEYS),
  })
  .partial() satisfies z.ZodType<CodeMap, unknown>;

export function isCodeField(field: RosterField): field is CodeField {
  return (CODE_FIELDS as readonly string[]).includes(field);
}

/** The value a known word of the column stands for (matched as the roster reads it). */
export function wordValue(field: CodeField, text: string): string | undefined {
  const t = text.trim();
  return WORDS[field][t] ?? WORDS[field][t.toLowerCase()];
}

/** One distinct code of a column, how many rows carry it, and its translation so far. */
export interface FoundCode {
  code: string;
  rows: number;
  /** Remembered or chosen: a value, null = left out, undefined = not yet translated. */
  value: string | null | undefined;
}

/** A code column of the file with the codes it holds. */
export interface CodeColumn {
  field: CodeField;
  header: string;
  codes: FoundCode[];
}

/**
 * The code columns of a file: each mapped code field whose cells hold something that is not a
 * known word, with every distinct such code (in order of first appearance) and the translation
 * remembered from an earlier import.
 */
export function findCodeColumns(
  rows: readonly Record<string, unknown>[],
  mapping: RosterMapping,
  remembered: CodeMap,
): CodeColumn[] {
  const out: CodeColumn[] = [];
  for (const field of CODE_FIELDS) {
    const header = mapping[field];
    if (!header) continue;
    const counts = new Map<string, number>();
    for (const row of rows) {
      const read = readCell(row[header], 'text');
      const text = read.ok ? read.text.trim() : '';
      if (!text || wordValue(field, text) !== undefined) continue;
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    const known = remembered[field] ?? {};
    out.push({
      field,
      header,
      codes: [...counts].map(([code, n]) => ({
        code,
        rows: n,
        value: Object.hasOwn(known, code) ? known[code] : undefined,
      })),
    });
  }
  return out;
}

/** The translations of the columns, as the roster check and the setting take them. */
export function codeMapOf(columns: readonly CodeColumn[]): CodeMap {
  const map: CodeMap = {};
  for (const col of columns) {
    const entries = col.codes.filter((c) => c.value !== undefined).map((c) => [c.code, c.value]);
    if (entries.length)
      map[col.field] = Object.fromEntries(entries) as Record<string, string | null>;
  }
  return map;
}

/** Codes of the columns still without a translation. */
export function untranslated(columns: readonly CodeColumn[]): number {
  return columns.reduce((n, c) => n + c.codes.filter((x) => x.value === undefined).length, 0);
}

/** The remembered map with this file's translations laid over it. */
export function rememberCodes(remembered: CodeMap, chosen: CodeMap): CodeMap {
  const out: CodeMap = { ...remembered };
  for (const field of CODE_FIELDS) {
    if (chosen[field]) out[field] = { ...(remembered[field] ?? {}), ...chosen[field] };
  }
  return out;
}

/**
 * A cell of a code field as the archive's value: a known word, a translated code, `null` for a
 * code left out, or `undefined` when it is neither (the row is then in error).
 */
export function translateCell(
  field: CodeField,
  text: string,
  codes: CodeMap,
): string | null | undefined {
  const word = wordValue(field, text);
  if (word !== undefined) return word;
  const map = codes[field];
  const t = text.trim();
  return map && Object.hasOwn(map, t) ? map[t] : undefined;
}
