/**
 * Excel roster import (业户名册导入): checking every row before anything is written. The
 * workbook is read elsewhere (exceljs); this module gets the rows as objects keyed by header
 * text. The template's columns and the column guess are in `rosterColumns.ts`.
 *
 * Policy:
 * - `rows[i]` is Excel row `i + 2` (row 1 is the header), so the reader must keep blank rows as
 *   empty objects; blank rows are skipped silently. Errors name that row and the column header.
 * - At most 50,000 data rows per file; a larger file is refused whole.
 * - A row is imported only if all its cells are good; each bad row lists every problem.
 * - Duplicates: the same unit + name + phone, or the same ID number in the same unit, earlier in
 *   the file or already in the archive. The same ID number in another unit is allowed (one owner
 *   of two flats is a person record per flat) unless the name differs, which is a typo.
 * - Cells are read by `rosterCells.ts` (formulas refused, HTML kept as plain text).
 * - A 身份证 number that fails its check (a typo in another system) does not drop the resident:
 *   the row is imported with the number as written and a warning to correct it (issue 18).
 * - A unit the import creates takes its floor, areas, type, status and lift from the file's
 *   columns; a person takes their 性别 when the file has one.
 * - Code columns (another system's `1`, `1001` for a type or status) are read through the
 *   clerk's translations (`rosterCodes.ts`); a code she left out counts as a blank cell.
 */
import {
  floorFromRoom,
  formatUnitCode,
  parseUnitCode,
  personInputSchema,
  unitInputSchema,
} from './units';
import type {
  CustomerGrade,
  ElevatorAnswer,
  Gender,
  IdType,
  PersonInput,
  PersonKind,
  UnitInput,
  UnitStatus,
} from './units';
import type { UnitType } from './billingSettings';
import { isBlankCell, readCell } from './rosterCells';
import { maskIdNumber } from './identity';
import { parseHundredths } from './billingMath';
import { translateCell, type CodeField, type CodeMap } from './rosterCodes';
import {
  LIST_SEPARATORS,
  ROSTER_COLUMNS,
  type RosterField,
  type RosterMapping,
} from './rosterColumns';

export {
  ROSTER_COLUMNS,
  guessColumnMapping,
  type RosterColumn,
  type RosterField,
  type RosterMapping,
} from './rosterColumns';

export const ROSTER_MAX_ROWS = 50_000;

/** One good row, ready to write. */
export interface RosterRecord {
  /** Excel row number. */
  row: number;
  unitCode: string;
  unit: UnitInput;
  /** Whether the unit is already in the archive (else it is created). */
  unitExists: boolean;
  person: PersonInput;
  /** Imported as it is, to be corrected (an ID number failing its check). */
  warnings?: string[];
}

export interface RosterError {
  /** Excel row number; 0 for a problem with the whole file. */
  row: number;
  /** Header text of the column at fault. */
  column?: string;
  message: string;
}

export interface RosterResult {
  valid: RosterRecord[];
  errors: RosterError[];
  /** Blank rows skipped. */
  skipped: number;
}

/** What the archive already holds, to find duplicates. */
export interface ExistingArchive {
  unitCodes: ReadonlySet<string>;
  /** `personDedupKeys` of every stored person. */
  personKeys: ReadonlySet<string>;
}

/** Duplicate-detection keys of a person in a unit; the archive stores the same keys. */
export function personDedupKeys(
  unitCode: string,
  person: Pick<PersonInput, 'name' | 'phones' | 'idNumber'>,
): string[] {
  const base = `${unitCode}|${person.name.trim()}`;
  const keys = person.phones.length
    ? person.phones.map((p) => `unit:${base}|${p}`)
    : [`unit:${base}|`];
  if (person.idNumber) keys.push(`id:${unitCode}|${person.idNumber.toUpperCase()}`);
  return keys;
}

const PERSON_PATH_FIELD: Record<string, RosterField> = {
  name: 'name',
  kind: 'kind',
  contactPerson: 'contactPerson',
  phones: 'phone',
  idType: 'idType',
  idNumber: 'idNumber',
  moveInDate: 'moveInDate',
  plates: 'plates',
  notes: 'notes',
  grade: 'grade',
  gender: 'gender',
};

/** Checks every row; nothing is written here. */
export function validateRoster(
  rows: readonly Record<string, unknown>[],
  mapping: RosterMapping,
  existing: ExistingArchive,
  codes: CodeMap = {},
): RosterResult {
  const result: RosterResult = { valid: [], errors: [], skipped: 0 };
  // Rows with something in them: one stray cell far down must not count as 199,999 rows.
  const filled = rows.filter((r) => Object.values(r).some((v) => String(v ?? '').trim() !== ''));
  if (filled.length > ROSTER_MAX_ROWS) {
    result.errors.push({
      row: 0,
      message: `一次最多导入 ${ROSTER_MAX_ROWS.toLocaleString('en-US')} 行，本文件有 ${filled.length.toLocaleString('en-US')} 行，请分批导入`,
    });
    return result;
  }
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !mapping[c.field]).map(
    (c) => c.header,
  );
  if (missing.length) {
    result.errors.push({ row: 0, message: `缺少必需的列：${missing.join('、')}` });
    return result;
  }
  const seenKeys = new Map<string, number>();
  const namesById = new Map<string, { name: string; row: number }>();
  const mapped = ROSTER_COLUMNS.filter((c) => mapping[c.field] !== undefined);
  rows.forEach((raw, index) => {
    const row = index + 2;
    if (mapped.every((c) => isBlankCell(raw[mapping[c.field] ?? '']))) {
      result.skipped++;
      return;
    }
    const errors: RosterError[] = [];
    const fail = (field: RosterField | undefined, message: string) =>
      errors.push(
        field && mapping[field] ? { row, column: mapping[field], message } : { row, message },
      );
    const cells: Partial<Record<RosterField, string>> = {};
    // Fields already reported, so a cell that could not be read is not also "missing".
    const bad = new Set<RosterField>();
    for (const c of mapped) {
      const r = readCell(raw[mapping[c.field] ?? ''], c.cell);
      if (r.ok) cells[c.field] = r.text;
      else {
        fail(c.field, r.error);
        bad.add(c.field);
      }
    }
    const unit = readUnit(cells, bad, fail, codes);
    const warnings: string[] = [];
    const person = readPerson(cells, bad, fail, warnings, codes);
    if (errors.length || !unit || !person) {
      result.errors.push(...errors);
      return;
    }
    const dup = findDuplicate(unit.code, person, row, seenKeys, namesById, existing);
    if (dup) {
      fail(dup.field, dup.message);
      result.errors.push(...errors);
      return;
    }
    for (const key of personDedupKeys(unit.code, person)) seenKeys.set(key, row);
    if (person.idNumber) namesById.set(person.idNumber, { name: person.name, row });
    result.valid.push({
      row,
      unitCode: unit.code,
      unit: unit.input,
      unitExists: existing.unitCodes.has(unit.code),
      person,
      ...(warnings.length > 0 ? { warnings } : {}),
    });
  });
  return result;
}

type Fail = (field: RosterField | undefined, message: string) => void;

function readUnit(
  cells: Partial<Record<RosterField, string>>,
  bad: ReadonlySet<RosterField>,
  fail: Fail,
  codes: CodeMap,
): { code: string; input: UnitInput } | null {
  if (!cells.building && !bad.has('building')) fail('building', '缺少楼栋');
  if (!cells.room && !bad.has('room')) fail('room', '缺少房号');
  if (!cells.building || !cells.room) return null;
  const typed = [cells.building, cells.entrance, cells.room].filter((p) => p);
  const parts = parseUnitCode(typed.join('-'));
  if (!parts) {
    fail('room', `无法识别的房号：${typed.join(' ')}`);
    return null;
  }
  let ok = true;
  const word = <T extends string>(field: CodeField & RosterField, message: string) => {
    const text = cells[field];
    if (!text) return undefined;
    const hit = translateCell(field, text, codes);
    if (hit === undefined) {
      fail(field, `${message}（文件中为“${text}”，可在代码对应中对应或不导入）`);
      ok = false;
    }
    return (hit ?? undefined) as T | undefined;
  };
  const area = (field: 'builtArea' | 'innerArea', label: string) => {
    const text = cells[field];
    if (!text) return undefined;
    const h = parseHundredths(text.replace(/(㎡|平方米|平米|m2)$/i, ''));
    if (h === null) {
      fail(field, `${label}应为数字，最多两位小数`);
      ok = false;
      return undefined;
    }
    return h / 100;
  };
  const floorText = cells.floor?.trim();
  const floor = floorText && /^-?\d{1,3}$/.test(floorText) ? Number(floorText) : undefined;
  if (floorText && floor === undefined) {
    fail('floor', '楼层应为整数');
    ok = false;
  }
  const unitType = word<UnitType>('unitType', '房屋类型应为 住宅、商铺、写字楼、别墅或其他');
  const status = word<UnitStatus>('unitStatus', '房屋状态应为 空置、已入住、装修中或托管');
  const lift = word<ElevatorAnswer>('hasElevator', '是否有电梯应为 有 或 无');
  const builtArea = area('builtArea', '建筑面积');
  const innerArea = area('innerArea', '室内面积');
  if (!ok) return null;
  const parsed = unitInputSchema.safeParse({
    ...parts,
    floor: floor ?? floorFromRoom(parts.room),
    status: status ?? 'occupied',
    ...(unitType ? { unitType } : {}),
    ...(builtArea !== undefined ? { builtArea } : {}),
    ...(innerArea !== undefined ? { innerArea } : {}),
    ...(lift ? { hasElevator: lift === 'yes' } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      fail(issue.path[0] === 'building' ? 'building' : 'room', issue.message);
    return null;
  }
  return { code: formatUnitCode(parts), input: parsed.data };
}

function readPerson(
  cells: Partial<Record<RosterField, string>>,
  bad: Set<RosterField>,
  fail: Fail,
  warnings: string[],
  codes: CodeMap,
): PersonInput | null {
  let ok = bad.size === 0;
  const lookup = <T extends string>(
    field: CodeField & RosterField,
    message: string,
  ): T | undefined => {
    const text = cells[field];
    if (!text) return undefined;
    const hit = translateCell(field, text, codes);
    if (hit === null) return undefined;
    if (hit === undefined) {
      fail(field, `${message}（文件中为“${text}”，可在代码对应中对应或不导入）`);
      ok = false;
      bad.add(field);
      // Without a known type the ID number cannot be checked.
      if (field === 'idType') bad.add('idNumber');
    }
    return hit as T | undefined;
  };
  const kind = lookup<PersonKind>('kind', '身份应为 业主、租户、家属或单位');
  const idType = lookup<IdType>('idType', '证件类型应为 身份证、护照、港澳通行证、营业执照或其他');
  const grade = lookup<CustomerGrade>('grade', '客户等级应为 普通、大客户或 VIP');
  const gender = lookup<Gender>('gender', '性别应为 男 或 女');
  if (!cells.name) {
    if (!bad.has('name')) fail('name', '缺少姓名');
    bad.add('name');
    ok = false;
  }
  const list = (text: string | undefined) =>
    text
      ? text
          .split(LIST_SEPARATORS)
          .map((s) => s.trim())
          .filter((s) => s)
      : [];
  const input = {
    kind: kind ?? 'owner',
    name: cells.name ?? '',
    gender,
    contactPerson: cells.contactPerson,
    phones: list(cells.phone),
    idType,
    idNumber: cells.idNumber,
    moveInDate: cells.moveInDate,
    plates: list(cells.plates),
    notes: cells.notes,
    grade: grade ?? 'normal',
  };
  let parsed = personInputSchema.safeParse(input);
  // Only the 身份证 number is wrong: keep the resident, with the number to correct.
  const idOnly =
    !parsed.success &&
    input.idNumber !== undefined &&
    (idType ?? 'idCard') === 'idCard' &&
    parsed.error.issues.every((i) => i.path[0] === 'idNumber');
  if (idOnly && !parsed.success) {
    const message = parsed.error.issues[0]?.message ?? '证件号码无效';
    const without = personInputSchema.safeParse({ ...input, idNumber: undefined });
    if (without.success) {
      // The preview is a list: the number shows masked, as every list shows it (issue 15).
      warnings.push(
        `证件号码 ${maskIdNumber(input.idNumber ?? '')} ${message}，已照原样导入，请核对后更正`,
      );
      parsed = { ...without, data: { ...without.data, idNumber: (input.idNumber ?? '').trim() } };
    }
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = PERSON_PATH_FIELD[String(issue.path[0])];
      if (field && bad.has(field)) continue;
      fail(field, issue.message);
    }
    return null;
  }
  return ok ? parsed.data : null;
}

function findDuplicate(
  unitCode: string,
  person: PersonInput,
  row: number,
  seenKeys: ReadonlyMap<string, number>,
  namesById: ReadonlyMap<string, { name: string; row: number }>,
  existing: ExistingArchive,
): { field: RosterField; message: string } | null {
  for (const key of personDedupKeys(unitCode, person)) {
    const field: RosterField = key.startsWith('id:') ? 'idNumber' : 'name';
    const why = field === 'idNumber' ? '同房号同证件号码' : '同房号、姓名和电话';
    const earlier = seenKeys.get(key);
    if (earlier !== undefined) return { field, message: `与第 ${earlier} 行重复（${why}）` };
    if (existing.personKeys.has(key)) return { field, message: `档案中已有此人（${why}）` };
  }
  const other = person.idNumber ? namesById.get(person.idNumber) : undefined;
  if (other && other.name !== person.name && other.row !== row) {
    return {
      field: 'idNumber',
      message: `证件号码与第 ${other.row} 行相同但姓名不同（${other.name}）`,
    };
  }
  return null;
}
