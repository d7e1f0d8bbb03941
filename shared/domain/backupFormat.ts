/**
 * The backup file format. Policy: a backup is only ever restored after its manifest parses,
 * its payload's SHA-256 matches the manifest, and its schema version is one this app can open
 * (never newer). Anything else is refused with a Chinese reason and changes nothing.
 *
 * A file is UTF-8 JSON: `{ format, manifest, payload }`, where `payload` is itself a JSON text
 * (`{ tables: { name: rows[] } }`) kept as a string so the checksum covers exact bytes.
 * Encryption (issue 8, optional password) wraps the whole file in main; see electron/main/backupCrypto.ts.
 * Backups are now written as version 2 (chunked, shared/domain/backupChunks.ts); version-1 files
 * are still read and restored through `checkBackupFile`.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'taizhang-backup/1';

export const backupManifestSchema = z.object({
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  /** Rows per table, so a preview can show what the file holds without parsing the payload. */
  counts: z.record(z.string().max(100), z.number().int().min(0)),
  /** Earliest and latest `createdAt` found in the records, for the preview's date range. */
  range: z.object({ from: z.string(), to: z.string() }).optional(),
  /** SHA-256 of the payload text's UTF-8 bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Set when the copy on disk is password-encrypted (informational; main decrypts). */
  encrypted: z.boolean().default(false),
  reason: z.enum(['manual', 'daily', 'quit', 'safety']).default('manual'),
  /**
   * Set when operators' PIN hashes were left out (an unencrypted file: a 4-digit PIN's hash
   * falls to an offline search in minutes). Restoring such a file sets a new manager PIN.
   */
  pinsOmitted: z.boolean().default(false),
  /** The desk that wrote the file (its code is in the file name too). */
  desk: z.string().max(40).optional(),
});
export type BackupManifest = z.output<typeof backupManifestSchema>;
export type BackupReason = BackupManifest['reason'];

const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  manifest: backupManifestSchema,
  payload: z.string(),
});

const payloadSchema = z.object({
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type BackupTables = z.output<typeof payloadSchema>['tables'];

/** A backup that passed every check, ready to restore. */
export interface CheckedBackup {
  manifest: BackupManifest;
  tables: BackupTables;
}

/** Why a file was refused; `message` is for the clerk. */
export class BackupRejectedError extends Error {
  constructor(
    readonly reason:
      | 'unreadable'
      | 'encrypted'
      | 'foreign'
      | 'checksum'
      | 'newer'
      | 'counts'
      /** A row or the file as a whole breaks a record schema or a domain rule (issue 15). */
      | 'invalid'
      /** The file is not marked as this estate's own and no manager confirmed the warning. */
      | 'unverified',
    message: string,
  ) {
    super(message);
    this.name = 'BackupRejectedError';
  }
}

/** SHA-256 of a text's UTF-8 bytes as lowercase hex (Web Crypto: browser and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Earliest and latest ISO `createdAt` over all rows, or undefined when there are none. */
export function recordDateRange(tables: BackupTables): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const rows of Object.values(tables)) {
    for (const row of rows) {
      const at = row['createdAt'];
      if (typeof at !== 'string') continue;
      if (from === undefined || at < from) from = at;
      if (to === undefined || at > to) to = at;
    }
  }
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

/** Builds the file bytes for a set of tables. */
export async function buildBackupFile(
  tables: BackupTables,
  meta: {
    appVersion: string;
    schemaVersion: number;
    createdAt: string;
    reason: BackupReason;
    encrypted?: boolean;
  },
): Promise<{ bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest }> {
  const payload = JSON.stringify({ tables });
  const counts = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.length]),
  );
  const range = recordDateRange(tables);
  const manifest: BackupManifest = {
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    counts,
    ...(range ? { range } : {}),
    sha256: await sha256Hex(payload),
    encrypted: meta.encrypted ?? false,
    reason: meta.reason,
    pinsOmitted: false,
  };
  const text = JSON.stringify({ format: BACKUP_FORMAT, manifest, payload });
  return { bytes: new TextEncoder().encode(text), manifest };
}

/**
 * Parses and checks a backup file's bytes against the schema version this app runs.
 * Throws `BackupRejectedError` with a Chinese message for every kind of bad file.
 */
export async function checkBackupFile(
  bytes: Uint8Array,
  currentSchemaVersion: number,
): Promise<CheckedBackup> {
  // The header main's encryption writes (electron/main/backupCrypto.ts); only main can open it.
  if (new TextDecoder().decode(bytes.subarray(0, 8)) === 'TZBKENC1') {
    throw new BackupRejectedError(
      'encrypted',
      '该备份已加密：请在桌面版软件中输入备份密码后恢复。未做任何更改。',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupRejectedError(
      'unreadable',
      '文件已损坏或不完整（不是完整的备份文件），未做任何更改。',
    );
  }
  const file = backupFileSchema.safeParse(raw);
  if (!file.success) {
    throw new BackupRejectedError(
      'foreign',
      '这不是本系统的备份文件（缺少备份清单），未做任何更改。',
    );
  }
  const { manifest, payload } = file.data;
  if (manifest.schemaVersion > currentSchemaVersion) {
    throw new BackupRejectedError(
      'newer',
      `该备份来自更新版本的软件（数据版本 ${manifest.schemaVersion}，本机为 ${currentSchemaVersion}），请先升级本软件再恢复。未做任何更改。`,
    );
  }
  if ((await sha256Hex(payload)) !== manifest.sha256) {
    throw new BackupRejectedError(
      'checksum',
      '备份文件校验失败（内容被改动或损坏），未做任何更改。',
    );
  }
  let payloadValue: unknown;
  try {
    payloadValue = JSON.parse(payload);
  } catch {
    throw new BackupRejectedError('foreign', '备份内容格式不正确，未做任何更改。');
  }
  const parsed = payloadSchema.safeParse(payloadValue);
  if (!parsed.success) {
    throw new BackupRejectedError('foreign', '备份内容格式不正确，未做任何更改。');
  }
  const tables = parsed.data.tables;
  for (const [name, count] of Object.entries(manifest.counts)) {
    if ((tables[name]?.length ?? 0) !== count) {
      throw new BackupRejectedError('counts', `备份清单与内容不符（${name}），未做任何更改。`);
    }
  }
  return { manifest, tables };
}
