export const CSP: string;
export function startServer(
  port?: number,
  root?: string,
): Promise<{ url: string; close: () => Promise<void> }>;
