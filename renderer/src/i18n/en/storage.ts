import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/storage';

export const storage: DeepStrings<typeof zhCN.storage> = {
  opening: 'Opening the database…',
  blockedWaiting: 'Waiting for the other window…',
  detail: 'Technical details: {message}',
  neverDeleted: 'No register data was deleted or reset.',
  faults: {
    quota: {
      title: 'The disk is full; nothing can be saved',
      what: 'Free up space on this PC (delete large files you do not need, empty the Recycle Bin), then open the app again. Saved records are not affected.',
    },
    blocked: {
      title: 'Another window is using the database',
      what: 'The app needs to upgrade its database, but another window (or browser tab) of it is still open. Close the other windows; this one continues by itself.',
    },
    versionchange: {
      title: 'Another window has upgraded the database',
      what: 'Close this window and open the app again, so the old window does not write data.',
    },
    newer: {
      title: 'The data on this PC is from a newer version of the app',
      what: 'Install the latest version of the app, then open it. Do not delete the data folder.',
    },
    unavailable: {
      title: 'The database on this PC cannot be opened',
      what: 'Close the app, restart the PC and try again; if it still fails, call your administrator and do not delete any data folder.',
    },
  },
};
