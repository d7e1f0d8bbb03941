/** Types of couch-setup.mjs for the tests. */
export class SetupError extends Error {}
export interface DeskSpec {
  code: string;
  name?: string;
}
export interface SetupOptions {
  url: string;
  admin: { user: string; password: string };
  estate: string;
  desks: DeskSpec[];
  branch?: string;
  /** A desk code listed in `desks`: make (or re-key) its account for a pairing code. */
  pair?: string;
}
export interface SetupPairing {
  desk: string;
  account: string;
  code: string;
  expiresAt: string;
}
export interface SetupResult {
  created: string[];
  kept: string[];
  passwords: Record<string, string>;
  /** The first desk's pairing code when its account was made now, or the `pair` desk's. */
  pairing: SetupPairing | undefined;
}
export function setupEstate(
  options: SetupOptions,
  log?: (line: string) => void,
  now?: number,
): Promise<SetupResult>;
export function deskUserName(estate: string, code: string): string;
export function branchUserName(branch: string): string;
export function parseArgs(argv: string[]): Omit<SetupOptions, 'admin'>;
