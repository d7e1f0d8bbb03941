/**
 * IPC registration. Policy: main trusts nothing the renderer sends. Each channel answers only
 * our main window's top frame while it shows our own origin, and every argument list is parsed
 * with the channel's zod schema from `shared/ipc.ts` before any implementation sees it.
 */
import { z } from 'zod';
import { ipcRequestSchemas } from '@shared/ipc';
import type { IpcChannel, IpcParsedRequest, IpcResponses } from '@shared/ipc';
import { isAppUrl } from './security';

/** The part of an `IpcMainInvokeEvent` the sender check reads. */
export interface SenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** Who may call: resolved at call time, because the main window can be re-created. */
export interface TrustedSender {
  /** `webContents.id` of the main window, or `undefined` while there is none. */
  mainContentsId: () => number | undefined;
  /** The Vite dev server URL in development, whose origin is then also trusted. */
  devServerUrl?: string;
}

/** Thrown for a call from anywhere but our main window's top frame. */
export class UntrustedSenderError extends Error {
  constructor(channel: string, reason: string) {
    super(`Refused IPC call on ${channel}: ${reason}`);
    this.name = 'UntrustedSenderError';
  }
}

/** Thrown when a request does not match the channel's schema. */
export class InvalidIpcRequestError extends Error {
  constructor(channel: string, detail: string) {
    super(`Invalid request on ${channel}: ${detail}`);
    this.name = 'InvalidIpcRequestError';
  }
}

/**
 * Throws unless the event comes from the main window's top frame showing our origin. A subframe
 * (even a same-origin one), another window such as the print window, or a main frame that has
 * somehow navigated elsewhere are all refused.
 */
export function assertTrustedSender(
  channel: string,
  event: SenderEvent,
  trusted: TrustedSender,
): void {
  const mainId = trusted.mainContentsId();
  if (mainId === undefined || event.sender.id !== mainId) {
    throw new UntrustedSenderError(channel, 'not the main window');
  }
  const frame = event.senderFrame;
  if (frame === null) throw new UntrustedSenderError(channel, 'the sending frame is gone');
  if (frame.parent !== null) throw new UntrustedSenderError(channel, 'not the top frame');
  if (!isAppUrl(frame.url, trusted.devServerUrl)) {
    throw new UntrustedSenderError(channel, 'the frame is not showing the app');
  }
}

/** The schema map seen per channel, so a generic lookup keeps its channel's parsed type. */
const schemasByChannel: { readonly [K in IpcChannel]: z.ZodType<IpcParsedRequest<K>, unknown> } =
  ipcRequestSchemas;

/** Parses a channel's raw argument list (`unknown` in, the contract's parsed types out). */
export function parseIpcArgs<K extends IpcChannel>(
  channel: K,
  args: readonly unknown[],
): IpcParsedRequest<K> {
  const result = schemasByChannel[channel].safeParse(args);
  if (!result.success) throw new InvalidIpcRequestError(channel, z.prettifyError(result.error));
  return result.data;
}

function isIpcChannel(name: string): name is IpcChannel {
  return Object.hasOwn(ipcRequestSchemas, name);
}

/** One implementation per channel: parsed arguments in, the contract's response out. */
export type IpcImplementations = {
  [K in IpcChannel]: (...args: IpcParsedRequest<K>) => Promise<IpcResponses[K]> | IpcResponses[K];
};

/** The listener `ipcMain.handle` receives for one channel: check, parse, then call. */
export function createIpcListener<K extends IpcChannel>(
  channel: K,
  impl: IpcImplementations[K],
  trusted: TrustedSender,
): (event: SenderEvent, ...args: unknown[]) => Promise<IpcResponses[K]> {
  const call: (...args: IpcParsedRequest<K>) => Promise<IpcResponses[K]> | IpcResponses[K] = impl;
  return async (event, ...args) => {
    assertTrustedSender(channel, event, trusted);
    return await call(...parseIpcArgs(channel, args));
  };
}

/** The part of `ipcMain` used for registration. */
export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/** Registers every channel of the contract; a channel without an implementation fails to type-check. */
export function registerIpcHandlers(
  ipcMain: IpcRegistrar,
  impls: IpcImplementations,
  trusted: TrustedSender,
): void {
  const register = <K extends IpcChannel>(channel: K): void => {
    ipcMain.handle(channel, createIpcListener(channel, impls[channel], trusted));
  };
  for (const channel of Object.keys(ipcRequestSchemas).filter(isIpcChannel)) register(channel);
}
