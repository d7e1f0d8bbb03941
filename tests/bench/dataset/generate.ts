/**
 * The benchmark estate: a seeded, reproducible five years of a 3,000-unit estate, as the app's
 * own stored records (the shapes of renderer/src/db/records.ts, search terms built by the same
 * shared/domain functions the repositories use, numbers by the same numbering rules).
 * Loaded into the app through its backup restore (see tests/bench/run.ts).
 */
import { buildBackupFile, type BackupTables } from '@shared/domain/backupFormat';
import { BENCH_CLERK, generatePeople, generateUnits } from './archive';
import { generateReceipts, type ReceiptPayer } from './money';
import { makeNumberer, type Numberer } from './numbers';
import { makeRandom, timeWindow, type Random } from './random';
import {
  generateCases,
  generateMail,
  generateVisits,
  generateWorkOrders,
  type Window,
} from './registers';
import { generateRenovations } from './renovations';
import { generateEnquiries, generateSiteChecks, generateSurveyRounds } from './siteRegisters';

export interface DatasetScale {
  units: number;
  residents: number;
  receipts: number;
  cases: number;
  workOrders: number;
  mailItems: number;
  visits: number;
  renovations: number;
  enquiries: number;
  siteChecks: number;
  surveyRounds: number;
}

/** The estate: 3,000 units over five years. */
export const FULL_SCALE: DatasetScale = {
  units: 3000,
  residents: 9000,
  receipts: 100_000,
  cases: 10_000,
  workOrders: 40_000,
  mailItems: 60_000,
  visits: 100_000,
  renovations: 1500,
  enquiries: 20_000,
  siteChecks: 18_000,
  surveyRounds: 40,
};

/** The estate grown by `factor` (1×, 2×, 4×): every count, units and residents too. */
export function scaledEstate(factor: number): DatasetScale {
  return Object.fromEntries(
    Object.entries(FULL_SCALE).map(([k, v]) => [k, Math.round(v * factor)]),
  ) as unknown as DatasetScale;
}

export interface DatasetOptions {
  seed: number;
  scale: DatasetScale;
  /** The last instant of the window (epoch ms): the data ends "now", in the current month. */
  endMs: number;
  years?: number;
}

/** The generated tables, keyed by the app's table names. */
export function generateDataset(options: DatasetOptions): BackupTables {
  const { seed, scale, endMs, years = 5 } = options;
  const r = makeRandom(seed);
  const window = timeWindow(endMs, years);
  const numbers = makeNumberer();
  const units = generateUnits(r, scale.units, window.fromMs);
  const people = generatePeople(r, units, scale.residents, window.fromMs);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const payers = people.filter((p) => p.phones.length > 0);
  const payer = (): ReceiptPayer => {
    const person = r.pick(payers);
    return { person, unit: unitOf.get(person.unitId)! };
  };
  // A renovation's deposit receipt is one of the estate's receipts, so it comes off the total.
  const renovations = generateRenovations(
    r,
    scale.renovations,
    window,
    payer,
    numbers,
    (ms, who) => {
      const [doc] = generateReceipts(r, 1, { fromMs: ms, toMs: ms + 1 }, () => who, numbers);
      return { ...doc!, source: { kind: 'renovation', id: who.unit.id }, sourceId: who.unit.id };
    },
  );
  const receipts = generateReceipts(
    r,
    Math.max(0, scale.receipts - renovations.receipts.length),
    window,
    payer,
    numbers,
  );
  const tables = {
    units,
    people,
    receipts: [...receipts, ...renovations.receipts],
    renovations: renovations.jobs,
    cases: generateCases(r, scale.cases, window, payer, numbers),
    workOrders: generateWorkOrders(r, scale.workOrders, window, payer, numbers),
    mailItems: generateMail(r, scale.mailItems, window, payer),
    visits: generateVisits(r, scale.visits, window, payer),
    // Last, on their own seed: the older registers stay the same rows as before issue 21.
    ...siteTables(makeRandom(seed + 21), scale, window, payers, unitOf, numbers),
    counters: numbers.rows(),
  };
  return tables as unknown as BackupTables;
}

function siteTables(
  r: Random,
  scale: DatasetScale,
  window: Window,
  payers: readonly ReceiptPayer['person'][],
  unitOf: ReadonlyMap<string, ReceiptPayer['unit']>,
  numbers: Numberer,
) {
  const payer = (): ReceiptPayer => {
    const person = r.pick(payers);
    return { person, unit: unitOf.get(person.unitId)! };
  };
  return {
    enquiries: generateEnquiries(r, scale.enquiries, window, payer, numbers),
    siteChecks: generateSiteChecks(r, scale.siteChecks, window, numbers),
    surveyRounds: generateSurveyRounds(r, scale.surveyRounds, window, numbers),
  };
}

/**
 * The tables cut into pieces of at most `rows` rows each (a backup of the whole estate is too
 * big to hand to a page in one piece); restored one after the other in merge mode they add up
 * to the whole dataset.
 */
export function splitTables(tables: BackupTables, rows: number): BackupTables[] {
  const pieces: BackupTables[] = [];
  let current: BackupTables = {};
  let size = 0;
  for (const [name, all] of Object.entries(tables)) {
    for (let i = 0; i < all.length; i += rows) {
      const slice = all.slice(i, i + rows);
      if (size + slice.length > rows && size > 0) {
        pieces.push(current);
        current = {};
        size = 0;
      }
      current[name] = [...(current[name] ?? []), ...slice];
      size += slice.length;
    }
  }
  if (size > 0) pieces.push(current);
  return pieces;
}

/** The dataset as a backup file the app's restore accepts (merge mode keeps the desk's operators). */
export function datasetBackup(tables: BackupTables, schemaVersion: number, createdAt: string) {
  return buildBackupFile(tables, {
    appVersion: 'bench',
    schemaVersion,
    createdAt,
    reason: 'manual',
  });
}

export { BENCH_CLERK };
