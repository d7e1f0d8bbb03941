import type { AppInfo } from '@shared/ipc';

/** The Windows AppUserModelID; must equal `appId` in electron-builder.yml for taskbar grouping. */
export const APP_ID = 'cn.taizhang.desk';

/** The part of Electron's `app` read for `app:info`. */
export interface AppFacts {
  getName(): string;
  getVersion(): string;
  getPath(name: 'userData'): string;
}

/**
 * `app:info`: name and version from package.json (Electron reads `productName`), the OS, and the
 * per-user data folder, which is where the IndexedDB lives and where backups will go.
 */
export function getAppInfo(app: AppFacts, platform: string): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform,
    dataDir: app.getPath('userData'),
  };
}
