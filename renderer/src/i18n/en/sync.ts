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
  role: 'This PC is',
  roles: { desk: 'an estate desk', branch: 'the branch' },
  branchEstates: 'Estate databases to compare',
  branchEstatesExtra:
    'The branch reads only the month summaries the estates publish, never their records; separate several with spaces or commas, e.g. estate-lh estate-xy',
  username: 'Sync account',
  password: 'Sync password',
  passwordExtra:
    'Stored encrypted by the operating system (the browser version keeps it only in this open page); leave empty to keep it',
  passwordKept: 'Password stored',
  save: 'Save and sync',
  syncNow: 'Sync now',
  saved: 'Sync settings saved',
  credentialsRefused: 'Password not stored: {message}',
  progress: {
    running: 'Receiving the server’s records: {received} / {total}',
    cut: 'Sync cut off: {received} / {total} received; it carries on from here once the server is reachable',
  },
  pairing: {
    joinTitle: 'Join with a pairing code',
    joinIntro:
      'New PC: type the pairing code the manager made on a PC already joined. It fills in the server, estate and desk code, and gives this PC a password of its own.',
    code: 'Pairing code',
    join: 'Join',
    joined: 'Joined {estate}; synchronising',
    makeTitle: 'Pairing code for a new PC',
    makeIntro:
      'Manager: type the new PC’s desk code and the server administrator’s password (used once, not stored) to make a pairing code valid for 30 minutes and for one use.',
    newDeskCode: 'New PC’s desk code',
    adminUser: 'Server administrator',
    adminPassword: 'Server administrator’s password',
    adminPasswordExtra:
      'Not stored; making another code for the same desk code cancels the earlier one',
    make: 'Make pairing code',
    shown:
      'Pairing code of desk {desk} (valid until {until}, dead once used). Treat it as a password; do not photograph or pass it on:',
  },
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
