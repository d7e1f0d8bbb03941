import { diffRecords, requireRole, type Actor } from '@shared/domain/record';
import {
  SETTING_KEYS,
  SETTINGS,
  parseSetting,
  type SettingKey,
  type SettingValue,
} from '@shared/domain/settingsRegistry';
import type { TaizhangDB } from '../database';
import { writeAudit } from '../audited';
import { nowIso } from '../ids';
import type { MoneySettings } from './moneySettings';

/** A settings value that its schema refused; `issues` carry the Chinese message per field path. */
export class SettingsValidationError extends Error {
  constructor(
    readonly key: SettingKey,
    readonly issues: { path: (string | number)[]; message: string }[],
  ) {
    super(issues.map((i) => i.message).join('；'));
    this.name = 'SettingsValidationError';
  }
}

type Changes = Record<string, [unknown, unknown]>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// The log keeps that an image changed, not a second copy of its bytes.
function abbreviateImage(v: unknown): unknown {
  if (typeof v !== 'string' || !v.startsWith('data:image/')) return v;
  return `${v.slice(0, v.indexOf(',') + 1)}…(${Math.round((v.length * 3) / 4 / 1024)} KB)`;
}

/** Field-level diff for object settings (the profile, deadlines), whole-value for lists. */
function settingChanges(before: unknown, after: unknown): Changes {
  let changes: Changes;
  if ((before === undefined || isPlainObject(before)) && isPlainObject(after))
    changes = diffRecords(before, after);
  else changes = JSON.stringify(before) === JSON.stringify(after) ? {} : { value: [before, after] };
  return Object.fromEntries(
    Object.entries(changes).map(([k, [b, a]]) => [k, [abbreviateImage(b), abbreviateImage(a)]]),
  );
}

/**
 * Settings: one row per key, each value checked by its schema in `settingsRegistry` (which
 * also says who may change it). Reads fall back to the default; writes are validated, role
 * checked here (not only in the UI) and audited in the same transaction.
 */
export function createSettingsRepository(db: TaizhangDB) {
  async function get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    const row = await db.settings.get(key);
    if (!row) return SETTINGS[key].defaultValue;
    const parsed = parseSetting(key, row.value);
    // A stored value an older or newer version can't read is not thrown at the desk: the
    // default applies and the settings page shows what is in effect, ready to be saved again.
    return parsed.success ? parsed.data : SETTINGS[key].defaultValue;
  }

  /** The parsed value, or SettingsValidationError with the schema's Chinese messages. */
  function validate<K extends SettingKey>(key: K, value: unknown): SettingValue<K> {
    const parsed = parseSetting(key, value);
    if (!parsed.success) {
      throw new SettingsValidationError(
        key,
        parsed.error.issues.map((i) => ({
          path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          message: i.message,
        })),
      );
    }
    return parsed.data;
  }

  /** Writes one value and its audit entry; must run inside a rw transaction on settings + audit. */
  async function writeInTransaction<K extends SettingKey>(
    key: K,
    value: SettingValue<K>,
    actor: Actor,
  ) {
    const before = await db.settings.get(key);
    const changes = settingChanges(before?.value, value);
    if (before && Object.keys(changes).length === 0) return;
    await db.settings.put({ key, value, updatedAt: nowIso(), updatedBy: actor.id });
    await writeAudit(db, actor, {
      action: before ? 'update' : 'create',
      table: 'settings',
      recordId: key,
      changes,
    });
  }

  return {
    get,
    validate,

    /**
     * Validates and stores a setting. Throws PermissionError when the actor's role is below
     * the key's (see `SETTINGS`), SettingsValidationError when the value is refused; in both
     * cases nothing is written.
     */
    async set<K extends SettingKey>(
      key: K,
      value: unknown,
      actor: Actor,
    ): Promise<SettingValue<K>> {
      requireRole(actor, SETTINGS[key].role);
      const parsed = validate(key, value);
      await db.transaction('rw', [db.settings, db.audit], () =>
        writeInTransaction(key, parsed, actor),
      );
      return parsed;
    },

    /**
     * Writes every key's default, with the (validated) profile, inside the caller's transaction,
     * which must include settings and audit: used by the first-run setup.
     */
    async writeDefaultsInTransaction(
      profile: SettingValue<'profile'>,
      actor: Actor,
    ): Promise<void> {
      for (const key of SETTING_KEYS) {
        await writeInTransaction(
          key,
          key === 'profile' ? profile : SETTINGS[key].defaultValue,
          actor,
        );
      }
    },

    /** The reader the money repositories take (`MoneySettingsReader`). */
    async moneySettings(): Promise<MoneySettings> {
      const [feeItems, limits] = await Promise.all([get('fees'), get('limits')]);
      return { feeItems, maxReceiptFen: limits.maxAmountFen };
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
