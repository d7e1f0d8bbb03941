/**
 * Defaults that a newer reading of the manuals replaced (旧默认值迁移).
 *
 * Policy:
 * - Each setting lists its superseded defaults (`SETTINGS[key].superseded` in
 *   settingsRegistry): a field of an object setting, an item (by `code`) of a list setting, or
 *   the whole value, with every value it had as a default before.
 * - On load, a stored part still equal to one of its superseded defaults moves to the current
 *   default: the desk never changed it, so it holds the old manual's figure by accident.
 * - A part the office itself set (an `update` in the audit that wrote that very value) stays:
 *   it was chosen, not inherited. The first-run setup writes defaults as `create`, never a choice.
 * - Every move is written to the audit and listed on the settings screen until acknowledged.
 */

/** One superseded default of a setting. */
export interface SupersededDefault {
  /** The field of an object setting (or of the list item) that changed; absent: the whole. */
  field?: string;
  /** The `code` of the list item that changed (list settings such as the fee table). */
  item?: string;
  /** Every value this part had as its default before; any of them moves to the current default. */
  was: readonly unknown[];
  /** The part's name, in Chinese, as the notice lists it. */
  label: string;
  /** Why it changed, in Chinese (which manual the new default follows). */
  reason: string;
}

/** A stored part moved from an old default to the current one. */
export interface DefaultMove {
  key: string;
  field?: string;
  item?: string;
  label: string;
  reason: string;
  from: unknown;
  to: unknown;
}

/** Field → [before, after] of one audited `update` by a person. */
export type OfficeWrite = Readonly<Record<string, readonly [unknown, unknown]>>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function itemOf(list: unknown, code: string): Record<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined;
  const found: unknown = list.find((x) => isRecord(x) && x['code'] === code);
  return isRecord(found) ? found : undefined;
}

const MISSING = Symbol('missing');

/** The part of `value` an entry names, or MISSING when the value has no such part. */
function partOf(value: unknown, e: Pick<SupersededDefault, 'field' | 'item'>): unknown {
  const holder = e.item === undefined ? value : itemOf(value, e.item);
  if (e.field === undefined) return holder ?? MISSING;
  return isRecord(holder) && Object.hasOwn(holder, e.field) ? holder[e.field] : MISSING;
}

/** `value` with the part an entry names replaced by `part` (a new object; the input stays). */
function withPart(value: unknown, e: SupersededDefault, part: unknown): unknown {
  if (e.item === undefined)
    return e.field === undefined ? part : { ...(value as object), [e.field]: part };
  const code = e.item;
  return (value as unknown[]).map((x) =>
    isRecord(x) && x['code'] === code
      ? e.field === undefined
        ? part
        : { ...x, [e.field]: part }
      : x,
  );
}

/** Whether one of the office's own writes set this part to `part`. */
function chosenByOffice(
  e: SupersededDefault,
  part: unknown,
  writes: readonly OfficeWrite[],
): boolean {
  return writes.some((w) => {
    // Object settings are audited field by field, list settings as the whole `value`.
    if (e.item === undefined && e.field !== undefined) {
      const change = w[e.field];
      return change !== undefined && same(change[1], part);
    }
    const whole = w['value'];
    return whole !== undefined && same(partOf(whole[1], e), part);
  });
}

/**
 * Moves the parts of a stored setting still holding a superseded default to the current
 * default. `stored` is the value as read (parsed); `current` the setting's default today;
 * `writes` the office's own audited updates of this key. Returns the new value (the same
 * object when nothing moved) and what moved.
 */
export function migrateSupersededDefaults(
  key: string,
  stored: unknown,
  current: unknown,
  entries: readonly SupersededDefault[],
  writes: readonly OfficeWrite[] = [],
): { value: unknown; moves: DefaultMove[] } {
  let value = stored;
  const moves: DefaultMove[] = [];
  for (const e of entries) {
    const part = partOf(value, e);
    const next = partOf(current, e);
    if (part === MISSING || next === MISSING || same(part, next)) continue;
    if (!e.was.some((old) => same(old, part))) continue;
    if (chosenByOffice(e, part, writes)) continue;
    value = withPart(value, e, next);
    moves.push({
      key,
      ...(e.field !== undefined ? { field: e.field } : {}),
      ...(e.item !== undefined ? { item: e.item } : {}),
      label: e.label,
      reason: e.reason,
      from: part,
      to: next,
    });
  }
  return { value, moves };
}
