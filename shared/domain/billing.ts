/**
 * Pricing the bills (核发物业管理费、能源费, domain §8): what each unit is billed for a period,
 * and which bills a period's run writes. The fee standards and settings are in
 * billingSettings.ts, the arithmetic in billingMath.ts.
 *
 * Policy:
 * - Money is integer fen; an area is kept in hundredths of a ㎡ and a meter reading in hundredths
 *   of its unit, so every product is an integer and is rounded once, half up, to the fen.
 * - Property fee = 建筑面积 × rate of the unit's type per ㎡ per month. A unit in custody (托管)
 *   pays the custody percentage (004: 70 %) of its property fee; a vacant unit is charged in
 *   full, at a percentage, or not at all, as the office sets. Meter fees are never discounted:
 *   they are what was used.
 * - A bill is keyed by unit, item and period, so generating a period again never duplicates.
 * - Parking (车位手续, parking.ts): a unit's lets and sales in force bill their own monthly fees
 *   as its 车位管理费 line; the fee standard's monthly item of that code is then not billed to
 *   the unit as well (it is what a unit without a registered space pays, usually nothing). A
 *   space's fee is billed whatever the unit's status: it is a contract of its own.
 */
import { PARKING_ITEM, PARKING_ITEM_NAME, parkingLine, type ParkingCharge } from './parking';
import type { UnitStatus } from './units';
import { divRoundHalfUp, formatHundredths, periodMonths } from './billingMath';
import { billCover } from './billOverlap';
import {
  METER_ITEMS,
  PROPERTY_ITEM,
  standardFor,
  type BillingSettings,
  type MeterKind,
  type UnitType,
} from './billingSettings';

// The rules of billing were one module; their importers keep reading them from here.
export * from './billingMath';
export * from './billingSettings';
export * from './billAdjust';
export * from './noticeOccupant';

/** What a unit brings to billing. */
export interface BillableUnit {
  id: string;
  code: string;
  building: string;
  status: UnitStatus;
  unitType?: UnitType | undefined;
  /** 建筑面积 in hundredths of a ㎡. */
  builtAreaHundredths?: number | undefined;
}

/** A unit's consumption on one meter over a period, hundredths, by month. */
export interface PeriodUsage {
  meter: MeterKind;
  byMonth: { month: string; consumption: number }[];
}

/** One bill as the rules price it (the stored bill adds ids, payments, audit fields). */
export interface BillDraft {
  key: string;
  unitId: string;
  unitCode: string;
  building: string;
  period: string;
  /** Last month of the period: the month the bill falls due and ages from. */
  dueMonth: string;
  itemCode: string;
  itemName: string;
  amountFen: number;
  /** How the amount was reached, e.g. `89.56㎡ × 1.50元 × 3月 × 70%（托管）`. */
  basis: string;
}

export function billKey(unitId: string, itemCode: string, period: string): string {
  return `${unitId}|${itemCode}|${period}`;
}

/** The percentage of the property fee a unit pays in its status (100 = full, 0 = none). */
export function propertyPercent(
  status: UnitStatus,
  settings: Pick<BillingSettings, 'vacantMode' | 'vacantPercent'>,
  custodyPercent: number,
): number {
  if (status === 'custody') return custodyPercent;
  if (status === 'vacant') {
    if (settings.vacantMode === 'none') return 0;
    if (settings.vacantMode === 'percent') return settings.vacantPercent;
  }
  return 100;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * The bills of one unit for `period`: the property fee (when the unit has an area), each monthly
 * item with an amount, the unit's parking spaces, and water and power from the usage given.
 * Zero amounts are left out.
 */
export function unitBills(
  unit: BillableUnit,
  period: string,
  settings: BillingSettings,
  custodyPercent: number,
  usage: readonly PeriodUsage[] = [],
  parking: readonly ParkingCharge[] = [],
): BillDraft[] {
  const months = periodMonths(period);
  const dueMonth = months[months.length - 1]!;
  const drafts: BillDraft[] = [];
  const push = (itemCode: string, itemName: string, amountFen: number, basis: string) => {
    if (amountFen <= 0) return;
    drafts.push({
      key: billKey(unit.id, itemCode, period),
      unitId: unit.id,
      unitCode: unit.code,
      building: unit.building,
      period,
      dueMonth,
      itemCode,
      itemName,
      amountFen,
      basis,
    });
  };
  const percent = propertyPercent(unit.status, settings, custodyPercent);
  const area = unit.builtAreaHundredths ?? 0;
  if (area > 0 && percent > 0) {
    // Σ area(1/100 ㎡) × rate(fen) over the months, × percent, ÷ (100 × 100): one rounding.
    let sum = 0n;
    const rates = new Set<number>();
    for (const m of months) {
      const st = standardFor(settings.standards, m);
      const rate = st ? st.propertyRates[unit.unitType ?? 'residential'] : 0;
      rates.add(rate);
      sum += BigInt(area) * BigInt(rate);
    }
    const fen = divRoundHalfUp(sum * BigInt(percent), 10_000n);
    const rateText = [...rates].map(yuan).join('/');
    const why =
      unit.status === 'custody'
        ? '（托管）'
        : unit.status === 'vacant' && percent < 100
          ? '（空置）'
          : '';
    push(
      PROPERTY_ITEM,
      '物业管理费',
      fen,
      `${formatHundredths(area)}㎡ × ${rateText}元 × ${months.length}月${percent < 100 ? ` × ${percent}%${why}` : ''}`,
    );
  }
  // Monthly items: each month's standard decides the item and its amount.
  const items = new Map<string, { name: string; fen: number }>();
  for (const m of months) {
    for (const item of standardFor(settings.standards, m)?.monthlyItems ?? []) {
      const seen = items.get(item.code);
      items.set(item.code, { name: item.name, fen: (seen?.fen ?? 0) + item.amountFen });
    }
  }
  const spaces = parkingLine(parking, months);
  if (spaces) items.delete(PARKING_ITEM);
  if (unit.status !== 'vacant' || settings.vacantMode !== 'none') {
    for (const [code, { name, fen }] of items) push(code, name, fen, `${months.length}月`);
  }
  if (spaces) push(PARKING_ITEM, PARKING_ITEM_NAME, spaces.amountFen, spaces.basis);
  for (const u of usage) {
    let sum = 0n;
    let total = 0;
    for (const { month, consumption } of u.byMonth) {
      if (!months.includes(month)) continue;
      const st = standardFor(settings.standards, month);
      const price = st ? (u.meter === 'water' ? st.waterUnitFen : st.powerUnitFen) : 0;
      sum += BigInt(consumption) * BigInt(price);
      total += consumption;
    }
    const fen = divRoundHalfUp(sum, 100n);
    const unitName = u.meter === 'water' ? 'm³' : 'kWh';
    push(
      METER_ITEMS[u.meter],
      u.meter === 'water' ? '水费' : '电费',
      fen,
      `${formatHundredths(total)}${unitName}`,
    );
  }
  return drafts;
}

/**
 * The bills to write for `period` over `units`: each unit's drafts minus the keys already
 * billed, and minus any whose months a stored bill of the unit's same item already covers under
 * another period (imported history by month under a quarter, or the reverse: billOverlap.ts).
 * `existingKeys` must then hold the stored keys of those other periods too. Returns the new
 * drafts and how many were already there (`skipped`, of which `overlapping` by months).
 */
export function planBills(
  units: readonly BillableUnit[],
  period: string,
  settings: BillingSettings,
  custodyPercent: number,
  existingKeys: ReadonlySet<string>,
  usageOf: (unitId: string) => readonly PeriodUsage[] = () => [],
  parkingOf: (unitId: string) => readonly ParkingCharge[] = () => [],
): { drafts: BillDraft[]; skipped: number; overlapping: number; noArea: number } {
  const drafts: BillDraft[] = [];
  let skipped = 0;
  let overlapping = 0;
  let noArea = 0;
  const cover = billCover(existingKeys);
  const months = periodMonths(period);
  for (const unit of units) {
    if (!unit.builtAreaHundredths) noArea += 1;
    const bills = unitBills(
      unit,
      period,
      settings,
      custodyPercent,
      usageOf(unit.id),
      parkingOf(unit.id),
    );
    for (const d of bills) {
      if (existingKeys.has(d.key)) skipped += 1;
      else if (cover.overlapping(d.unitId, d.itemCode, months) !== undefined) {
        skipped += 1;
        overlapping += 1;
      } else drafts.push(d);
    }
  }
  return { drafts, skipped, overlapping, noArea };
}
