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
}
export interface SetupResult {
  created: string[];
  kept: string[];
  passwords: Record<string, string>;
}
export function setupEstate(options: SetupOptions, log?: (line: string) => void): Promise<SetupResult>;
export function deskUserName(estate: string, code: string): string;
export function branchUserName(branch: string): string;
export function parseArgs(argv: string[]): Omit<SetupOptions, 'admin'>;
