import { diffRecords, requireRole, type Actor } from '@shared/domain/record';
import {
  migrateSupersededDefaults,
  type DefaultMove,
  type OfficeWrite,
} from '@shared/domain/settingsMigration';
import {
  SETTING_KEYS,
  SETTINGS,
  parseSetting,
  type SettingKey,
  type SettingValue,
} from '@shared/domain/settingsRegistry';
import type { TaizhangDB } from '../database';
import { writeAudit, writeSystemAudit } from '../audited';
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

/** Who moves a stored old default to the new one: the app itself, not a person. */
export const DEFAULTS_ACTOR: Actor = {
  id: 'system',
  name: '系统（新版手册默认值）',
  role: 'manager',
};

/** The `meta` row holding the moves not yet acknowledged on the settings screen. */
const NOTICE_KEY = 'settingsDefaultsNotice';

/** What the settings screen lists: "以下设置已按新版手册更新：…". */
export interface DefaultsNotice {
  at: string;
  moves: DefaultMove[];
}

function readNotice(value: unknown): DefaultsNotice | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<DefaultsNotice>;
  return typeof v.at === 'string' && Array.isArray(v.moves) ? (v as DefaultsNotice) : undefined;
}

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
    summary?: string,
    system = false,
  ) {
    const before = await db.settings.get(key);
    const changes = settingChanges(before?.value, value);
    if (before && Object.keys(changes).length === 0) return;
    await db.settings.put({ key, value, updatedAt: nowIso(), updatedBy: actor.id });
    // The app itself moving a superseded default (`system`) has no signed-in operator to check.
    const audit = system ? writeSystemAudit : writeAudit;
    await audit(db, actor, {
      action: before ? 'update' : 'create',
      table: 'settings',
      recordId: key,
      changes,
      ...(summary ? { summary } : {}),
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

    /**
     * Moves every stored part that still holds a superseded default to the current default
     * (`SETTINGS[key].superseded`), keeping a part the office set itself; each move is audited
     * and added to the notice the settings screen shows. Run once the database is open.
     * Returns what moved now.
     */
    async migrateDefaults(): Promise<DefaultMove[]> {
      return db.transaction('rw', [db.settings, db.audit, db.meta], async () => {
        const moved: DefaultMove[] = [];
        for (const key of SETTING_KEYS) {
          const entries = SETTINGS[key].superseded;
          if (!entries || entries.length === 0) continue;
          const row = await db.settings.get(key);
          if (!row) continue;
          const parsed = parseSetting(key, row.value);
          if (!parsed.success) continue;
          const audits = await db.audit.where('recordId').equals(key).toArray();
          const writes: OfficeWrite[] = audits
            .filter((a) => a.table === 'settings' && a.action === 'update')
            .filter((a) => a.actorId !== DEFAULTS_ACTOR.id && a.changes)
            .map((a) => a.changes!);
          const { value, moves } = migrateSupersededDefaults(
            key,
            parsed.data,
            SETTINGS[key].defaultValue,
            entries,
            writes,
          );
          if (moves.length === 0) continue;
          const valid = parseSetting(key, value);
          if (!valid.success) continue;
          await writeInTransaction(
            key,
            valid.data,
            DEFAULTS_ACTOR,
            `按新版手册更新默认值：${moves.map((m) => m.label).join('、')}`,
            true,
          );
          moved.push(...moves);
        }
        if (moved.length > 0) {
          const before = readNotice((await db.meta.get(NOTICE_KEY))?.value);
          const notice: DefaultsNotice = {
            at: nowIso(),
            moves: [...(before?.moves ?? []), ...moved],
          };
          await db.meta.put({ key: NOTICE_KEY, value: notice });
        }
        return moved;
      });
    },

    /** The moves not yet acknowledged, or undefined. */
    async defaultsNotice(): Promise<DefaultsNotice | undefined> {
      return readNotice((await db.meta.get(NOTICE_KEY))?.value);
    },

    /** The notice has been read (by a supervisor or above, who may act on it): it goes. */
    async acknowledgeDefaultsNotice(actor: Actor): Promise<void> {
      requireRole(actor, 'supervisor');
      await db.transaction('rw', [db.meta, db.audit], async () => {
        const notice = readNotice((await db.meta.get(NOTICE_KEY))?.value);
        if (!notice) return;
        await db.meta.delete(NOTICE_KEY);
        await writeAudit(db, actor, {
          action: 'acknowledge',
          table: 'settings',
          recordId: NOTICE_KEY,
          summary: notice.moves.map((m) => m.label).join('、'),
        });
      });
    },

    /** The reader the money repositories take (`MoneySettingsReader`). */
    async moneySettings(): Promise<MoneySettings> {
      const [feeItems, limits] = await Promise.all([get('fees'), get('limits')]);
      return { feeItems, maxReceiptFen: limits.maxAmountFen };
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
