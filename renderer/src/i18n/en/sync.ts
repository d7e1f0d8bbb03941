import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/sync';

export const sync: DeepStrings<typeof zhCN.sync> = {
  tab: 'Several desks',
  intro:
    'The PCs of one estate share their records through a CouchDB server: each keeps working offline and catches up when connected. The server is set up with npm run couch:setup, which gives each PC a desk code and a password.',
  serverUrl: 'Server address',
  serverUrlExtra: 'e.g. https://couch.example.cn:6984; leave empty to use this PC on its own',
  estate: 'Estate database',
  deskName: 'Name of this PC',
  deskCode: 'Desk code',
  deskCodeExtra:
    'The first PC uses A (existing numbers unchanged); other PCs use B, C… and their document numbers carry the code, e.g. SJ2026-B-000123',
  warnDays: 'Warn after this many days without a sync',
  username: 'Sync account',
  password: 'Sync password',
  passwordExtra:
    'Stored encrypted by the operating system (the browser version keeps it only in this open page); leave empty to keep it',
  passwordKept: 'Password stored',
  save: 'Save and sync',
  syncNow: 'Sync now',
  saved: 'Sync settings saved',
  credentialsRefused: 'Password not stored: {message}',
  header: {
    synced: 'Synced',
    pending: '{count} to sync',
    offline: 'Offline since {since}',
    stale: 'Not synced for {days} days',
    noCredentials: 'No sync password',
  },
  status: {
    title: 'Sync status',
    lastSyncedAt: 'Last sync: {at}',
    never: 'Never synced',
    lastError: 'Last error: {message}',
    refused: 'The server refused these changes (this PC went back to the server’s version):',
    done: 'Synced: {pushed} sent, {applied} received',
    noCredentials: 'Enter this PC’s sync account and password first',
    off: 'This PC has not joined a server',
  },
  conflicts: {
    title: 'Sync conflicts',
    intro:
      'Two PCs changed the same item of one record: the later change was kept and the other value is listed here. A supervisor confirms it or swaps in the other value.',
    empty: 'No conflicts to settle',
    table: 'Record',
    field: 'Item',
    kept: 'Value now',
    other: 'Other PC’s value',
    confirm: 'Confirm',
    swap: 'Use the other value',
    unique: 'Duplicate number (the other PC’s record was not written here)',
  },
};
