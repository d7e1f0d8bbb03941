/**
 * The one contract between the Electron main process and the renderer.
 *
 * Channel names are `domain:verb`. Every request has a zod schema: main parses each argument
 * with it before acting (the renderer is never trusted). Responses are typed only, because main
 * produces them. The preload exposes exactly `HostBridge`, built from this map.
 */
import { z } from 'zod';

const pageSize = z.union([
  z.enum(['A4', 'A5', 'A6']),
  z.object({
    widthMm: z.number().min(20).max(1000),
    heightMm: z.number().min(20).max(3000),
  }),
]);
export type PageSize = z.infer<typeof pageSize>;

/** A rendered print document: a complete HTML page with its own `@page` CSS. */
const printDocument = z.object({
  /** Document type key (receipt, permit, pass …), used for per-type printer settings. */
  kind: z.string().min(1).max(64),
  title: z.string().max(200),
  html: z.string().min(1).max(20_000_000),
  pageSize,
  landscape: z.boolean().default(false),
});
export type PrintDocument = z.input<typeof printDocument>;

const backupReason = z.enum(['manual', 'daily', 'quit', 'safety']);
const backupReadRequest = z.object({
  /** A file name from `backup:list` (in the backup folder); absent = let the clerk pick. */
  name: z.string().min(1).max(255).optional(),
  password: z.string().max(200).optional(),
});
/** A piece-wise backup transfer, named by main. */
const sessionId = z.string().regex(/^[0-9a-f-]{8,64}$/);
/** The largest piece one `backup:append` / `backup:chunk` carries. */
export const PIECE_MAX = 64 * 1024 * 1024;

export const ipcRequestSchemas = {
  'app:info': z.tuple([]),
  'file:save': z.tuple([
    z.object({
      suggestedName: z.string().min(1).max(255),
      filters: z
        .array(
          z.object({ name: z.string().max(100), extensions: z.array(z.string().max(16)).max(10) }),
        )
        .max(10),
      data: z.instanceof(Uint8Array),
    }),
  ]),
  'print:printers': z.tuple([]),
  'print:document': z.tuple([
    printDocument.extend({
      silent: z.boolean(),
      printerName: z.string().max(300).optional(),
      copies: z.number().int().min(1).max(20).default(1),
    }),
  ]),
  'print:pdf': z.tuple([printDocument.extend({ suggestedName: z.string().min(1).max(255) })]),
  'shell:openExternal': z.tuple([z.url({ protocol: /^https?$/ }).max(2000)]),
  'backup:status': z.tuple([]),
  'backup:chooseFolder': z.tuple([]),
  'backup:configure': z.tuple([
    z.object({
      /**
       * A new password (encrypts later backups; at least 10 characters, sealed by main), `null`
       * to stop encrypting, absent to keep.
       */
      password: z.string().min(10).max(200).nullable().optional(),
      keepDaily: z.number().int().min(1).max(366).optional(),
      keepMonthly: z.number().int().min(0).max(120).optional(),
    }),
  ]),
  'backup:write': z.tuple([
    z.object({
      data: z.instanceof(Uint8Array),
      createdAt: z.iso.datetime({ offset: true }),
      reason: backupReason,
    }),
  ]),
  'backup:list': z.tuple([]),
  'backup:read': z.tuple([backupReadRequest]),
  /** A large backup written in pieces: begin (room checked), append…, commit (atomic rename). */
  'backup:begin': z.tuple([
    z.object({
      createdAt: z.iso.datetime({ offset: true }),
      reason: backupReason,
      /** The plain file's size, for the free-space check. */
      sizeBytes: z
        .number()
        .int()
        .min(0)
        .max(64 * 1024 ** 3),
    }),
  ]),
  'backup:append': z.tuple([
    z.object({
      id: sessionId,
      data: z.instanceof(Uint8Array).refine((d) => d.length <= PIECE_MAX),
    }),
  ]),
  'backup:commit': z.tuple([z.object({ id: sessionId })]),
  'backup:abort': z.tuple([z.object({ id: sessionId })]),
  /** A backup opened for reading in pieces (main holds it, decrypted); then chunk…, close. */
  'backup:open': z.tuple([backupReadRequest]),
  'backup:chunk': z.tuple([
    z.object({
      id: sessionId,
      offset: z.number().int().min(0),
      length: z.number().int().min(1).max(PIECE_MAX),
    }),
  ]),
  'backup:close': z.tuple([z.object({ id: sessionId })]),
  /**
   * The desk's session as the renderer's session layer established it at sign-in (issue 15):
   * main keeps the role only to gate the manager-only backup channels (electron/main/sessionGate.ts).
   */
  'session:begin': z.tuple([
    z.object({ sessionId: z.uuid(), role: z.enum(['clerk', 'supervisor', 'manager']) }),
  ]),
  'session:end': z.tuple([z.object({ sessionId: z.uuid() })]),
  // Several desks (issue 20): this desk's CouchDB credentials, sealed by main.
  'sync:credentials': z.tuple([]),
  'sync:setCredentials': z.tuple([
    z.object({
      username: z.string().trim().min(1).max(200),
      password: z.string().min(1).max(500),
    }),
  ]),
  'sync:clearCredentials': z.tuple([]),
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<K extends IpcChannel> = z.input<(typeof ipcRequestSchemas)[K]>;
export type IpcParsedRequest<K extends IpcChannel> = z.output<(typeof ipcRequestSchemas)[K]>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where automatic backups go (issue 8); undefined in the browser host. */
  dataDir?: string;
}

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export type SaveResult = { saved: true; path: string } | { saved: false };
export type PrintResult = { ok: true } | { ok: false; error: string };

export type BackupReason = z.infer<typeof backupReason>;

/** Where backups go and how they are kept; the password itself never leaves main. */
export interface BackupStatus {
  folder?: string;
  encrypted: boolean;
  keepDaily: number;
  keepMonthly: number;
  last?: { at: string; path: string; reason: BackupReason };
  /** This desk's code, in its file names. */
  desk?: string;
  /** The host's clock (main's in Electron): "stale" is judged by it, not by the page's. */
  now?: string;
  /** This desk's newest backup by the files' own names (never one dated after `now`). */
  lastFileAt?: string;
  /** False where the system cannot seal a password (then none can be set). */
  canSeal?: boolean;
  /** Set by `backup:configure` when it could not do what was asked (Chinese reason). */
  refused?: string;
}

export type BackupWriteResult =
  | {
      ok: true;
      path: string;
      name: string;
      /** When the host wrote it, by its own clock (the name's time). */
      at: string;
      encrypted: boolean;
      deleted: string[];
    }
  | { ok: false; code: 'no-folder' | 'disk-full' | 'write-failed'; message: string };

export interface BackupFileInfo {
  name: string;
  sizeBytes: number;
  /** Office-time stamp from the name, `20261123-183005`. */
  stamp: string;
}

export type BackupReadResult =
  | {
      ok: true;
      name: string;
      data: Uint8Array;
      /** The file carries the estate's own mark (HMAC); false = a foreign file. */
      verified: boolean;
    }
  | {
      ok: false;
      code:
        | 'cancelled'
        | 'no-folder'
        | 'password-required'
        | 'wrong-password'
        | 'throttled'
        | 'unreadable';
      message: string;
    };

/** This desk's CouchDB user; `null` when none is stored (or it can no longer be opened). */
export type SyncCredentials = { username: string; password: string } | null;

export type SyncCredentialsSetResult = { ok: true } | { ok: false; message: string };

export type BackupWriteFailure = Extract<BackupWriteResult, { ok: false }>;
export type BackupBeginResult = { ok: true; id: string } | BackupWriteFailure;
export type BackupAppendResult = { ok: true } | BackupWriteFailure;
export type BackupOpenResult =
  | { ok: true; id: string; name: string; size: number; verified: boolean }
  | Extract<BackupReadResult, { ok: false }>;

export interface IpcResponses {
  'app:info': AppInfo;
  'file:save': SaveResult;
  'print:printers': PrinterInfo[];
  'print:document': PrintResult;
  'print:pdf': SaveResult;
  'shell:openExternal': void;
  'backup:status': BackupStatus;
  'backup:chooseFolder': BackupStatus;
  'backup:configure': BackupStatus;
  'backup:write': BackupWriteResult;
  'backup:list': BackupFileInfo[];
  'backup:read': BackupReadResult;
  'backup:begin': BackupBeginResult;
  'backup:append': BackupAppendResult;
  'backup:commit': BackupWriteResult;
  'backup:abort': void;
  'backup:open': BackupOpenResult;
  'backup:chunk': Uint8Array;
  'backup:close': void;
  'session:begin': void;
  'session:end': void;
  'sync:credentials': SyncCredentials;
  'sync:setCredentials': SyncCredentialsSetResult;
  'sync:clearCredentials': void;
}

export { BACKUP_REQUEST_EVENT, BRIDGE_KEY, IPC_CHANNELS } from './ipcChannels';
import type { IPC_CHANNELS } from './ipcChannels';

type ChannelOf<M extends keyof typeof IPC_CHANNELS> = (typeof IPC_CHANNELS)[M];

/**
 * What the preload exposes on `window.taizhang`: one method per channel, plus one listener for
 * main's backup requests (answered with `writeBackup`; returns the unsubscribe function).
 */
export type HostBridge = {
  [M in keyof typeof IPC_CHANNELS]: (
    ...args: IpcRequest<ChannelOf<M>>
  ) => Promise<IpcResponses[ChannelOf<M>]>;
} & { onBackupRequest: (listener: (reason: 'daily' | 'quit') => void) => () => void };
