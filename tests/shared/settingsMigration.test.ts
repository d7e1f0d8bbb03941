import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import {
  migrateSupersededDefaults,
  type OfficeWrite,
  type SupersededDefault,
} from '@shared/domain/settingsMigration';
import { SETTINGS, parseSetting } from '@shared/domain/settingsRegistry';

const deadlines = SETTINGS.deadlines;

/** Today's default with the part an entry names set back to `old`. */
function withOldPart(value: unknown, e: SupersededDefault, old: unknown): unknown {
  const set = (holder: unknown) =>
    e.field ? { ...(holder as Record<string, unknown>), [e.field]: old } : old;
  if (!e.item) return set(value);
  return (value as { code: string }[]).map((x) => (x.code === e.item ? set(x) : x));
}
const OLD = { ...DEFAULT_DEADLINES, complaintRevisitMajorDays: 7, complaintRevisitGeneralDays: 14 };

/** The deadlines as stored, migrated against the registry's default and superseded entries. */
function migrateDeadlines(stored: unknown, writes: readonly OfficeWrite[] = []) {
  const { defaultValue, superseded = [] } = deadlines;
  return migrateSupersededDefaults('deadlines', stored, defaultValue, superseded, writes);
}

describe('superseded defaults of the settings', () => {
  it('names the complaint revisit periods the manuals used to have', () => {
    expect(deadlines.superseded?.map((e) => [e.field, e.was])).toEqual([
      ['complaintRevisitMajorDays', [7]],
      ['complaintRevisitGeneralDays', [14]],
    ]);
    expect(deadlines.defaultValue.complaintRevisitMajorDays).toBe(3);
    expect(deadlines.defaultValue.complaintRevisitGeneralDays).toBe(3);
  });

  it('every entry moves its old value, placed in today’s default, back to the default', () => {
    for (const [key, def] of Object.entries(SETTINGS)) {
      for (const e of def.superseded ?? []) {
        expect(e.label).not.toBe('');
        expect(e.reason).not.toBe('');
        for (const old of e.was) {
          const back = withOldPart(def.defaultValue, e, old);
          expect(parseSetting(key as keyof typeof SETTINGS, back).success).toBe(true);
          const { value, moves } = migrateSupersededDefaults(key, back, def.defaultValue, [e]);
          expect(moves).toHaveLength(1);
          expect(value).toEqual(def.defaultValue);
        }
      }
    }
  });

  it('moves a stored old default to the new one and says what moved', () => {
    const { value, moves } = migrateDeadlines(OLD);
    expect(value).toEqual(DEFAULT_DEADLINES);
    expect(parseSetting('deadlines', value).success).toBe(true);
    expect(moves.map((m) => [m.field, m.from, m.to])).toEqual([
      ['complaintRevisitMajorDays', 7, 3],
      ['complaintRevisitGeneralDays', 14, 3],
    ]);
    expect(moves[0]?.label).toBe('重大投诉回访（处理后天数）');
    expect(moves[0]?.reason).toContain('004');
    // The input is left as it was.
    expect(OLD.complaintRevisitGeneralDays).toBe(14);
  });

  it('keeps a value the office chose that is not an old default', () => {
    const stored = { ...OLD, complaintRevisitGeneralDays: 10 };
    const { value, moves } = migrateDeadlines(stored);
    expect(moves.map((m) => m.field)).toEqual(['complaintRevisitMajorDays']);
    expect(value).toMatchObject({ complaintRevisitMajorDays: 3, complaintRevisitGeneralDays: 10 });
  });

  it('keeps an old default the office set itself (an audited update wrote that value)', () => {
    const { value, moves } = migrateDeadlines(OLD, [
      { complaintRevisitGeneralDays: [10, 14] },
      { renovationReviewWorkingDays: [5, 6] },
    ]);
    expect(moves.map((m) => m.field)).toEqual(['complaintRevisitMajorDays']);
    expect(value).toMatchObject({ complaintRevisitMajorDays: 3, complaintRevisitGeneralDays: 14 });
  });

  it('handles an item of a list setting by its code, and a whole value', () => {
    const fees = [
      { code: 'a', amountFen: 100 },
      { code: 'b', amountFen: 500 },
    ];
    const current = [
      { code: 'a', amountFen: 100 },
      { code: 'b', amountFen: 800 },
    ];
    const item: SupersededDefault = {
      item: 'b',
      field: 'amountFen',
      was: [500],
      label: 'B',
      reason: 'r',
    };
    const moved = migrateSupersededDefaults('fees', fees, current, [item]);
    expect(moved.value).toEqual(current);
    expect(moved.moves).toMatchObject([{ item: 'b', field: 'amountFen', from: 500, to: 800 }]);
    // The office's own write of the whole list, with 500 for b, keeps it.
    const kept = migrateSupersededDefaults('fees', fees, current, [item], [{ value: [[], fees] }]);
    expect(kept.moves).toEqual([]);

    const whole: SupersededDefault = { was: [[1, 2]], label: 'L', reason: 'r' };
    expect(migrateSupersededDefaults('x', [1, 2], [1, 2, 3], [whole]).value).toEqual([1, 2, 3]);
    expect(migrateSupersededDefaults('x', [2, 1], [1, 2, 3], [whole]).moves).toEqual([]);
  });

  it('leaves a part the stored value does not have (an item the office removed)', () => {
    const entry: SupersededDefault = {
      item: 'gone',
      field: 'amountFen',
      was: [1],
      label: 'G',
      reason: 'r',
    };
    const stored = [{ code: 'a', amountFen: 1 }];
    const { value, moves } = migrateSupersededDefaults(
      'fees',
      stored,
      [{ code: 'gone', amountFen: 2 }],
      [entry],
    );
    expect(value).toBe(stored);
    expect(moves).toEqual([]);
  });
});
