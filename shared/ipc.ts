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

export const ipcRequestSchemas = {
  'app:info': z.tuple([]),
  'file:save': z.tuple([
    z.object({
      suggestedName: z.string().min(1).max(255),
      filters: z
        .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(16)).max(10) }))
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

export interface IpcResponses {
  'app:info': AppInfo;
  'file:save': SaveResult;
  'print:printers': PrinterInfo[];
  'print:document': PrintResult;
  'print:pdf': SaveResult;
  'shell:openExternal': void;
}

/** The channel list, for the preload (which must not pull in the schemas). */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  listPrinters: 'print:printers',
  print: 'print:document',
  printToPdf: 'print:pdf',
  openExternal: 'shell:openExternal',
} as const satisfies Record<string, IpcChannel>;

type ChannelOf<M extends keyof typeof IPC_CHANNELS> = (typeof IPC_CHANNELS)[M];

/** What the preload exposes on `window.taizhang`: one method per channel. */
export type HostBridge = {
  [M in keyof typeof IPC_CHANNELS]: (
    ...args: IpcRequest<ChannelOf<M>>
  ) => Promise<IpcResponses[ChannelOf<M>]>;
};

/** The name of the global the preload defines. */
export const BRIDGE_KEY = 'taizhang';
