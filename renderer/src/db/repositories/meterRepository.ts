import { BillingRuleError, type BillingSettings, type MeterKind } from '@shared/domain/billing';
import {
  checkReading,
  isUnusualConsumption,
  readingKey,
  type MeterReplacement,
} from '@shared/domain/meters';
import { compareCodes } from '@shared/domain/collation';
import type { Actor } from '@shared/domain/record';
import { insertAudited, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import type { MeterReadingRecord } from '../feeRecords';
import type { UnitRecord } from '../records';
import { optional } from './receiptInputs';

export interface ReadingRequest {
  unitId: string;
  meter: MeterKind;
  month: string;
  /** Hundredths. */
  value: number;
  replacement?: MeterReplacement;
}

/** One row of a building's reading sheet: the unit, its last reading, this month's if taken. */
export interface SheetRow {
  unitId: string;
  unitCode: string;
  previous?: number;
  current?: MeterReadingRecord;
}

/** A row of an import as checked: what would be written, or why not. */
export interface ImportCheck {
  row: number;
  unitCode: string;
  problems: string[];
  request?: ReadingRequest;
  consumption?: number;
  unusual?: boolean;
}

const byCode = (a: UnitRecord, b: UnitRecord) => compareCodes(a.code, b.code);

/** 抄表: readings by unit, meter and month; the last reading is the one of the latest month before. */
export function createMeterRepository(db: TaizhangDB, billing: () => Promise<BillingSettings>) {
  async function history(unitId: string, meter: MeterKind, before: string) {
    const rows = (await db.meterReadings.where('unitId').equals(unitId).toArray())
      .filter((r) => r.meter === meter && r.month < before && !r.deletedAt)
      .sort((a, b) => a.month.localeCompare(b.month));
    return rows;
  }

  /** Checks one request against the unit's history; must run where `meterReadings` is readable. */
  async function prepare(req: ReadingRequest, factor: number) {
    const past = await history(req.unitId, req.meter, req.month);
    const previous = past.at(-1)?.value;
    const checked = checkReading(req.meter, {
      value: req.value,
      previous,
      replacement: req.replacement,
    });
    if (!checked.ok) return { ok: false as const, problems: checked.problems };
    const unusual = isUnusualConsumption(
      checked.consumption,
      past.map((r) => r.consumption),
      factor,
    );
    return { ok: true as const, previous, consumption: checked.consumption, unusual };
  }

  async function write(
    actor: Actor,
    req: ReadingRequest,
    factor: number,
  ): Promise<MeterReadingRecord> {
    const unit = await db.units.get(req.unitId);
    if (!unit || unit.deletedAt) throw new BillingRuleError(['房屋不存在']);
    const ready = await prepare(req, factor);
    if (!ready.ok) throw new BillingRuleError(ready.problems);
    const key = readingKey(req.unitId, req.meter, req.month);
    const fields = {
      ...optional({ previous: ready.previous }),
      ...(req.replacement ? { replacement: req.replacement } : {}),
      key,
      unitId: unit.id,
      unitCode: unit.code,
      building: unit.building,
      meter: req.meter,
      month: req.month,
      value: req.value,
      consumption: ready.consumption,
      unusual: ready.unusual,
    };
    const existing = await db.meterReadings.where('key').equals(key).first();
    if (existing) {
      return updateAudited(
        db,
        db.meterReadings,
        existing.id,
        { replacement: undefined, ...fields },
        actor,
      );
    }
    return insertAudited(db, db.meterReadings, fields, actor);
  }

  return {
    /** A building's units in order, with each one's last reading and this month's. */
    async sheet(building: string, meter: MeterKind, month: string): Promise<SheetRow[]> {
      const units = (await db.units.where('building').equals(building).toArray())
        .filter((u) => !u.deletedAt)
        .sort(byCode);
      const readings = await db.meterReadings
        .where('unitId')
        .anyOf(units.map((u) => u.id))
        .toArray();
      return units.map((u) => {
        const mine = readings.filter((r) => r.unitId === u.id && r.meter === meter && !r.deletedAt);
        const before = mine
          .filter((r) => r.month < month)
          .sort((a, b) => a.month.localeCompare(b.month));
        const current = mine.find((r) => r.month === month);
        return {
          unitId: u.id,
          unitCode: u.code,
          ...optional({ previous: before.at(-1)?.value }),
          ...(current ? { current } : {}),
        };
      });
    },

    /** Saves a reading (a second one of the month replaces the first), audited. */
    async save(actor: Actor, req: ReadingRequest): Promise<MeterReadingRecord> {
      const { unusualFactor } = await billing();
      // An async callback: Dexie keeps the transaction's zone across the awaits inside.
      return db.transaction('rw', [db.meterReadings, db.units, db.audit], async () =>
        write(actor, req, unusualFactor),
      );
    },

    /**
     * Checks imported rows without writing: unit codes resolve, readings pass the rules (a row
     * refers to the readings stored, not to other rows of the file).
     */
    async checkImport(
      rows: readonly {
        row: number;
        unitCode: string;
        meter: MeterKind;
        month: string;
        value: number | null;
        replacement?: MeterReplacement;
      }[],
    ): Promise<ImportCheck[]> {
      const { unusualFactor } = await billing();
      const codes = [...new Set(rows.map((r) => r.unitCode))];
      const units = await db.units.where('code').anyOf(codes).toArray();
      const byCodeMap = new Map(units.filter((u) => !u.deletedAt).map((u) => [u.code, u]));
      const seen = new Set<string>();
      const out: ImportCheck[] = [];
      for (const r of rows) {
        const unit = byCodeMap.get(r.unitCode);
        const problems: string[] = [];
        if (!unit) problems.push(`房号 ${r.unitCode || '（空）'} 不在档案中`);
        if (r.value === null) problems.push('读数无效（须为数字，最多两位小数）');
        if (!/^\d{4}-\d{2}$/.test(r.month)) problems.push('月份应为 YYYY-MM');
        if (!unit || r.value === null || problems.length > 0) {
          out.push({ row: r.row, unitCode: r.unitCode, problems });
          continue;
        }
        const key = readingKey(unit.id, r.meter, r.month);
        if (seen.has(key)) {
          out.push({ row: r.row, unitCode: r.unitCode, problems: ['同一房屋同一月份重复'] });
          continue;
        }
        seen.add(key);
        const request: ReadingRequest = {
          unitId: unit.id,
          meter: r.meter,
          month: r.month,
          value: r.value,
          ...(r.replacement ? { replacement: r.replacement } : {}),
        };
        const ready = await prepare(request, unusualFactor);
        out.push(
          ready.ok
            ? {
                row: r.row,
                unitCode: r.unitCode,
                problems: [],
                request,
                consumption: ready.consumption,
                unusual: ready.unusual,
              }
            : { row: r.row, unitCode: r.unitCode, problems: ready.problems },
        );
      }
      return out;
    },

    /** Writes the checked requests in one transaction: all of them or none. */
    async commitImport(actor: Actor, requests: readonly ReadingRequest[]): Promise<number> {
      const { unusualFactor } = await billing();
      return db.transaction('rw', [db.meterReadings, db.units, db.audit], async () => {
        for (const req of requests) await write(actor, req, unusualFactor);
        return requests.length;
      });
    },
  };
}

export type MeterRepository = ReturnType<typeof createMeterRepository>;
